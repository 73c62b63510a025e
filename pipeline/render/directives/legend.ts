/** How to read the marks [n], ‡ and †: printed once, where the template puts `::legend`. */
import { h } from 'hastscript';
import type { Element } from 'hast';
import type { Directive } from '../context.ts';
import { contestedMark, singleMark } from '../pieces.ts';

/** The legend block (`::legend`). */
export function legendBlock(): Element {
  return h('aside', { className: ['legend'], ariaLabel: 'How to read this briefing' }, [
    h('p', { className: ['legend-title'] }, 'How to read this briefing'),
    h('dl', [
      h('div', [h('dt', h('span', { className: ['cite'] }, '[1]')), h('dd', 'A source in the list at the end; the mark links to the exact sentence quoted, with the number highlighted.')]),
      h('div', [h('dt', contestedMark()), h('dd', 'Contested: the sources give different values; the disagreement register shows each one and the rule that chose.')]),
      h('div', [h('dt', singleMark()), h('dd', 'Single-sourced: only one article states this figure.')]),
      h('div', [h('dt', h('span', { className: ['fig-value'] }, 'Value')), h('dd', 'In the HTML version, hovering over or focusing a figure shows every quote behind it.')]),
    ]),
  ]);
}

export const legend: Directive = {
  name: 'legend', kind: 'leaf', usage: '::legend',
  description: 'how to read the marks: [n] sources, ‡ contested, † single source',
  render: () => legendBlock(),
};
