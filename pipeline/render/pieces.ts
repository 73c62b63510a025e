/**
 * Small pieces of text and hast that the directives and the layout share: dates as the
 * briefing writes them, the contested (‡) and single-source (†) marks, anchors, the nearest
 * known id for a suggestion.
 */
import { closest } from 'fastest-levenshtein';
import { h, s } from 'hastscript';
import type { Element } from 'hast';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

// Which figures the disagreement register lists is reconcile's word (the terminal summary counts them too).
export { inRegister } from '../reconcile/index.ts';

/** ‡ drawn as a small vector mark: the shipped Inter subsets have no U+2021 glyph. */
export function contestedMark(): Element {
  return h('span', { className: ['flag', 'flag-contested'], title: 'contested: sources disagree', role: 'img', ariaLabel: 'contested' }, [
    s('svg', { viewBox: '0 0 6 12', width: '0.42em', height: '0.84em', ariaHidden: 'true', focusable: 'false' }, [
      s('path', { d: 'M3 0.5V11.5M0.6 3.2H5.4M0.6 8.4H5.4', stroke: 'currentColor', strokeWidth: '1.1', fill: 'none' }),
    ]),
  ]);
}

export function singleMark(): Element {
  return h('span', { className: ['flag', 'flag-single'], title: 'single source' }, '\u2020');
}

/** Sentences from the data keep a number and its unit on one line ("53.9 %" never breaks before "%"). */
export function keepUnits(text: string): string {
  return (text.charAt(0).toUpperCase() + text.slice(1)).replace(/(\d) (%|seats?\b|votes?\b|people\b|million\b)/g, '$1\u00a0$2');
}

export function anchor(id: string): string {
  return id.replace(/[^a-zA-Z0-9_-]/g, '-');
}

export function claimAnchor(id: string): string {
  return `claim-${anchor(id)}`;
}

export function nearest(id: string, known: string[]): string | null {
  if (known.length === 0) return null;
  return closest(id, known);
}
