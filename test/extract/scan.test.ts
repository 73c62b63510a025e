/**
 * Word lists scanned over a whole body (scan.ts): a sentence's matches from the body's scan are
 * those of the sentence scanned alone, or the body's scan says it cannot tell (undefined).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alternation, nextMatch } from '../../pipeline/extract/numbers.ts';
import { BodyScans, listStarts } from '../../pipeline/extract/scan.ts';

/** A list's pattern as extract's `wordsRe` builds it, registered for body scans. */
function listRe(list: string[]): RegExp {
  const re = new RegExp(`(?<![A-Za-z0-9])(?:${alternation(list)})(?![\\p{L}\\p{N}])`, 'giu');
  listStarts(re, list);
  return re;
}
const startsWord = (before: string) => !/^[\p{L}\p{N}]$/iu.test(before);

/** The sentence scanned alone, as extract's `words` does. */
function alone(re: RegExp, text: string, guard = startsWord): [number, number][] {
  const out: [number, number][] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextMatch(re, text, guard))) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Each sentence's matches from the body's scan (sentences as [start, end] in the body). */
function fromBody(re: RegExp, body: string, sentences: [number, number][], guard = startsWord) {
  const scans = new BodyScans(body, body, sentences.map(([start, end]) => ({ start, end })));
  return sentences.map(([s, e]) => scans.matches(re, body.slice(s, e), guard));
}

describe('body scans of word lists', () => {
  const re = listRe(['final results', 'final', 'results', 'seats', 'Ōsaka', "'til"]);

  it('gives each sentence its own matches, offsets in the sentence', () => {
    const body = 'Turnout was final. Results came: 41 seats.';
    expect(fromBody(re, body, [[0, 18], [19, 42]])).toEqual([[[12, 17]], [[0, 7], [17, 22]]]);
  });

  it('cannot tell a sentence whose phrase goes on into the next one (no line of its own)', () => {
    // "final\nresults" in the body; "final" alone in the sentence.
    const body = 'the final\nresults were in';
    expect(fromBody(re, body, [[0, 9], [10, 25]])).toEqual([undefined, [[0, 7]]]);
    expect(alone(re, 'the final')).toEqual([[4, 9]]);
  });

  it('cannot tell a sentence glued to a letter before it or after it', () => {
    const body = 'wonfinal resultsX';
    expect(fromBody(re, body, [[3, 8], [9, 16]])).toEqual([undefined, undefined]);
  });

  it('reads a sentence after a full stop glued to it (the one before, glued to a letter, cannot be told)', () => {
    expect(fromBody(re, 'He won.Final count', [[0, 7], [7, 18]])).toEqual([undefined, [[0, 5]]]);
  });

  it('matches as the flags iu do: "ſ" is an s, either apostrophe, letters outside ASCII as written', () => {
    const body = 'ſeats. ’til now. In Ōsaka. In Osaka.';
    const sentences: [number, number][] = [[0, 6], [7, 16], [17, 26], [27, 36]];
    expect(fromBody(re, body, sentences)).toEqual([[[0, 5]], [[0, 4]], [[3, 8]], []]);
  });

  it('tests the guard on the sentence: a letter outside ASCII before a match', () => {
    expect(fromBody(re, 'Éfinal. final', [[0, 7], [8, 13]])).toEqual([[], [[0, 5]]]);
  });

  it('finds what the sentence alone finds, on any body and sentences (property)', () => {
    const list = listRe(['ab', 'ab c', 'b', 'ca', "a'b", 'É', 'k', 'é b', '’a', 'aé', '😀a', 'c-a']);
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', ' ', '\n', '-', '.', "'", '’', 'É', 'é', '1', 'ſ', '\u212a', 'k', '\u0301', '\u00a0', '😀', '–', 'Ké'), maxLength: 40 });
    fc.assert(
      fc.property(text, fc.array(fc.nat(40), { maxLength: 6 }), (body, cuts) => {
        const at = [...new Set(cuts.map((c) => c % (body.length + 1)))].sort((x, y) => x - y);
        const sentences: [number, number][] = [];
        let from = 0;
        for (const c of [...at, body.length]) {
          if (c > from) sentences.push([from, c]);
          from = c;
        }
        const got = fromBody(list, body, sentences);
        sentences.forEach(([s, e], i) => {
          if (got[i] !== undefined) expect(got[i]).toEqual(alone(list, body.slice(s, e)));
        });
      }),
      { numRuns: 2000, seed: 15 },
    );
  });
});
