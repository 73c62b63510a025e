/**
 * The counts a template may write with `:count[…]` (in the text and in the front matter), and
 * how they are written: a number word from the lexicon up to nine ("five articles"), digits as
 * the template's language writes them above. The same counts as the cover and the terminal.
 */
import type { RenderInput } from './context.ts';
import { formatValue } from '../shared/format.ts';
import { inRegister } from './pieces.ts';

export const COUNTS: Record<string, (input: RenderInput) => number> = {
  sources: (i) => i.corpus.sources.length,
  figures: (i) => i.figures.length,
  claims: (i) => i.claims.length,
  // The figures the disagreement register lists (and the ‡ marks link to), as the cover counts them.
  contested: (i) => i.figures.filter(inRegister).length,
  checks: (i) => i.checks.length,
  charts: (i) => i.charts.length,
};

/** `n` as prose writes it: the lexicon's number word for one to nine, else digits. */
export function countWord(n: number, input: RenderInput, language: string): string {
  if (n >= 1 && n <= 9) {
    const word = Object.entries(input.lexicon.numbers?.words ?? {}).find(([, v]) => v === n)?.[0];
    if (word) return word;
  }
  return formatValue({ value: n, low: null, high: null, precision: 0.5, unit: '' }, false, language);
}
