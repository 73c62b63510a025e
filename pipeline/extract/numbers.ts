/**
 * Number parsing: every number an article writes, with its value, the interval it states and
 * the precision of its last digit. Pure; the words (number words, scale words, per cent,
 * approximation and bound words, duration words) come from the lexicon's `numbers:` block, so
 * a new spelling needs no code.
 *
 * Forms: `53.9%`, `66,7%` (comma decimal), `12,000` (thousands), `54 percent`, `54 per cent`,
 * `62-64` and `70-80 percent` (ranges; a dash between words, as in `NSDP - 5.2%`, is
 * punctuation, never a minus), `between 10 and 12 percent`, `53 to 54 percent`,
 * `from 7% to 5%` (a change: two numbers), `22 out of 29`, `23 of the 29`, `6,366,000 of
 * 11,950,000`, `6,120,400 voters out of the total 9,800,000`, `seven`,
 * `two-thirds`, `half`, `6.3 million`, `about 6.3 million`, `nearly`, `just over`,
 * `more than 300`, `over 60%`.
 *
 * Numbers that are never figures are kept, with their kind, so the analyst's report can show
 * them: years, dates (next to a month name), durations (`ten years`), compounds (`23-hour`),
 * money (`$5 billion`), ratios (`50/50`, `2 to 1`), fractions, parts ("three of them") and counts of
 * things that are no figure of the election (lexicon `other_nouns`: "41 countries").
 */
import type { Numbers } from '../shared/lexicon.ts';

export type Bound = 'exact' | 'approximate' | 'lower-bound' | 'upper-bound' | 'range';
export type QuantityKind = 'quantity' | 'year' | 'date' | 'time' | 'progress' | 'duration' | 'compound' | 'money' | 'ratio' | 'fraction' | 'part' | 'other';

export interface Quantity {
  /** Offsets into the text given to `findQuantities`, covering the number as written. */
  start: number;
  end: number;
  text: string;
  kind: QuantityKind;
  value: number | null;
  low: number | null;
  high: number | null;
  bound: Bound;
  /** Half a unit of the last stated digit (times the scale word). */
  precision: number;
  percent: boolean;
  /** "22 out of 29": the 29, a quantity of its own (kept inside this one's span). */
  total: Quantity | null;
  /** Where the number itself ends, before " out of 29". */
  ownEnd: number;
  /** "from 7% to 5%": the 7, the value before a change. */
  changeFrom: boolean;
}

export interface NumberGrammar {
  /** A numeral, without the whole guard before it: read with `nextMatch(core, text, numberMayStart)`. */
  core: RegExp;
  /** The same pattern with its guard, sticky: a number that starts exactly at `lastIndex`. */
  sticky: RegExp;
  words: Map<string, number>;
  fractions: Map<string, [number, number]>;
  /** "of the votes" after a fraction: the fraction is a share (`numbers.fraction_of`). */
  fractionOfRe: RegExp;
  scales: Map<string, number>;
  scaleRe: RegExp;
  /** A number with an optional scale word of the lexicon after a scaled number ("… 182 thousand", "… 291"). */
  mixed: RegExp;
  percentRe: RegExp;
  /** A per-cent word and a slash right before a number ("38.06 percent/48 seats"): the slash parts two figures. */
  percentSlashRe: RegExp;
  /** A per-cent, clock or scale word glued to the digits ("66.4pc", "5pm", "25m"). */
  gluedRe: RegExp;
  boundRe: RegExp;
  bounds: Map<string, Bound>;
  durationRe: RegExp;
  otherRe: RegExp;
  /** `other_nouns` after up to three modifiers of a number written as a word ("two closest rivals"). */
  otherModifiedRe: RegExp;
  definiteBeforeRe: RegExp;
  /** `set_aside_after` right after a number word: seats set aside by the rules, a count, no set. */
  setAsideAfterRe: RegExp | null;
  opinionRe: RegExp;
  /** `group_share_after` after a share, past "of" and up to four words ("of those eligible to vote were women"). */
  groupShareAfterRe: RegExp | null;
  /** `group_share_before` right before a share ("Women made up"). */
  groupShareBeforeRe: RegExp | null;
  /** `composition_before` right before a count (`compositionOf`). */
  compositionBeforeRe: RegExp | null;
  /** Up to three modifiers and one of `composition_nouns` right after a count (`compositionOf`). */
  compositionAfterRe: RegExp | null;
  /** `other_rates` before a share in its clause (`otherRate`). */
  otherRateBeforeRe: RegExp | null;
  /** `other_rates` right after a share (`otherRate`). */
  otherRateAfterRe: RegExp | null;
  /** `incident_before` (and a bound word) right before a count (`stationIncident`). */
  incidentBeforeRe: RegExp | null;
  /** A noun of `progress.units` right after a count, then maybe `incident_after` (`stationIncident`). */
  incidentUnitsRe: RegExp | null;
  subsetRe: RegExp;
  clockRe: RegExp;
  /** `hours_before` right before a number, or before a first hour and "to" ("open from 9 to "). */
  hoursBeforeRe: RegExp;
  progressAfterRe: RegExp;
  /** `won_before` right before a share ("obtained 14.93% of the votes counted": the side's share, no progress). */
  wonShareRe: RegExp;
  progressBeforeRe: RegExp;
  progressVerbRe: RegExp;
  /** The rest of a clause "with/after" opens: a counted noun and a verb of `progress.verbs` (`absoluteProgress`). */
  absoluteProgressRe: RegExp;
  /** A count's noun and a verb of counting right after it ("ballots counted", "votes had been counted"). */
  progressCountRe: RegExp | null;
  /** `progress.count_before` right before a count of counting units ("results from 40"). */
  countBeforeRe: RegExp | null;
  /** Counting units right after a count, maybe after "out of" a total ("polling stations", "out of 405 polling stations"). */
  countUnitsRe: RegExp | null;
  /** A noun of `progress.counts` right after a count ("10,000 votes"), for `progressPaired`. */
  progressCountNounsRe: RegExp | null;
  /** `progress.count_nouns` right after "of the" ("79% of the count"). */
  progressCountNounRe: RegExp | null;
  /** Areas right after a count, maybe after "out of" a total ("constituencies", "constituencies out of 265"). */
  countAreasRe: RegExp | null;
  /** `seats_counted.nouns` right after a count, maybe after "out of" a total and up to three modifiers (`seatsCounted`). */
  seatsCountedRe: RegExp | null;
  /** `seats_counted.before` then "for" or "from" right before a count, in its clause (`seatsCounted`). */
  seatsCountedBeforeRe: RegExp | null;
  /** `seats_counted.pending_before` right before a count (`seatsCounted`). */
  seatsPendingBeforeRe: RegExp | null;
  /** `seats_counted.pending_after` after the seats' noun, in their clause (`seatsCounted`). */
  seatsPendingAfterRe: RegExp | null;
  currencyBeforeRe: RegExp;
  currencyAfterRe: RegExp;
  monthBeforeRe: RegExp;
  monthAfterRe: RegExp;
}

/** A modal verb and at most two words before "from": "could win from", "can get from". */
/**
 * "to" between the two numbers of a change, maybe after "then" ("from about 14 percent then to 8
 * percent now"). (Before the first: FROM_BEFORE, which also passes a determiner and one word of time,
 * "from the pre-election 44 to 37", "from its previous 12 to 9": the change is confirmed only by a
 * number after "to".)
 */
export const FROM_TO_LINK = /^\s+(?:then\s+)?to\s+/iu;
const MODAL_FROM = /(?<![\p{L}])(?:could|can|would|may|might)\s+(?:\p{L}+\s+){0,2}from\s+$/iu;
/** "Reform – from 115 to 145 seats": "from" after a dash, its verb left out. */
const DASH_FROM = /[-–—]\s*from\s+$/u;
/** A modal's range before in the sentence ("could win from 260 to 310 seats"). */
const MODAL_RANGE = /(?<![\p{L}])(?:could|can|would|may|might)\s+(?:\p{L}+\s+){0,2}from\s+\d/iu;
/** "from" right before a number: "from 7% to 5%" is a change, "from 2 to 1" no ratio; so is "from its pre-election tally of 98 to 148", "from the pre-election 44 to 37", "from about 14 percent then to 8 percent". */
const FROM_BEFORE = /(?<![\p{L}])from\s+(?:(?:(?:its|their|his|her|the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:tally|total|count|haul|level|score)\s+of\s+|(?:its|their|his|her|the)\s+[\p{L}]+(?:-[\p{L}]+)*\s+)?(?:(?:about|around|roughly|nearly|almost|just|only)\s+)?$/iu;
/** A word of spread before "from": "ranging from 37 per cent to 46 per cent", "variations in turnout from 37% to 46%" is a range, no change. */
const RANGE_FROM = /(?<![\p{L}])(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|variations?)\s+(?:[\p{L}-]+\s+){0,3}?from\s+$/iu;
/** A per-cent sign or word right after a number ("22.5% and 26.5%"). */
const PER_CENT = /^(?:\s?%|\s?per\s?cent|\s?percent)/i;
/** "between 22.5% and 26.5%": the "and" of a range, its first number may carry the per-cent sign. */
const RANGE_AND = new RegExp(String.raw`${PER_CENT.source}?\s+and\s+`, 'i');
const DIGITS = String.raw`\d+(?:[.,]\d+)*`;
/**
 * Thousands set off by a comma and a space ("93, 828 citizens", "5, 565, 781 votes", also beside
 * plain commas: "8, 794,726", "6,984, 520"): groups of exactly three digits after one to three, one
 * of them spaced, not followed by another ", digit" (a list "41, 12, 9").
 */
const SPACED_THOUSANDS = String.raw`\d{1,3}(?=(?:,\d{3})*,[ \u00a0]\d{3})(?:,[ \u00a0]?\d{3}(?!\d|\.\d|,(?=[ \u00a0]?\d)(?![ \u00a0]?\d{3}(?!\d))))+(?!,[ \u00a0]?\d)`;
const SPACED = /,[ \u00a0]/g;
/** Thousands set off by a space alone ("12 500", "1 182 291"): one to three digits, then groups of exactly three; not inside a longer run of spaced digits (a phone number). */
const SPACE_GROUPED = String.raw`(?<![\d.,]|\d[ \u00a0\u202f])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,]\d)`;
const SPACE_GROUPED_WHOLE = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$/;

/**
 * A regular expression source for a phrase: case folded by the flags, apostrophes loose, and a
 * space or hyphen between words matching either ("party list" finds "party-list").
 */
export function phrase(p: string): string {
  return p
    .trim()
    .split(/[\s\-‐‑]+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/['’]/g, "['’]"))
    .join(String.raw`(?:\s+|\s*[-‐‑]\s*)`);
}

const SEPARATOR = String.raw`(?:\s+|\s*[-‐‑]\s*)`;
const escapeWord = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/['’]/g, "['’]");

interface WordTrie {
  next: Map<string, WordTrie>;
  /** A phrase ends here. */
  end: boolean;
}

/**
 * An alternation of phrases, longest first so that "just over" wins over "over". The phrases are
 * factored by their first words ("needed for a majority|needed for an outright victory" becomes
 * "needed for (?:a majority|an outright victory)"): the engine tries each first word once, not
 * once per phrase. At each place the longer word is tried first ("CPI(M)" before "CPI"), the
 * longer phrase before one that ends there; two words that both match at one place are a word
 * and its prefix, whose continuations cannot both match, so the match is the longest phrase.
 */
export function alternation(list: Iterable<string>): string {
  const root: WordTrie = { next: new Map(), end: false };
  for (const p of new Set(list)) {
    if (p.trim() === '') continue;
    let node = root;
    for (const w of p.trim().split(/[\s\-‐‑]+/)) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  if (root.next.size === 0) return '(?!)';
  const branches = (node: WordTrie): string =>
    factored(
      [...node.next]
        .sort(([a], [b]) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
        .map(([w, child]) => ({ chars: wordChars(w), rest: child.next.size === 0 ? '' : child.end ? `(?:${SEPARATOR}(?:${branches(child)})|)` : `${SEPARATOR}(?:${branches(child)})` })),
      0,
    );
  return branches(root);
}

/** One character of a word as a pattern reads it: its source, what tells it apart at one place (`key`), and itself. */
interface WordChar {
  src: string;
  key: string;
  char: string;
}

/** The characters of a word, escaped as `escapeWord` does (an apostrophe matches either apostrophe). */
function wordChars(w: string): WordChar[] {
  return [...w].map((ch) =>
    ch === "'" || ch === '’' ? { src: "['’]", key: "'", char: "'" } : { src: escapeWord(ch), key: /[A-Z]/.test(ch) ? ch.toLowerCase() : ch, char: ch },
  );
}

/**
 * The alternatives `chars + rest`, in their order, as one pattern whose alternatives share their
 * leading characters ("estimated|estimates|estimate" becomes "estimate(?:d|s|)"): at a place
 * where no phrase starts, the engine tests a few characters instead of every phrase. The match is
 * the same: a shared literal prefix can be taken out of two alternatives next to each other
 * (`ab|ac` is `a(?:b|c)`), and alternatives whose character at `at` differs cannot both match at
 * one place, so they may be brought together by that character (`ab|c|ad` is `ab|ad|c`). Two
 * ASCII characters of different `key` differ with or without the `i` flag; a non-ASCII character
 * might equal another one case aside, so a run with one is left as it is, as is a group whose
 * characters differ in case only ("M", "m": one under `i`, two without it). A word that ends at
 * `at` (a prefix of the others) keeps its place among them.
 */
function factored(items: { chars: WordChar[]; rest: string }[], at: number): string {
  const out: string[] = [];
  const tail = (it: { chars: WordChar[]; rest: string }) => it.chars.slice(at).map((c) => c.src).join('') + it.rest;
  let run: typeof items = [];
  const flush = () => {
    if (run.some((it) => it.chars[at]!.key.charCodeAt(0) > 0x7f)) out.push(...run.map(tail));
    else {
      const groups = new Map<string, typeof items>();
      for (const it of run) {
        const k = it.chars[at]!.key;
        const g = groups.get(k);
        if (g) g.push(it);
        else groups.set(k, [it]);
      }
      for (const g of groups.values()) {
        const c = g[0]!.chars[at]!;
        if (g.length === 1 || g.some((it) => it.chars[at]!.char !== c.char)) {
          out.push(...g.map(tail));
          continue;
        }
        // The characters all of them share from `at` on ("estimate" of "estimated|estimates").
        let end = at + 1;
        while (g.every((it) => it.chars.length > end && it.chars[end]!.char === g[0]!.chars[end]!.char)) end += 1;
        out.push(`${g[0]!.chars.slice(at, end).map((x) => x.src).join('')}(?:${factored(g, end)})`);
      }
    }
    run = [];
  };
  for (const it of items) {
    if (it.chars.length > at) run.push(it);
    else {
      flush();
      out.push(it.rest);
    }
  }
  flush();
  return out.join('|');
}

/** Word-boundary guards that also work for phrases that start or end with a symbol ("%", "$"). */
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

/** The lookbehind `B` with ASCII classes: weaker (a letter outside ASCII passes it), and much faster in V8. */
const ASCII_B = '(?<![A-Za-z0-9])';

/**
 * A pattern with the lookbehind `B` ("no letter or digit before"), tested first with `ASCII_B` in
 * place of each `B`. V8 tests a lookbehind of Unicode classes at every position of the text; the
 * ASCII one costs little. The quick pattern matches wherever the pattern does (each `B` it
 * weakens stands outside any negative lookaround, so the quick pattern matches more, never less),
 * so when it finds nothing the pattern finds nothing; otherwise the pattern itself is run, and its
 * result is the pattern's. For patterns tested on a piece of a sentence (`.test`, `.exec`,
 * neither global nor sticky), most of which hold none of their words.
 */
export class WordStartRegExp extends RegExp {
  readonly quick: RegExp;
  constructor(source: string | RegExp, flags?: string) {
    super(source, flags);
    this.quick = new RegExp(this.source.split(B).join(ASCII_B), this.flags);
  }
  override exec(text: string): RegExpExecArray | null {
    return this.quick.test(text) ? super.exec(text) : null;
  }
}

/**
 * A pattern that scans whole sentences is faster without a lookbehind of Unicode classes at its
 * start (`(?<![\p{L}\p{N}])`): V8 tests that at every position of the text. Such a pattern
 * leaves the guard out (or keeps a cheap part of it), and `nextMatch` tests it in code on the
 * one character before each match (`charBefore`); a match whose start fails it is skipped and
 * the search goes on from the next character, so the matches are those of the pattern with the
 * lookbehind. (A guard tested this way must use the flags of the pattern: under `iu`, a mark
 * such as U+0345 counts as a letter.)
 */
export function nextMatch(re: RegExp, text: string, guard: (before: string, at: number) => boolean): RegExpExecArray | null {
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && !guard(charBefore(text, m.index), m.index)) re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
  return m;
}

/** The code point right before `text[i]` ('' at the start), as a lookbehind sees it. */
export function charBefore(text: string, i: number): string {
  if (i === 0) return '';
  const pair = i >= 2 && isLowSurrogate(text.charCodeAt(i - 1)) && isHighSurrogate(text.charCodeAt(i - 2));
  return text.slice(pair ? i - 2 : i - 1, i);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** What may not stand right before a number: a letter, a digit, another number's separator or a sign. */
const GLUED = /^[\p{L}\p{N}.,/\-−]$/iu;
export const numberMayStart = (before: string) => !GLUED.test(before);
/** A sign right after an opening bracket: "51 seats (-20)" is a signed change, read as the number 20 (see `signedChange`). */
const SIGN = /^[-−]$/u;
const signedMayStart = (text: string) => (before: string, at: number) => numberMayStart(before) || (SIGN.test(before) && text[at - 2] === '(');
/** "(+3)", "(-20)", "(−5.7)": a number right after an opening bracket and a sign; the sign's value (+1 or -1), else null. */
export function signedChange(text: string, q: { start: number }): 1 | -1 | null {
  const m = /\(\s*([+\-−])$/u.exec(text.slice(Math.max(0, q.start - 4), q.start));
  return m ? (m[1] === '+' ? 1 : -1) : null;
}

/**
 * A hyphen right after a name, or after a space after one, before a count with thousands
 * separators is a dash, not a minus or a compound's hyphen: "Ann Ames-14,542", "Ann Ames
 * -43,924" in a list of votes ("COVID-19", "1,234,567 -43,924" stay unread).
 */
const DASH_AFTER_NAME = /\p{L} ?[-‐‑]$/u;
const GROUPED_AT = /^\d{1,3}(?:,\d{3})+(?!\d|[.,]\d)/;
function dashedCount(text: string, at: number): boolean {
  return DASH_AFTER_NAME.test(text.slice(Math.max(0, at - 3), at)) && GROUPED_AT.test(text.slice(at, at + 16));
}

/**
 * A lower-case word between a number written as a word and its noun ("two smaller left-wing
 * parties", "its two closest rivals"): no function word, which would start another phrase.
 */
export const MODIFIER_WORD = String.raw`\s+(?!(?:of|and|or|in|on|at|to|the|a|an|for|with|from|by|than|as|per|each|who|which|that|were|was|are|is|will|would|have|has|had)(?![\p{L}]))\p{Ll}[\p{Ll}'’-]*(?=\s)`;

/**
 * A first number the verb of winning took, then "and", before a word never read alone ("won
 * 1.5% and one seat"): the verb takes both.
 */
const WON_FIRST = String.raw`\d[\d.,]*\s*(?:%|\p{Ll}+)?\s+and\s+`;
/** …and a noun after it, no function word ("won 12 seats and one of its leaders resigned": no number). */
const WON_SECOND = String.raw`(?=\s+(?!(?:of|other|another|more|in|on|at|to|for|by|was|were|is|are|went|had|has)(?![\p{L}]))\p{Ll})`;

export function compileGrammar(n: Numbers): NumberGrammar {
  const lower = (r: Record<string, unknown>) => Object.keys(r).map((k) => k.toLowerCase());
  const notAlone = new Set(n.not_alone.map(norm));
  // A word never read alone is read right after one of `alone_after` ("won one").
  const aloneAfter = n.alone_after.length ? alternation(n.alone_after) : null;
  const alone = lower(n.words).filter((w) => notAlone.has(norm(w)));
  // "a million votes", "more than one million invalid votes": "a" and "one" before a scale word
  // of more than two letters are a number (never "one" alone, nor "a m").
  const bigScales = lower(n.scales).filter((w) => w.length > 2);
  const wordAlt =
    alternation(lower(n.words).filter((w) => !notAlone.has(norm(w)))) +
    (aloneAfter && alone.length ? String.raw`|(?<=(?<![\p{L}\p{N}])(?:${aloneAfter})\s+)(?:${alternation(alone)})` : '') +
    (aloneAfter && alone.length ? String.raw`|(?<=(?<![\p{L}\p{N}])(?:${aloneAfter})\s+${WON_FIRST})(?:${alternation(alone)})${WON_SECOND}` : '') +
    (bigScales.length ? String.raw`|(?:one|a)(?=\s+(?:${alternation(bigScales)})${E})` : '') +
    // A seat gained, in words: "winning an extra seat", "an additional seat", "won 25 seats (up
    // one)" (not "won a seat in a constituency": no change named).
    String.raw`|an?(?=\s+(?:extra|additional)\s+seat${E})|(?<=\((?:up|down)\s+)one(?=\))` +
    // "gained one seat", "retained its single seat", "less than one percent": a word for one right
    // before a singular unit noun (not one naming a kind of place: "single seat constituencies"),
    // and not after a preposition ("constituencies of one seat each", "the results for one seat")
    // or a word of a rate ("each 50,000 votes equaled one seat", "is worth one seat").
    (n.singular.length && n.singular_nouns.length
      ? String.raw`|(?<!${B}(?:of|for|per|equaled|equalled|equals|equal\s+to|worth)\s+)(?:${alternation(lower(Object.fromEntries(n.singular.map((w) => [w, 1]))))})(?=\s+(?:${alternation(n.singular_nouns)})${E}(?!\s+(?:${alternation(n.other_nouns.length ? n.other_nouns : ['(?!)'])})${E}))`
      : '') +
    // "won 40 seats, one more than they had": a word for one right before a comparison.
    (n.singular.length && n.singular_comparisons.length
      ? String.raw`|(?:${alternation(lower(Object.fromEntries(n.singular.map((w) => [w, 1]))))})(?=\s+(?:${alternation(n.singular_comparisons)})${E})`
      : '');
  const fractionAlt = alternation(lower(n.fractions));
  const bounds = new Map<string, Bound>();
  for (const w of n.approximate) bounds.set(norm(w), 'approximate');
  for (const w of n.lower_bound) bounds.set(norm(w), 'lower-bound');
  for (const w of n.upper_bound) bounds.set(norm(w), 'upper-bound');
  const months = alternation(n.months);
  const currencies = n.currencies;
  const symbols = currencies.filter((c) => !/\p{L}/u.test(c));
  const named = currencies.filter((c) => /\p{L}/u.test(c));
  // A number not glued to a letter, digit, another number's separator or a sign before it
  // (`GLUED`: tested by `findQuantities`, see `nextMatch`). The pattern itself only skips what
  // follows an ASCII letter or digit, which V8 tests fast: most positions are inside a word.
  // Then the characters a number can start with: most other positions fail there, cheaply.
  const initials = [...new Set([...lower(n.fractions), ...lower(n.words).filter((w) => aloneAfter || !notAlone.has(norm(w))), ...n.singular.map((w) => w.toLowerCase()), 'a', 'o'].map((w) => w[0]!))]
    .map((ch) => ch.replace(/[\]\\^-]/g, '\\$&'))
    .join('');
  // Digits may have a per-cent, clock or scale word glued to them ("66.4pc", "5pm", "25m"); no other letter, and
  // no ".letters" of a web address ("24.kg").
  const gluedPercent = alternation([...n.percent, ...n.clock, ...lower(n.scales)].filter((w) => /^\p{L}/u.test(w)));
  // A number with one or two decimals glued to a capitalised word is two list items run together
  // in a scraped page ("'no' 60.71NSW: 'yes' 40.35"): the number is read.
  const pattern = String.raw`(?:(${SPACED_THOUSANDS}|${SPACE_GROUPED}|${DIGITS})(?!(?!(?:${gluedPercent})${E}|(?<=\.\d{1,2})\p{L}{2})[\p{L}\p{N}]|[.,]\d|\.\p{Ll})|(?:(${fractionAlt})${E}|(${wordAlt})${E})(?![\p{L}\p{N}]|[.,]\d))`;
  return {
    core: new RegExp(String.raw`(?<![A-Za-z0-9])(?=[\d${initials}])${pattern}`, 'giu'),
    sticky: new RegExp(String.raw`(?<![\p{L}\p{N}.,/\-−])${pattern}`, 'iuy'),
    words: new Map([['a', 1], ['an', 1], ['one', 1], ...n.singular.map((w) => [norm(w), 1] as [string, number]), ...Object.entries(n.words).map(([k, v]) => [norm(k), v] as [string, number])]),
    fractions: new Map(Object.entries(n.fractions).map(([k, v]) => [norm(k), v])),
    fractionOfRe: new RegExp(String.raw`^\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?(?:${alternation(n.fraction_of)})${E}`, 'iu'),
    scales: new Map(Object.entries(n.scales).map(([k, v]) => [norm(k), v])),
    // "6.3 million", and glued to the digits "25m", "1.49m", "35.9M".
    scaleRe: new RegExp(String.raw`^\s*(${alternation(lower(n.scales))})${E}`, 'iu'),
    mixed: new RegExp(String.raw`^\s+(\d{1,3})(?![\d.,]\d)(?:\s+(${alternation(lower(n.scales))})(?![\p{L}]))?`, 'iu'),
    // A per-cent sign glued to the next word ("52.8 %as against") is still one; a word ("percent") ends at a word's end.
    percentRe: new RegExp(String.raw`^\s?(?:(?:${alternation(n.percent.filter((w) => /\p{L}|\p{N}/u.test(w)))})${E}|(?:${alternation(n.percent.filter((w) => !/\p{L}|\p{N}/u.test(w)))}))`, 'iu'),
    // "38.06 percent/48 seats": a slash after a per-cent word parts two figures.
    percentSlashRe: new RegExp(String.raw`(?:${alternation(n.percent)})\/$`, 'iu'),
    gluedRe: new RegExp(String.raw`^(?:${gluedPercent})${E}`, 'iu'),
    boundRe: new WordStartRegExp(String.raw`${B}(${alternation(bounds.keys())})\s+$`, 'iu'),
    bounds,
    durationRe: new RegExp(String.raw`^[\s-]+(?:${alternation(n.durations)})${E}`, 'iu'),
    otherRe: new RegExp(String.raw`^\s+(?:${alternation(n.other_nouns)})${E}`, 'iu'),
    otherModifiedRe: new RegExp(String.raw`^(?:${MODIFIER_WORD}){1,3}\s+(?:${alternation(n.other_nouns)})${E}`, 'u'),
    definiteBeforeRe: new WordStartRegExp(String.raw`${B}(?:${alternation(n.definite_before)})\s+$`, 'iu'),
    setAsideAfterRe: n.set_aside_after.length ? new RegExp(String.raw`^\s+(?:${alternation(n.set_aside_after)})${E}`, 'iu') : null,
    // "8 p.m.", "8pm", "10 local time" (words from the lexicon); "10:00" needs no word.
    // "99% of the ballots counted", "70.91% of polling stations", "after counting 99.3% of", "90% of the
    // results from polling stations counted": how far the count is
    // (also after "pct.": "97.2 pct. of ballots counted").
    progressAfterRe: new RegExp(
      String.raw`^\.?\s+of\s+(?:the\s+)?(?:\p{L}+\s+)?(?:(?:${alternation(n.progress.units)})${E}|(?:${alternation(n.progress.counted)})(?:\s+from\s+(?:the\s+)?(?:${alternation(n.progress.units)}))?\s+(?:\p{L}+\s+){0,2}?(?:${alternation(n.progress.verbs)})${E})`,
      'iu',
    ),
    wonShareRe: new WordStartRegExp(String.raw`${B}(?:${alternation(n.won_before.length ? n.won_before : ['(?!)'])})\s+$`, 'iu'),
    // "with 79% of the count": the count itself, no word between.
    progressCountNounRe: n.progress.count_nouns.length ? new RegExp(String.raw`^\.?\s+of\s+the\s+(?:${alternation(n.progress.count_nouns)})${E}`, 'iu') : null,
    // "when 98% had been counted": the verb right after the share.
    progressVerbRe: new RegExp(String.raw`^\s+(?:had|have|has|was|were|is|are)\s+(?:been\s+|now\s+|so\s+far\s+)?(?:${alternation(n.progress.verbs)})${E}`, 'iu'),
    // "With 56% of voting centers reporting", "After 86% of the votes in Tuesday's election have been
    // counted": up to seven words (no number, no stop, no word that joins clauses) before the verb.
    absoluteProgressRe: new RegExp(String.raw`^[%*_]{0,2}\s+(?:of\s+)?(?:(?!(?:with|and|or|but|while|after|as|than|to|for)${E})[\p{L}'’-]+\s+){1,7}?(?:(?:have|has|had|were|was|are|is)\s+(?:now\s+|already\s+)?(?:been\s+)?)?(?:${alternation(n.progress.verbs)})${E}`, 'iu'),
    // "two other candidates": case-sensitive, so that a table's "Other 17" stays.
    subsetRe: new RegExp(String.raw`^\s+(?:${alternation(n.subset_after)})${E}`, 'u'),
    // "47% of voters believe", "44% who foresee", "(35.6 percent) believe": an opinion on the outcome.
    groupShareAfterRe: n.group_share_after.length ? new RegExp(String.raw`^\s+(?:of\s+(?:[\p{L}'’-]+\s+){1,4}?)?(?:${alternation(n.group_share_after)})${E}`, 'iu') : null,
    groupShareBeforeRe: n.group_share_before.length ? new WordStartRegExp(String.raw`${B}(?:${alternation(n.group_share_before)})\s+$`, 'iu') : null,
    compositionBeforeRe: n.composition_before.length ? new WordStartRegExp(String.raw`${B}(?:${alternation(n.composition_before)})\s+(?:(?:some|about|around)\s+)?$`, 'iu') : null,
    compositionAfterRe: n.composition_nouns.length ? new RegExp(String.raw`^(?:\s+[\p{L}'’-]+){0,3}?\s+(?:${alternation(n.composition_nouns)})${E}`, 'iu') : null,
    otherRateBeforeRe: n.other_rates.length ? new WordStartRegExp(String.raw`${B}(?:${alternation(n.other_rates)})${E}([^.;:%]{0,50})$`, 'iu') : null,
    otherRateAfterRe: n.other_rates.length ? new RegExp(String.raw`^\s+(?:${alternation(n.other_rates)})${E}`, 'iu') : null,
    incidentBeforeRe: n.incident_before.length ? new WordStartRegExp(String.raw`${B}(?:${alternation(n.incident_before)})\s+(?:(?:${alternation(bounds.keys())})\s+)?$`, 'iu') : null,
    incidentUnitsRe: n.progress.units.length ? new RegExp(String.raw`^\s+(?:\p{L}+\s+)?(?:${alternation(n.progress.units)})${E}(?:\s+(${alternation(n.incident_after.length ? n.incident_after : ['(?!)'])})${E})?`, 'iu') : null,
    opinionRe: new RegExp(String.raw`^\)?\s+(?:(?:of|who)\s+)?(?:[\p{L}'’]+\s+){0,2}?(?:${alternation(n.opinion_verbs)})${E}`, 'iu'),
    progressBeforeRe: new WordStartRegExp(String.raw`${B}(?:${alternation(n.progress.before)})\s+$`, 'iu'),
    progressCountRe: n.progress.counts.length && n.progress.count_verbs.length
      ? new RegExp(String.raw`^\s+(?:${alternation(n.progress.counts)})\s+(?:(?:had|have|has|was|were)\s+)?(?:been\s+|now\s+|so\s+far\s+)?(?:${alternation(n.progress.count_verbs)})${E}`, 'iu')
      : null,
    countBeforeRe: n.progress.count_before.length ? new WordStartRegExp(String.raw`${B}(?:${alternation(n.progress.count_before)})\s+$`, 'iu') : null,
    progressCountNounsRe: n.progress.counts.length ? new RegExp(String.raw`^\s+(?:${alternation(n.progress.counts)})${E}`, 'iu') : null,
    countUnitsRe: n.progress.units.length ? new RegExp(String.raw`^(${COUNT_TOTAL})?\s+(?:\p{L}+\s+)?(?:${alternation(n.progress.units)})${E}`, 'iu') : null,
    countAreasRe: n.progress.areas.length ? new RegExp(String.raw`^(${COUNT_TOTAL})?\s+(?:\p{L}+\s+)?(?:${alternation(n.progress.areas)})${E}`, 'iu') : null,
    ...seatsCountedGrammar(n.seats_counted),
    clockRe: new RegExp(String.raw`^\s?(?:${alternation(n.clock)})(?![\p{L}\p{N}])`, 'iu'),
    hoursBeforeRe: new WordStartRegExp(String.raw`${B}(?:${alternation(n.hours_before)})\s+(?:\d{1,2}\s+(?:to|and|until|till)\s+)?$`, 'iu'),
    currencyBeforeRe: new WordStartRegExp(String.raw`(?:${alternation(symbols)})\s?$|${B}(?:${alternation(named)})\s$`, 'iu'),
    currencyAfterRe: new RegExp(String.raw`^\s?(?:${alternation(named)})${E}`, 'iu'),
    monthBeforeRe: new WordStartRegExp(String.raw`${B}(?:${months})\s+$`, 'iu'),
    monthAfterRe: new RegExp(String.raw`^\s+(?:${months})${E}`, 'iu'),
  };
}

/** Lookup key of a word or phrase: lower case, ’ as ', hyphens and runs of space as one space. */
export function norm(w: string): string {
  // The same few hundred words are looked up again and again: remember them (bounded).
  let k = normed.get(w);
  if (k === undefined) {
    // "İnce" lower-cases to "i̇nce" (i and a combining dot): the dot goes, so "İnce" meets "Ince".
    k = w.toLowerCase().replace(/i\u0307/g, 'i').replace(/[’]/g, "'").replace(/[\s\-‐‑]+/g, ' ').trim();
    if (normed.size >= NORM_CACHE) normed.clear();
    normed.set(w, k);
  }
  return k;
}
const NORM_CACHE = 4096;
const normed = new Map<string, string>();

const ONLY_DIGITS = /^\d+$/;
/** `half` of the usual numbers of decimals, computed once (the same expression). */
const HALVES = Array.from({ length: 16 }, (_, d) => Number((0.5 * 10 ** -d).toFixed(d + 1)));

/** Value and precision of a numeral written with digits: "53.9", "66,7" (comma decimal), "12,000". */
export function parseDigits(s: string): { value: number; precision: number } | null {
  // Digits alone ("41", "2021"), the most common: what the last pattern below reads them as.
  if (ONLY_DIGITS.test(s)) return { value: Number(s), precision: half(0) };
  if (SPACE_GROUPED_WHOLE.test(s)) s = s.replace(/[ \u00a0\u202f]/g, ',');
  else if (/[ \u00a0]/.test(s)) s = s.replace(SPACED, ',');
  // "3,494.750": after comma groups, a dot before exactly three digits is one more thousands separator (no count has three decimals).
  if (/^\d{1,3}(?:,\d{3})+\.\d{3}$/.test(s)) return { value: Number(s.replace(/[,.]/g, '')), precision: half(0) };
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) {
    const [, decimals = ''] = s.replace(/,/g, '').split('.');
    return { value: Number(s.replace(/,/g, '')), precision: half(decimals.length) };
  }
  // "2.120.346": two or more dots between groups of three digits are thousands separators.
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(s)) return { value: Number(s.replace(/\./g, '')), precision: half(0) };
  // "7,84,523" (lakhs and crores), "1,898,7323" (a group slipped): two or more commas between groups not all of three digits are still thousands separators.
  if (UNEVEN_GROUPS.test(s)) return { value: Number(s.replace(/,/g, '')), precision: half(0) };
  const m = /^(\d+)(?:[.,](\d+))?$/.exec(s);
  if (!m) return null;
  const decimals = m[2] ?? '';
  return { value: Number(decimals ? `${m[1]}.${decimals}` : m[1]), precision: half(decimals.length) };
}

/** Digits in three or more comma groups, the first of one to three digits, the others of two to four, the last of three or four: no decimal, no list. */
const UNEVEN_GROUPS = /^\d{1,3}(?:,\d{2,4})+,\d{3,4}$/;

/** Half a unit of the `decimals`-th decimal place, rounded to stay exact in binary. */
function half(decimals: number): number {
  return decimals < HALVES.length ? HALVES[decimals]! : Number((0.5 * 10 ** -decimals).toFixed(decimals + 1));
}

function scaled(x: number, scale: number): number {
  // 6.3 × 1e6 is 6299999.999… in binary; round to the digits the scale can hold.
  return Number((x * scale).toPrecision(15));
}

interface Numeral {
  value: number;
  precision: number;
  kind: 'digits' | 'word' | 'fraction';
}

function numeral(g: NumberGrammar, m: RegExpExecArray): Numeral | null {
  if (m[1] !== undefined) {
    const d = parseDigits(m[1]);
    return d && { ...d, kind: 'digits' };
  }
  if (m[2] !== undefined) {
    const f = g.fractions.get(norm(m[2]));
    return f ? { value: f[0] / f[1], precision: 0, kind: 'fraction' } : null;
  }
  const w = g.words.get(norm(m[3] ?? ''));
  return w === undefined ? null : { value: w, precision: 0.5, kind: 'word' };
}


const NUMBER_AT = new RegExp(String.raw`^(${DIGITS})(?![\p{L}\p{N}])`, 'u');

/** Every number in `text`, in order, none overlapping. Linear in the length of the text. */
export function findQuantities(text: string, g: NumberGrammar): Quantity[] {
  const out: Quantity[] = [];
  // Not re-entrant, but nothing below calls findQuantities: reuse the compiled pattern.
  const core = g.core;
  core.lastIndex = 0;
  let m: RegExpExecArray | null;
  const signed = signedMayStart(text);
  const mayStart = (before: string, at: number) =>
    signed(before, at) ||
    (before === '-' || before === '‐' || before === '‑'
      ? dashedCount(text, at) || splitSecond(text, at)
      : before === '/' && g.percentSlashRe.test(text.slice(Math.max(0, at - 12), at)));
  while ((m = nextMatch(core, text, mayStart))) {
    const q = readQuantity(text, m, g);
    if (!q) continue;
    // "57-43%", "45.5/54.5": a score pair, two shares of one whole (the second side's after the joiner).
    const pair = scorePair(text, q, g);
    if (pair) {
      out.push(...pair);
      core.lastIndex = Math.max(core.lastIndex, pair[1].end);
      continue;
    }
    out.push(q);
    // A spaced form read as its first group ("May 12, 100"): read on from there.
    core.lastIndex = /[ \u00a0]/.test(m[1] ?? '') ? q.end : Math.max(core.lastIndex, q.end);
  }
  return out;
}

/** Two shares joined with no space by a dash or a slash: "57-43%", "61–39 per cent", "45.5/54.5". */
const SCORE_PAIR = /^(\d{1,2}(?:\.\d{1,2})?)([-–/])(\d{1,2}(?:\.\d{1,2})?)(?![\d.,]\d|[\p{L}/-])/u;

/**
 * A score pair: two numbers of at most two digits (and two decimals) joined with no space by a
 * dash or a slash that make 100 between them ("the No vote ahead at 57-43%", "NSW - 41/59"):
 * the two sides' shares, read as two per-cent numbers. A dash needs a per-cent word after the
 * pair and the larger number first ("40-60%" is a range); even halves ("50/50", "a 50-50
 * chance") and other ratios ("2/1") stay as they were.
 */
function scorePair(text: string, q: Quantity, g: NumberGrammar): [Quantity, Quantity] | null {
  if (q.bound !== 'exact' || q.total || (q.kind !== 'quantity' && q.kind !== 'ratio') || (q.kind === 'quantity' && q.percent)) return null;
  const m = SCORE_PAIR.exec(text.slice(q.start));
  if (!m || q.text.length > m[0].length || q.text.length < m[1]!.length) return null;
  const [a, b] = [parseDigits(m[1]!), parseDigits(m[3]!)];
  if (!a || !b || a.value === b.value || Math.abs(a.value + b.value - 100) > 1e-6) return null;
  const after = q.start + m[0].length;
  const pct = g.percentRe.exec(text.slice(after, after + 20));
  if (m[2] !== '/' && (!pct || b.value > a.value)) return null;
  const secondStart = q.start + m[1]!.length + 1;
  const end = after + (pct ? pct[0].length : 0);
  const share = (start: number, stop: number, n: { value: number; precision: number }): Quantity => ({
    ...base(text, start, stop, 'quantity', { ...n, kind: 'digits' }),
    percent: true,
  });
  return [share(q.start, q.start + m[1]!.length, a), share(secondStart, end, b)];
}

function readQuantity(text: string, m: RegExpExecArray, g: NumberGrammar, wordValue?: number): Quantity | null {
  // "On May 12, 100 observers": after a month the spaced form is a day and a number.
  if (m[1] !== undefined && /[ \u00a0]/.test(m[1]) && g.monthBeforeRe.test(text.slice(Math.max(0, m.index - 12), m.index))) {
    const day = /^\d+/.exec(m[1])![0];
    const m2 = Object.assign([day, day], { index: m.index, input: m.input }) as unknown as RegExpExecArray;
    return readQuantity(text, m2, g, wordValue);
  }
  const read = numeral(g, m);
  if (!read) return null;
  // Letters glued to the digits: a per-cent, clock or scale word, or (after one or two decimals)
  // a capitalised word of the next list item ("60.71NSW"); the core pattern, case-blind, lets
  // any two letters through after decimals.
  const glued = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
  if (m[1] !== undefined && /^\p{L}/u.test(glued) && !/^\p{Lu}\p{L}/u.test(glued) && !g.gluedRe.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return null;
  const first: Numeral = wordValue === undefined ? read : { value: wordValue, precision: 0.5, kind: 'word' };
  let start = m.index;
  let end = m.index + m[0].length;
  const before = text.slice(Math.max(0, start - 40), start);
  let rest = text.slice(end, end + 80);
  let kind: QuantityKind = first.kind === 'fraction' ? 'fraction' : 'quantity';
  let value: number | null = first.value;
  let low: number | null = null;
  let high: number | null = null;
  let bound: Bound = 'exact';
  let precision = first.precision;
  let percent = false;
  let total: Quantity | null = null;
  let changeFrom = false;
  let ownEnd = -1;

  // "twenty-two": tens and units written as one word.
  const units = first.kind === 'word' && first.value >= 20 && first.value < 100 && first.value % 10 === 0 ? /^[-‐‑](\p{L}+)/u.exec(rest) : null;
  const unitValue = units ? g.words.get(norm(units[1]!)) : undefined;
  if (units && unitValue !== undefined && unitValue >= 1 && unitValue <= 9) {
    const m2 = Object.assign([...m], { index: m.index, input: m.input }) as unknown as RegExpExecArray;
    m2[0] = text.slice(m.index, end + units[0].length);
    return readQuantity(text, m2, g, first.value + unitValue);
  }
  // "won 17 seats or 9, 3% of votes": a decimal comma with a stray space before one digit and a per-cent sign (not in a list: "12, 9, 3%").
  const spacedDecimal = first.kind === 'digits' && /^\d{1,2}$/.test(m[1] ?? '') ? SPACED_DECIMAL.exec(rest) : null;
  if (spacedDecimal && !LIST_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) {
    const m2 = Object.assign([...m], { index: m.index, input: m.input }) as unknown as RegExpExecArray;
    m2[0] = text.slice(m.index, end + spacedDecimal[0].length);
    m2[1] = `${m[1]},${spacedDecimal[1]}`;
    return readQuantity(text, m2, g, wordValue);
  }
  // "two hundred", "one hundred and thirty-seven": hundreds written out are one number.
  const hundreds = first.kind === 'word' ? hundredsAfter(text, m, end, first.value, g) : null;
  if (hundreds) {
    const m2 = Object.assign([...m], { index: hundreds.start, input: m.input }) as unknown as RegExpExecArray;
    m2[0] = text.slice(hundreds.start, hundreds.end);
    return readQuantity(text, m2, g, hundreds.value);
  }
  // A time of day ("10:00", "18:00 local time", "8 p.m."): never a count.
  if (first.kind === 'digits' && /^\d{1,2}$/.test(m[1] ?? '')) {
    const clock = /^:\d{2}(?!\d)/.exec(rest);
    const hour = first.value <= 24 && g.hoursBeforeRe.test(before);
    if (clock || hour || (first.value <= 24 && g.clockRe.test(rest))) {
      let stop = end + (clock ? clock[0].length : 0);
      const word = g.clockRe.exec(text.slice(stop, stop + 20));
      if (word) stop += word[0].length;
      if (clock || word || hour) return base(text, start, stop, 'time', first);
    }
  }
  // "1430 GMT", "0800 hrs": hours and minutes in four digits, then a clock word.
  if (first.kind === 'digits' && /^(?:[01]\d|2[0-3])[0-5]\d$/.test(m[1] ?? '')) {
    const word = g.clockRe.exec(rest);
    if (word) return base(text, start, end + word[0].length, 'time', first);
  }
  // "1.15pm", "10.30 a.m.": hours and minutes with a dot, then a clock word.
  if (first.kind === 'digits' && /^(?:[01]?\d|2[0-4])\.[0-5]\d$/.test(m[1] ?? '')) {
    const word = g.clockRe.exec(rest);
    if (word) return base(text, start, end + word[0].length, 'time', first);
  }
  // A compound adjective ("23-hour", "seven-year") or a ratio ("50/50").
  // A compound keeps where its number ends (`ownEnd`): "the 98-seat chamber" names a size.
  if (/^[-‐‑]\p{L}/u.test(rest)) return { ...base(text, start, end + (/^[-‐‑][\p{L}-]+/u.exec(rest)?.[0].length ?? 0), 'compound', first), ownEnd: end };
  // "2 to 1" ("a two to one majority") is a ratio too, unless a change ("from 2 to 1").
  const afterFrom = FROM_BEFORE.test(before);
  const ratio = /^\/\d+(?![\p{L}\p{N}])/u.exec(rest) ?? (afterFrom ? null : /^\s+to\s+(?:1|one)(?![\p{L}\p{N}]|[.,]\d)/iu.exec(rest));
  if (ratio) return base(text, start, end + ratio[0].length, 'ratio', first);

  // Ranges of number words: "Seven to eight parties", "two or three seats" (not "from two to three": a change).
  const wordRange = first.kind === 'word' && !afterFrom ? WORD_RANGE.exec(rest) : null;
  const wordHigh = wordRange ? g.words.get(norm(wordRange[1]!)) : undefined;
  if (wordRange && wordHigh !== undefined && wordHigh > first.value) {
    end += wordRange[0].length;
    low = first.value;
    high = wordHigh;
    value = null;
    bound = 'range';
    rest = text.slice(end, end + 80);
  }
  // "fell from nine to four seats": a number word after "from" starts a change as digits do.
  if (first.kind === 'word' && afterFrom && !RANGE_FROM.test(before) && !MODAL_FROM.test(before)) changeFrom = true;

  // Ranges: "62-64", "10–12", "between 10 and 12", "53 to 54" (but "from 7% to 5%" is a change).
  if (first.kind === 'digits') {
    const between = /(?<![\p{L}])between\s+$/iu.exec(before);
    const ranging = RANGE_FROM.test(before);
    // "between 27.6%-33%", "between 24.2% to 29.5%": after "between" (or "ranging from"), the first
    // number may carry the per-cent sign before a dash or "to" too (the second must have it).
    const lead = between || ranging ? PER_CENT.exec(rest) : null;
    const joined = lead ? rest.slice(lead[0].length) : rest;
    const dash = /^(?:[-–]|\s?–\s?)/.exec(joined);
    // "between 22.5% and 26.5%": the first number may carry the per-cent sign the second has.
    const and = between ? RANGE_AND.exec(rest) : null;
    // "could win from 260 to 310 seats": after a modal verb, "from X to Y" is a range, not a change.
    // So is "X – from 115 to 145 seats" after such a range in its sentence: the verb left out.
    const fromChange = afterFrom && !ranging && !MODAL_FROM.test(before) && !(DASH_FROM.test(before) && MODAL_RANGE.test(text.slice(0, start)));
    const to = !fromChange ? /^\s+to\s+/i.exec(joined) : null;
    const joiner = and ?? dash ?? to;
    const skip = (lead && joiner !== and ? lead[0].length : 0) + (joiner?.[0].length ?? 0);
    const second = joiner ? NUMBER_AT.exec(rest.slice(skip)) : null;
    const secondDigits = second ? parseDigits(second[1]!) : null;
    const bothPerCent =
      (!and || !PER_CENT.test(and[0]) || (!!second && PER_CENT.test(rest.slice(and[0].length + second[0].length)))) &&
      (!lead || joiner === and || (!!second && PER_CENT.test(rest.slice(skip + second[0].length))));
    // "the 2021-2025 period": a span of years, no range of a figure.
    if (dash && joiner === dash && second && /^\d{4}$/.test(m[1] ?? '') && /^\d{4}$/.test(second[1]!) && first.value >= 1000 && first.value < 3000) {
      return base(text, start, end + skip + second[0].length, 'year', first);
    }
    if (joiner && second && secondDigits && secondDigits.value >= first.value && bothPerCent && !splitPair(text, start, joiner === dash, first.value, secondDigits.value, rest.slice(skip + second[0].length))) {
      if (between) start -= between[0].length;
      end += skip + second[0].length;
      low = first.value;
      high = secondDigits.value;
      value = null;
      bound = 'range';
      precision = Math.min(precision, secondDigits.precision);
      rest = text.slice(end, end + 80);
    } else if (fromChange) {
      changeFrom = true; // confirmed below: "from 7% to 5%", not "from 41 countries"
    }
  }

  // Scale word ("6.3 million").
  const scale = g.scaleRe.exec(rest);
  // "31,088,020 million votes": a whole number written out with its thousands separators, at
  // least the scale already, repeats the scale word; the word is read with it and scales nothing.
  const repeated = !!scale && first.kind === 'digits' && bound === 'exact' && /^\d{1,3}(?:,[ \u00a0]?\d{3})+$/.test(m[1] ?? '') && first.value >= (g.scales.get(norm(scale[1]!)) ?? Infinity);
  if (scale && repeated) {
    end += scale[0].length;
    rest = text.slice(end, end + 80);
  } else if (scale) {
    const factor = g.scales.get(norm(scale[1]!)) ?? 1;
    if (value != null) value = scaled(value, factor);
    if (low != null) low = scaled(low, factor);
    if (high != null) high = scaled(high, factor);
    precision = scaled(precision, factor);
    end += scale[0].length;
    rest = text.slice(end, end + 80);
    // "1 million 182 thousand 291": smaller scales and units that follow add up.
    let last = factor;
    while (value != null && Number.isInteger(first.value) && last > 1) {
      const more = g.mixed.exec(rest);
      if (!more) break;
      const f = more[2] ? g.scales.get(norm(more[2])) : undefined;
      if (more[2] && f === undefined) break;
      const step = f ?? 1;
      if (step >= last || Number(more[1]) * step >= last) break;
      value += Number(more[1]) * step;
      precision = scaled(0.5, step);
      last = step;
      end += more[0].length;
      rest = text.slice(end, end + 80);
    }
  }

  // "more than half of the votes": a fraction of the votes is a share of them (`numbers.fraction_of`).
  if (first.kind === 'fraction' && g.fractionOfRe.test(rest)) {
    kind = 'quantity';
    percent = true;
    value = Number((first.value * 100).toPrecision(12));
    precision = 0.5;
  }

  // Per cent.
  const pct = percent ? null : g.percentRe.exec(rest);
  if (pct) {
    percent = true;
    end += pct[0].length;
    rest = text.slice(end, end + 80);
  }

  // "nine and six percent", "41, 12 and 9 percent": the unit written once at the end of a list holds for all.
  // Not a year ("In 2017, 81.6 percent …") nor a count too large to be a share.
  if (!percent && !scale && kind === 'quantity' && value != null && value <= 100 && !/^\d{4}$/.test(m[1] ?? '')) {
    const join = /^(?:\s*,\s*|\s+(?:and|or)\s+)/i.exec(rest);
    if (join) {
      const sticky = g.sticky;
      sticky.lastIndex = end + join[0].length;
      const next = sticky.exec(text);
      const target = next && next.index === end + join[0].length ? readQuantity(text, next, g) : null;
      if (target?.percent && target.kind === 'quantity' && !target.total) percent = true;
    }
  }

  if (changeFrom) {
    const to = FROM_TO_LINK.exec(rest);
    const sticky = g.sticky;
    sticky.lastIndex = end + (to?.[0].length ?? 0);
    const next = to ? sticky.exec(text) : null;
    const target = next ? readQuantity(text, next, g) : null;
    changeFrom = !!target;
    // "from 7 to 5 percent": the unit written once holds for both.
    if (target?.percent) percent = true;
  }

  // Approximation and bound words right before the number.
  if (bound !== 'range') {
    const bw = g.boundRe.exec(text.slice(Math.max(0, start - 40), start));
    if (bw) {
      bound = g.bounds.get(norm(bw[1]!)) ?? 'exact';
      start -= bw[0].length;
      if (bound === 'lower-bound') [low, value] = [value, null];
      else if (bound === 'upper-bound') [high, value] = [value, null];
    }
  }

  // Counting progress ("With 95% of the votes counted"): the stage of the figures, not a figure.
  // A share paired with a count before it is that count's share of the votes counted so far
  // ("3,629,491, or 6.9 percent of votes counted", "equivalent to 58.7 percent of all votes counted").
  const paired = percent ? progressPaired(text, start, g) : null;
  if (paired) return { ...base(text, start, end, paired, first), value, low, high, bound, precision, percent };
  // A share a side won of the votes counted ("who obtained 14.93% of the votes counted", "has so far
  // secured 50% of the votes counted") is the side's, no progress: only words before it make it one.
  const won = percent && g.wonShareRe.test(text.slice(Math.max(0, start - 40), start));
  if (percent && !COUNT_PAIRED.test(text.slice(Math.max(0, start - 60), start)) && ((!won && (g.progressAfterRe.test(rest) || g.progressVerbRe.test(rest) || g.progressCountNounRe?.test(rest) || absoluteProgress(text, start, rest, g))) || g.progressBeforeRe.test(text.slice(Math.max(0, start - 40), start)))) {
    return { ...base(text, start, end, 'progress', first), value, low, high, bound, precision, percent };
  }
  const counted = percent ? -1 : countProgress(text, start, rest, g);
  if (counted >= 0) return { ...base(text, start, end + counted, 'progress', first), value, low, high, bound, precision, percent };
  // "counting was held for 542 seats", "one seat has yet to be tallied": seats counted or awaited, no figure (and no stage of the sentence).
  const seats = percent ? -1 : seatsCounted(text, start, rest, g);
  if (seats >= 0) return { ...base(text, start, end + seats, 'other', first), value, low, high, bound, precision, percent };

  // Noise: money, dates, years, durations.
  const lead = text.slice(Math.max(0, m.index - 12), m.index);
  if (g.currencyBeforeRe.test(lead) || g.currencyAfterRe.test(rest)) kind = 'money';
  // ("even less than 2019’s 33.06%": a year with a possessive is one after a bound word too.)
  else if (first.kind === 'digits' && !percent && !scale && (bound === 'exact' || /^['’]s(?![\p{L}])/u.test(rest)) && /^\d{4}$/.test(m[1] ?? '') && first.value >= 1000 && first.value < 3000) kind = 'year';
  else if (first.kind !== 'fraction' && (g.monthBeforeRe.test(lead) || g.monthAfterRe.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)))) kind = 'date';
  // "this Sunday (25)": a day of the month in brackets after a weekday.
  else if (first.kind === 'digits' && first.value >= 1 && first.value <= 31 && WEEKDAY_BRACKET.test(lead) && /^\)/.test(rest)) kind = 'date';
  // "The Althingi, founded in 930": a year of founding, however short.
  else if (first.kind === 'digits' && !percent && /^\d{3,4}$/.test(m[1] ?? '') && FOUNDED_IN.test(text.slice(Math.max(0, m.index - 30), m.index))) kind = 'year';
  else if (g.durationRe.test(rest)) kind = 'duration';
  // "0410 539 905", "(0040 GMT)", "TOP 09": a whole number written with a leading zero is a code or a phone number, no count.
  else if (first.kind === 'digits' && !percent && !scale && /^0\d/.test(m[0])) kind = 'other';
  else if (!percent && (g.otherRe.test(rest) || (first.kind === 'word' && g.otherModifiedRe.test(rest)))) kind = 'other';
  // "two other candidates": a subset of a figure named elsewhere.
  else if (!percent && g.subsetRe.test(rest)) kind = 'other';
  // "47% of voters believe that No will prevail": an opinion on the outcome, no vote.
  else if (percent && g.opinionRe.test(rest)) kind = 'other';
  // "51.6 percent of those eligible were women", "Women made up 23.9 per cent of the candidates": the part a group makes of a set, no figure.
  else if (percent && (g.groupShareAfterRe?.test(rest) || g.groupShareBeforeRe?.test(text.slice(Math.max(0, start - 40), start)))) kind = 'other';
  // "a coalition of four left-wing parties": the parties a coalition is made of, no figure.
  else if (!percent && compositionOf(text, m.index, rest, g)) kind = 'other';
  // "a record abstention rate equal to 52.83%", "to 7.0% economic growth": a rate that is no figure of the election.
  else if (percent && otherRate(text, start, rest, g)) kind = 'other';
  // "repeated voting in around thirty polling stations": the stations where something went wrong, no figure.
  else if (!percent && stationIncident(text, m.index, rest, g)) kind = 'other';
  // "Ann Ames, 53, was elected", "Ann Ames (53), who …": a person's age.
  else if (first.kind === 'digits' && !percent && !scale && bound === 'exact' && age(text, m.index, end)) kind = 'other';
  // "the two candidates", "the big three": a number word after "the" names a set, no count (not
  // the whole of "six of the seven", nor a name: "the Five Star Movement").
  // A clause of what a party held makes it a count: "the seven it previously held", "the three they had before".
  else if (first.kind === 'word' && !percent && bound === 'exact' && /^\p{Ll}/u.test(m[0]) && !HELD_CLAUSE.test(rest) && !GAINED_SEATS.test(rest) && !g.setAsideAfterRe?.test(rest) && definiteSet(g, text.slice(Math.max(0, m.index - 40), m.index))) kind = 'other';
  // "elected in 14 multi-member constituencies", "held by 14 multi-member constituencies": a count of the places voted in, no figure.
  else if (!percent && PLACES_IN.test(text.slice(Math.max(0, start - 12), start)) && PLACES_AFTER.test(rest)) kind = 'other';
  // "three of them": a part of a figure named before, not a figure of its own.
  else if (!percent && /^\s+of\s+(?:them|those|whom|which|these)(?![\p{L}])/iu.test(rest)) kind = 'part';

  // "22 out of 29", "23 of the 29", "6,120,400 voters out of the total 9,800,000": the total is a
  // quantity of its own (one word may stand before "out of", "the total" or "a total of" after it).
  if (kind === 'quantity') {
    const of = /^(?:\s+\p{L}+(?=\s+out\s+of\s))?\s+(?:out\s+of(?:\s+(?:the|a)\s+total(?:\s+of)?)?|of\s+the\s+total(?:\s+of)?|of\s+the(?:[\s-]+then)?|of)\s+/iu.exec(rest);
    if (of) {
      const sticky = g.sticky;
      sticky.lastIndex = end + of[0].length;
      const n = sticky.exec(text);
      if (n) {
        const t = readQuantity(text, n, g);
        // "39 out of 40 constituencies": the part counts what the whole counts.
        if (t && t.kind === 'other' && !percent) kind = 'other';
        // "62% of 2 521 polling stations": a share of the stations is a part, no figure; their count is one.
        else if (t && percent && stationsWhole(text, t, g)) kind = 'part';
        else if (t && t.kind === 'quantity') {
          total = t;
          ownEnd = end;
          end = t.end;
          if (t.percent) percent = true;
        }
      }
    }
  }

  return { start, end, text: text.slice(start, end), kind, value, low, high, bound, precision, percent, total, ownEnd: ownEnd < 0 ? end : ownEnd, changeFrom };
}

/**
 * The whole of a share that is a count of polling stations ("Only 62% of 2 521 polling stations
 * opened on time", "98.31 percent of 107,785 precincts"): a count, no share, with a noun of
 * stations (`progress.units`) right after it. The share is a part of it; the count stays a figure.
 */
function stationsWhole(text: string, t: Quantity, g: NumberGrammar): boolean {
  return t.kind === 'quantity' && !t.percent && !t.total && !!g.countUnitsRe?.test(text.slice(t.end, t.end + 80));
}

/** "four seats remaining to be assigned", "nine constituencies still to be declared": what the count has still to go through. */
const STILL_TO_COME = /^\s+(?:\p{L}+\s+)?(?:remaining|left|still|yet)\s+to\s+be\s/iu;

/**
 * A count of parties right after words that make it what a coalition is made of ("the coalition of
 * four left-wing parties", "which brought together 15 small leftist parties"): no figure.
 */
function compositionOf(text: string, at: number, rest: string, g: NumberGrammar): boolean {
  return !!g.compositionBeforeRe?.test(text.slice(Math.max(0, at - 40), at)) && !!g.compositionAfterRe?.test(rest);
}

/**
 * A share of a rate that is no figure of the election (`other_rates`): the rate before it in its
 * clause, with no capital, other share or stop between ("a record abstention rate equal to
 * 52.83%", "the highest abstention in 60 years, with more than 40%"), or right after it ("7.0%
 * economic growth").
 */
function otherRate(text: string, start: number, rest: string, g: NumberGrammar): boolean {
  if (g.otherRateAfterRe?.test(rest)) return true;
  const before = g.otherRateBeforeRe?.exec(text.slice(Math.max(0, start - 80), start));
  return !!before && !/\p{Lu}/u.test(before[1]!);
}

/**
 * A count of polling stations where something went wrong: `incident_before` right before it
 * ("repeated voting in around thirty polling stations", "140 reports about 80 polling stations")
 * or `incident_after` right after its noun ("221 polling stations were cancelled"). A part of
 * the stations, no figure.
 */
function stationIncident(text: string, at: number, rest: string, g: NumberGrammar): boolean {
  const units = g.incidentUnitsRe?.exec(rest);
  return !!units && (!!units[1] || !!g.incidentBeforeRe?.test(text.slice(Math.max(0, at - 50), at)));
}

/** "out of 405", "out of the 265", "out 405", "of the 276", "(out of a total 121)": the total of a count's progress. */
const COUNT_TOTAL = String.raw`\s+\(?(?:out\s+(?:of\s+)?|of\s+)(?:(?:the|a)\s+)?(?:total\s+(?:of\s+)?)?\d{1,3}(?:,\d{3})*(?!\d)\)?`;
/** The patterns of `seats_counted` (`seatsCounted`). */
function seatsCountedGrammar(s: Numbers['seats_counted']): Pick<NumberGrammar, 'seatsCountedRe' | 'seatsCountedBeforeRe' | 'seatsPendingBeforeRe' | 'seatsPendingAfterRe'> {
  if (!s.nouns.length) return { seatsCountedRe: null, seatsCountedBeforeRe: null, seatsPendingBeforeRe: null, seatsPendingAfterRe: null };
  return {
    seatsCountedRe: new RegExp(String.raw`^(${COUNT_TOTAL})?(?:\s+[\p{Ll}-]+){0,3}?\s+(?:${alternation(s.nouns)})${E}(${COUNT_TOTAL})?`, 'iu'),
    seatsCountedBeforeRe: s.before.length ? new WordStartRegExp(String.raw`${B}(?:${alternation(s.before)})${E}(?:[^.;:!?\d]{0,60}?\s(?:for|from)|[^.;:!?\d]{0,20}?\sof)\s+(?:(?:each|all)\s+of\s+)?(?:the\s+)?(?:remaining\s+)?$`, 'iu') : null,
    seatsPendingBeforeRe: s.pending_before.length ? new WordStartRegExp(String.raw`${B}(?:${alternation(s.pending_before)})\s+$`, 'iu') : null,
    // In the seats' clause: no digit, stop, comma, "and" or "but" between ("one seat in the north has yet to be tallied").
    seatsPendingAfterRe: s.pending_after.length ? new RegExp(String.raw`^(?:(?!\s(?:and|but)\s)[^.;:!?,\d]){0,60}?${B}(?:${alternation(s.pending_after)})${E}`, 'iu') : null,
  };
}

/**
 * A count of seats whose results are counted or still awaited, no figure (how far the count is,
 * or what it has still to go through; read as no stage, unlike `countProgress`: "Unity – 240"
 * after "votes were counted for 542 seats" stays final): the count after words of counting and "for" or "from" in
 * its clause ("counting was held for 542 seats", "results announced by the commission for 264 out
 * of the 266 seats": the total too), right after a pending word ("the unannounced three seats"), or
 * with a pending phrase after the seats in their clause ("With 219 seats accounted for", "one seat
 * in the north has yet to be tallied", "the remaining two seats have been postponed"). "Unity won
 * 40 seats" stays. "of" right after a word of counting is as "for" ("Unofficial results of 297 seats out
 * of 299": a total after the noun is the count's too). Returns how many characters after the
 * number the count takes, or -1.
 */
function seatsCounted(text: string, start: number, rest: string, g: NumberGrammar): number {
  const seats = g.seatsCountedRe?.exec(rest);
  if (!seats) return -1;
  const before = text.slice(Math.max(0, start - 100), start);
  if (g.seatsCountedBeforeRe?.test(before) || g.seatsPendingBeforeRe?.test(before) || g.seatsPendingAfterRe?.test(rest.slice(seats[0].length))) return seats[2] ? seats[0].length : seats[1] ? seats[1].length : 0;
  return -1;
}

/** "constituencies out of 265": the total after the areas. */
const AREAS_TOTAL = new RegExp(String.raw`^${COUNT_TOTAL}`, 'iu');

/**
 * A count (no share) that is how far the count is, no figure: votes or ballots counted ("with
 * around 160 thousand ballots counted"), or counting units or areas after words that say results
 * come from them ("based on 267 constituency results", "after counting data from 2,206 polling
 * stations"). Of polling stations the total stays a figure ("results from 396 out of 405 polling
 * stations": 405 polling stations); of areas it is the progress's ("results of 257 constituencies
 * out of 265"). Returns how many characters after the number the progress takes, or -1.
 */
function countProgress(text: string, start: number, rest: string, g: NumberGrammar): number {
  if (g.progressCountRe?.test(rest) || STILL_TO_COME.test(rest)) return 0;
  if (fromUnits(text, start, rest, g)) return 0;
  if (!g.countBeforeRe?.test(text.slice(Math.max(0, start - 40), start))) return -1;
  if (g.countUnitsRe?.test(rest)) return 0;
  const area = g.countAreasRe?.exec(rest);
  if (!area) return -1;
  const after = area[1] ? null : AREAS_TOTAL.exec(rest.slice(area[0].length));
  return area[1] ? area[1].length : after ? area[0].length + after[0].length : 0;
}

/** "with" or "after" opening a clause right before a share (a bound word is part of the share), maybe past a markdown emphasis. */
const ABSOLUTE_OPENER = /(?<![\p{L}\p{N}])(?:with|after)\s+[*_]{0,2}$/iu;

/**
 * A share that opens a clause of "with" or "after" whose verb is one of counting is how far the count
 * is, whatever words name what was counted ("With 56% of voting centers reporting", "After 86% of the
 * votes in Tuesday's election have been counted", "with 96,19%% of the vote counted": a doubled sign);
 * up to seven words between, no number, stop or word that joins another clause ("won with 55.1
 * percent of the votes with all ballots tallied" stays the side's share).
 */
function absoluteProgress(text: string, start: number, rest: string, g: NumberGrammar): boolean {
  return ABSOLUTE_OPENER.test(text.slice(Math.max(0, start - 12), start)) && g.absoluteProgressRe.test(rest);
}

/** "from" right before a number, maybe past a markdown emphasis ("From *5,107*"). */
const FROM_UNITS = /(?<![\p{L}\p{N}])from\s+[*_]{0,2}$/iu;
/** A total after "from" ("280 from 405 polling stations"): read as "out of". */
const FROM_TOTAL = /^\s+from\s+(?=\d)/iu;

/**
 * A count of counting units (`progress.units`) right after "from", no word between: the places
 * results came from, how far the count is ("results received by the observers from 105,726
 * clustered precincts", "From 5,107 out of the total 5,890 voting places already covered", "after
 * counting votes from 280 from 405 polling stations": both). "from the 8,723 polling stations in the
 * country" and "from all 5,890 polling places" name the whole and stay figures.
 */
function fromUnits(text: string, start: number, rest: string, g: NumberGrammar): boolean {
  if (!FROM_UNITS.test(text.slice(Math.max(0, start - 12), start))) return false;
  return !!g.countUnitsRe?.test(rest.slice(0, 80).replace(/[*_]/g, '').replace(FROM_TOTAL, ' out of '));
}

/** A count, up to three words, and a word that joins a share to it right before the share: "2,206 polling stations, which corresponds to ". */
const PAIRED_BEFORE = /(?<![\d.,])(\d(?:[\d,.\s]*\d)?)((?:\s+\p{L}+){1,3})\s*,?\s*(?:or|representing|equivalent\s+to|equal\s+to|which\s+corresponds\s+to|corresponding\s+to)\s+$/u;

/**
 * A share joined to a count before it that is how far the count is: that count's share of the
 * whole, how far the count is too ("after counting data from 2,206 polling stations, which
 * corresponds to 70.91% of the total"). After a count of votes that `count_before` opens ("early
 * projections based on 10,000 votes, or 3% of the votes cast"), the sample an estimate rests on:
 * no figure, and no stage of its sentence (`other`). "Unity won 10,000 votes, or 3%" stays Unity's.
 */
function progressPaired(text: string, start: number, g: NumberGrammar): 'progress' | 'other' | null {
  const from = Math.max(0, start - 90);
  const m = PAIRED_BEFORE.exec(text.slice(from, start));
  if (!m) return null;
  const at = from + m.index;
  const rest = text.slice(at + m[1]!.length, start);
  if (countProgress(text, at, rest, g) >= 0) return 'progress';
  return g.countBeforeRe?.test(text.slice(Math.max(0, at - 40), at)) && g.progressCountNounsRe?.test(rest) ? 'other' : null;
}

/** A count, maybe a colon, and an opening bracket right before a number: "Unity: 2 (". */
const COUNT_BRACKET = /(?<![\d.,])(\d+)\s*(?:\p{L}+\s*)?:?\s*\($/u;

/**
 * "Unity: 2 (1-1)", "Reform 1 (0-1)": two numbers joined by a dash in brackets right after a
 * count they add up to are the count's two parts (seats of two tiers), no range.
 */
function splitPair(text: string, start: number, dashed: boolean, low: number, high: number, after: string): boolean {
  if (!dashed || !/^\)/.test(after)) return false;
  const count = COUNT_BRACKET.exec(text.slice(Math.max(0, start - 20), start));
  return !!count && Number(count[1]) === low + high;
}

/** The first part and the dash of a split pair before the second part: "2 (1-". */
const SPLIT_FIRST = /(?<![\d.,])(\d+)\s*(?:\p{L}+\s*)?:?\s*\((\d+)[-‐‑]$/u;

/** Whether the number at `at` is the second part of a split pair ("Unity: 2 (1-1)": the last 1), read on its own. */
function splitSecond(text: string, at: number): boolean {
  const first = SPLIT_FIRST.exec(text.slice(Math.max(0, at - 24), at));
  const second = /^(\d+)\)/.exec(text.slice(at, at + 12));
  return !!first && !!second && Number(first[1]) === Number(first[2]) + Number(second[1]);
}

/** ", 3" before a per-cent sign or word: the decimals of "9, 3%". */
const SPACED_DECIMAL = /^,\s(\d)(?=\s?%|\s?per\s?cent|\s?percent)/iu;
/** A number and a comma right before: a list ("12, 9, 3%"). */
const LIST_BEFORE = /\d%?,\s*$/u;

/** "hundred" after a word for one to nine ("two hundred"), and "and" with a word below a hundred after it ("hundred and thirty-seven"). */
const HUNDRED_AFTER = /^\s+hundred(?![\p{L}])/iu;
const HUNDRED_AND = /^\s+and\s+(\p{L}+)(?:[-‐‑](\p{L}+))?(?![\p{L}])/iu;
/** "one hundred", "a hundred": the word before "hundred" (never read alone). */
const ONE_BEFORE = /(?<![\p{L}])(?:one|a)\s+$/iu;

/**
 * Hundreds written out as words: "two hundred" (200), "one hundred and thirty-seven" (137), "a
 * hundred and five" (105). The number word at `m` is a word for one to nine before "hundred", or
 * "hundred" itself; returns where the whole number starts and ends and its value, or null.
 */
function hundredsAfter(text: string, m: RegExpExecArray, end: number, value: number, g: NumberGrammar): { start: number; end: number; value: number } | null {
  let start = m.index;
  let total: number;
  if (norm(m[0]) === 'hundred') {
    const one = ONE_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
    if (one) start -= one[0].length;
    total = 100;
  } else {
    const h = value >= 1 && value <= 9 && Number.isInteger(value) ? HUNDRED_AFTER.exec(text.slice(end)) : null;
    if (!h) return null;
    end += h[0].length;
    total = value * 100;
  }
  const and = HUNDRED_AND.exec(text.slice(end));
  const tens = and ? g.words.get(norm(and[1]!)) : undefined;
  const units = and?.[2] ? g.words.get(norm(and[2])) : undefined;
  const rest = tens === undefined || tens < 1 || tens > 99 ? undefined : and![2] === undefined ? tens : tens >= 20 && tens % 10 === 0 && units !== undefined && units >= 1 && units <= 9 ? tens + units : undefined;
  if (rest !== undefined) return { start, end: end + and![0].length, value: total + rest };
  return total === 100 && start === m.index ? null : { start, end, value: total };
}

/** "in", "by", "across" right before a count of places ("elected in 14 multi-member constituencies"). */
const PLACES_IN = /(?<![\p{L}])(?:in|by|across)\s+$/iu;
/** Constituencies or districts after a count, past one modifier ("multi-member"; not "single-member": one seat each, a count of seats). */
const PLACES_AFTER = /^\s+(?:(?!single)[\p{L}-]+\s+)?(?:constituencies|districts|electorates)(?![\p{L}])/iu;

/** A weekday and an opening bracket right before a day of the month: "this Sunday (". */
const WEEKDAY_BRACKET = /(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*\($/u;
/** "founded in", "established in" right before a year. */
const FOUNDED_IN = /(?<![\p{L}])(?:founded|established|created|formed)\s+in\s+$/iu;

/** "to" or "or" and a second number word right after a number word: "seven to eight", "two or three". */
const WORD_RANGE = /^\s+(?:to|or)\s+(\p{L}+)(?![\p{L}\p{N}])/u;

/** A count (and its unit word), then a link that pairs a share with it: "3,629,491 votes, or ", "1,200 votes, equivalent to ". */
const COUNT_PAIRED = /\d{1,3}(?:[,.\s]\d{3})+(?:\s+\p{L}+)?\s*,?\s*(?:or|representing|equivalent\s+to|equal\s+to)\s+$/u;

/** An age: "Ames, 53, was", "Ann Ames (53), who": two digits (18 to 110) between commas after a capitalised name and before a lower-case word (no list's "and"), or in brackets before ", who". */
const AGE_COMMA_BEFORE = /\p{Lu}[\p{L}'’-]*,\s$/u;
const AGE_COMMA_AFTER = /^,\s+(?!(?:and|or|while|but|with|respectively)(?![\p{L}]))\p{Ll}/u;
const AGE_BRACKETS = /^\),\s+(?:who|whose)(?![\p{L}])/u;
function age(text: string, start: number, end: number): boolean {
  const digits = text.slice(start, end);
  if (!/^\d{2,3}$/.test(digits) || Number(digits) < 18 || Number(digits) > 110) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 20);
  return (AGE_COMMA_BEFORE.test(before) && AGE_COMMA_AFTER.test(after)) || (/\p{Lu}[\p{L}'’-]*\s\($/u.test(before) && AGE_BRACKETS.test(after));
}

/** Pronouns that stand for a part of a set: "those of the two parties", "each of the three". */
const SET_PRONOUN = /^(?:those|these|that|this|each|either|neither|any|none|all|both)$/iu;

/**
 * A number word's words before it name a set ("the two", "the other two", "those of the two
 * parties"), not the whole of a part ("six of the seven": a number before "of").
 */
/** "the seven it previously held", "the three they had before": a relative clause of what a party held or won. */
/** Seats named as a gain right after a number ("securing the three additional seats"): a count, no set. */
const GAINED_SEATS = /^\s+(?:additional|extra)\s+seats(?![\p{L}])/iu;
const HELD_CLAUSE = /^\s+(?:seats\s+)?(?:it|they|he|she)\s+(?:\p{L}+ly\s+)?(?:had|held|won|got|obtained)(?![\p{L}])/iu;

function definiteSet(g: NumberGrammar, before: string): boolean {
  const d = g.definiteBeforeRe.exec(before);
  if (!d) return false;
  const lead = before.slice(0, d.index);
  if (/(?<![\p{L}])than\s+$/iu.test(lead)) return false;
  // "of the six parties": a count ("the representatives of the six parties in parliament"),
  // unless a pronoun stands for the part ("those of the two parties": the set).
  const part = /(?<![\p{L}\p{N}])([\p{L}\p{N}.,]+)\s+of\s+$/iu.exec(lead);
  return !part || SET_PRONOUN.test(part[1]!);
}

function base(text: string, start: number, end: number, kind: QuantityKind, n: Numeral): Quantity {
  return {
    start,
    end,
    text: text.slice(start, end),
    kind,
    value: n.value,
    low: null,
    high: null,
    bound: 'exact',
    precision: n.precision,
    percent: false,
    total: null,
    ownEnd: end,
    changeFrom: false,
  };
}
