/**
 * The guards tested in code (`nextMatch`): the numeral pattern and the lexicon's word lists
 * scan without their lookbehind, and `nextMatch` tests it on the character before each match.
 * These properties check that the matches are exactly those of the patterns with the
 * lookbehind, on text full of what makes the guard hard: letters outside ASCII, letters outside
 * the Basic Multilingual Plane (two UTF-16 units), a mark that only counts as a letter
 * case-insensitively (U+0345), separators and signs glued to numbers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseLexicon } from '../../pipeline/shared/lexicon.ts';
import { WordStartRegExp, alternation, compileGrammar, findQuantities, nextMatch, numberMayStart, phrase } from '../../pipeline/extract/numbers.ts';
import { compileTableWords } from '../../pipeline/extract/tables.ts';
import { seeds } from '../paths.ts';

const lexicon = parseLexicon('sources/lexicon.yaml', readFileSync(join(seeds, 'sources', 'lexicon.yaml'), 'utf8'));
const grammar = compileGrammar(lexicon.numbers);

const PIECES = [
  '5', '53.9', '66,7', '2021', '12,000', 'five', 'Twenty', 'two-thirds', 'half', 'a quarter', 'ten', 'often', '%', ' percent',
  'Amanat', 'seats', 'turnout', 'Nur Otan', 'x', 'é', 'İ', 'ſ', '\u212A', '\u0345', '𝐀', '𝟓', '_', '.', ',', '/', '-', '−', '–',
  ' ', '  ', '\t', '\u00a0', '(', '"', '“', '$', 'out of', 'of the', 'between', 'and',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((parts) => parts.join(''));

/** Every match of a global pattern, as start and text. */
function all(re: RegExp, s: string, next: (re: RegExp, s: string) => RegExpExecArray | null): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = next(re, s))) out.push([m.index, m[0]]);
  return out;
}

describe('guards tested in code', () => {
  it('a word list finds what the pattern with its lookbehind finds', () => {
    const words = [...lexicon.entities.flatMap((e) => e.aliases), ...lexicon.metrics.flatMap((m) => m.cues), 'five', 'ten'];
    const E = String.raw`(?![\p{L}\p{N}])`;
    const scan = new RegExp(`(?:${alternation(words)})${E}`, 'giu');
    const whole = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(words)})${E}`, 'giu');
    const startsWord = (before: string) => !/^[\p{L}\p{N}]$/iu.test(before);
    fc.assert(
      fc.property(text, (s) => {
        expect(all(scan, s, (re, t) => nextMatch(re, t, startsWord))).toEqual(all(whole, s, (re, t) => re.exec(t)));
      }),
      { numRuns: 3000 },
    );
  });

  it('a word list factored by its first words matches what the flat list, longest first, matches', () => {
    const list = ['CPI', 'CPI(M)', 'CPI Marxist', 'a', 'a.m.', 'a b c', 'over', 'just over', 'over the', "Wilders' party", 'Wilders', 'per cent', 'per', 'percent', 'seats', 'seat'];
    const flat = [...list].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).map(phrase).join('|');
    const E = String.raw`(?![\p{L}\p{N}])`;
    const factored = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(list)})${E}`, 'giu');
    const reference = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${flat})${E}`, 'giu');
    const pieces = fc.array(fc.constantFrom('CPI', '(M)', 'M', 'Marxist', 'a', '.m.', 'b', 'c', 'just', 'over', 'the', 'Wilders', "'", '’', 'party', 'per', 'cent', 'percent', 'seat', 's', ' ', '-', '.', ','), { maxLength: 12 });
    fc.assert(
      fc.property(pieces, (parts) => {
        const s = parts.join('');
        expect(all(factored, s, (re, t) => re.exec(t))).toEqual(all(reference, s, (re, t) => re.exec(t)));
      }),
      { numRuns: 3000 },
    );
  });

  it('a word list factored by its leading characters matches what the flat list matches, with and without the i flag', () => {
    // Words that share leading characters, differ in case only ("Mazhilis", "mazhilis"), start
    // with a letter outside ASCII ("Éire", "éire", "ſeats") or an apostrophe, or are a prefix of another.
    const list = ['estimate', 'estimates', 'estimated', 'estimate of', 'Mazhilis', 'mazhilis', 'majilis', 'Majilis party', 'Éire', 'éire', 'ſeats', 'seats', 'seat', "'s", '’t', 'exit poll', 'exit polls', 'per cent', 'percent', 'CPI(M)', 'CPI', 'k', 'kelvin'];
    const flat = [...list].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).map(phrase).join('|');
    const E = String.raw`(?![\p{L}\p{N}])`;
    const pieces = fc.array(
      fc.constantFrom('estimate', 'd', 's', ' of', 'Mazhilis', 'mazhilis', 'MAJILIS', 'majilis', ' party', 'Éire', 'éire', 'ÉIRE', 'ſeats', 'seat', 'Seats', "'", '’', 't', 'exit', ' poll', 'per', ' cent', 'CPI', '(M)', 'k', '\u212A', 'elvin', ' ', '-', '.'),
      { maxLength: 10 },
    );
    for (const flags of ['giu', 'gu']) {
      const factored = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(list)})${E}`, flags);
      const reference = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${flat})${E}`, flags);
      fc.assert(
        fc.property(pieces, (parts) => {
          const s = parts.join('');
          expect(all(factored, s, (re, t) => re.exec(t))).toEqual(all(reference, s, (re, t) => re.exec(t)));
        }),
        { numRuns: 3000 },
      );
    }
  });

  it('a word list shares the leading characters of its words, longest word first', () => {
    expect(alternation(['estimate', 'estimates', 'estimated'])).toBe('estimate(?:d|s|)');
    expect(alternation(['seats', 'seat', 'share'])).toBe('s(?:eat(?:s|)|hare)');
    // Case apart (one word under the i flag, two without it), and letters outside ASCII, stay whole.
    expect(alternation(['Mazhilis', 'mazhilis'])).toBe('Mazhilis|mazhilis');
    expect(alternation(['éire', 'éal'])).toBe('éire|éal');
    const re = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(['exit poll', 'exit polls', 'estimate', 'estimated'])})(?![\p{L}\p{N}])`, 'giu');
    expect('The exit polls estimated 40%; an estimate.'.match(re)).toEqual(['exit polls', 'estimated', 'estimate']);
  });

  it('the table header words over a column of names are found where the pattern with its lookbehind finds them', () => {
    const names = compileTableWords(lexicon.tables).names;
    const whole = new RegExp(names.source.replace('(?<![A-Za-z0-9])', String.raw`(?<![\p{L}\p{N}])`), 'giu');
    const startsWord = (before: string) => !/^[\p{L}\p{N}]$/iu.test(before);
    const header = fc.array(fc.constantFrom(...PIECES, 'Party', 'party', 'PARTY', 'Parties', 'group', 'list', 'political party', 'Seats', 'é', 'ſ'), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(header, (s) => {
        expect(all(names, s, (re, t) => nextMatch(re, t, startsWord))).toEqual(all(whole, s, (re, t) => re.exec(t)));
      }),
      { numRuns: 3000 },
    );
    expect(all(names, 'éparty Party Seats', (re, t) => nextMatch(re, t, startsWord))).toEqual([[7, 'Party']]);
  });

  it('a pattern with the word-start lookbehind, tested first without it, finds what the pattern finds', () => {
    const B = String.raw`(?<![\p{L}\p{N}])`;
    const sources = [
      String.raw`${B}(?:${alternation(['more than', 'over', 'about', 'nearly'])})\s+$`,
      String.raw`${B}(?:${alternation(['won', 'took'])})\s+(?:\p{L}+\s+){0,2}$`,
      String.raw`${B}(?:margin|gap)(?![\p{L}\p{N}])[^.;]{0,40}?${B}(?:grew|narrowed)\s+$`,
      String.raw`(?:\$|€)\s?$|${B}(?:dollars|euros)\s$`,
    ];
    const pieces = fc.array(fc.constantFrom(...PIECES, 'more than', 'over', 'about', 'nearly', 'won', 'took', 'margin', 'gap', 'grew', 'narrowed', 'dollars', '€', 'ſ', 'é', ' '), { maxLength: 10 });
    for (const source of sources) {
      const quick = new WordStartRegExp(source, 'iu');
      const plain = new RegExp(source, 'iu');
      fc.assert(
        fc.property(pieces, (parts) => {
          const s = parts.join('');
          expect(quick.exec(s)?.[0] ?? null).toEqual(plain.exec(s)?.[0] ?? null);
          expect(quick.test(s)).toBe(plain.test(s));
        }),
        { numRuns: 2000 },
      );
    }
    const before = new WordStartRegExp(sources[0]!, 'iu');
    expect(before.test('Unity won more than ')).toBe(true);
    expect(before.test('Unity won éover ')).toBe(false);
    expect(before.test('Unity won ſover ')).toBe(false);
    expect(before.exec('it has nearly ')?.index).toBe(7);
  });

  it('the numeral pattern finds what it finds with its lookbehind', () => {
    const whole = new RegExp(grammar.sticky.source, 'giu');
    fc.assert(
      fc.property(text, (s) => {
        expect(all(grammar.core, s, (re, t) => nextMatch(re, t, numberMayStart))).toEqual(all(whole, s, (re, t) => re.exec(t)));
      }),
      { numRuns: 3000 },
    );
  });

  it('a mark or letter glued before a number keeps it from being read', () => {
    expect(findQuantities('x5 seats', grammar)).toHaveLength(0);
    expect(findQuantities('\u03455 seats', grammar)).toHaveLength(0);
    expect(findQuantities('𝐀5 seats', grammar)).toHaveLength(0);
    expect(findQuantities('often', grammar)).toHaveLength(0);
    expect(findQuantities('_5 seats', grammar).map((q) => q.text)).toEqual(['5']);
    expect(findQuantities('(5 seats', grammar).map((q) => q.text)).toEqual(['5']);
  });
});
