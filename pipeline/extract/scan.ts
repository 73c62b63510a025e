/**
 * Word lists scanned once over a whole article body instead of once per sentence: the same
 * matches, found faster (one large pattern at a time over the body keeps the engine's code and
 * data warm; a sentence's rules use some twenty lists in turn).
 *
 * A list's pattern (`wordsRe`: literal words, separators, an ASCII lookbehind at its start and a
 * one-character lookahead at its end) finds in a sentence exactly what it finds at the same
 * place in the body, when three things hold, and the scan of the sentence is served from the
 * body's scan only then (else the sentence is scanned on its own, as before):
 * - the character before the sentence in the body is no ASCII letter or digit (nor "ſ" or the
 *   Kelvin sign, which match one under `iu`): the lookbehind sees it at the sentence's first
 *   character, where the sentence alone has none;
 * - the character after it is no letter or digit (the lookahead at its end passes in both);
 * - no match the sentence's scan would try runs past the sentence's end (in the body a longer
 *   phrase may go on into the next sentence where the sentence alone has a shorter one).
 * Then a way through the pattern that matches in the sentence matches in the body and the other
 * way round, so at each place the engine takes the same one. The body's scan records the match at
 * every place where one starts (not only those a scan from the start would reach), so the scan of
 * a sentence, with any guard on the character before a match (`nextMatch`), is replayed from it.
 *
 * Over the body, a list's pattern is run only where one of its phrases may start (`scanBody`).
 *
 * Only the lists read on nearly every sentence are scanned so (extract's `BODY_LISTS`): a list
 * read on a few sentences costs less scanned on those. Cost: linear in the body.
 */
import { charBefore } from './numbers.ts';

/** What the lookbehind of a list's pattern refuses before it: under `iu` also "ſ" and the Kelvin sign. */
const ASCII_WORD = /^[A-Za-z0-9]$/iu;
const WORD_CHAR = /^[\p{L}\p{N}]$/iu;

/** Where each match of a pattern starts and ends in a body, in order of start (one per start). */
interface Scan {
  starts: number[];
  ends: number[];
}

/** One body (an article's, or its folded form) and the texts of its sentences. */
class Body {
  /** Where a sentence's text starts in the body (its first place, if it is written twice). */
  private at = new Map<string, number>();
  private scans = new Map<RegExp, Scan>();

  constructor(
    readonly text: string,
    ranges: readonly { start: number; end: number }[],
  ) {
    for (const r of ranges) {
      const t = text.slice(r.start, r.end);
      if (!this.at.has(t)) this.at.set(t, r.start);
    }
  }

  /** The places where no ASCII letter or digit stands before a character other than an ASCII space (a phrase may start there). */
  wordStarts(): Int32Array {
    if (this.starts) return this.starts;
    const text = this.text;
    const out = new Int32Array(text.length);
    let n = 0;
    let wordBefore = false;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // (Not inside a surrogate pair: a pattern with the flag `u` starts at none.)
      const inPair = code >= 0xdc00 && code <= 0xdfff && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
      if (!wordBefore && !inPair && code !== 0x20 && code !== 0x0a && code !== 0x09 && code !== 0x0d) out[n++] = i;
      wordBefore = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
    }
    return (this.starts = out.subarray(0, n));
  }
  private starts: Int32Array | null = null;

  /**
   * The matches `nextMatch` finds in `sentence` with `guard` (offsets in the sentence), from the
   * body's scan; undefined when the sentence is no sentence of this body, or the body's scan
   * does not tell (see the module's comment).
   */
  matches(re: RegExp, sentence: string, guard: (before: string, at: number) => boolean, first: boolean): [number, number][] | undefined {
    const s = this.at.get(sentence);
    if (s === undefined) return undefined;
    let scan = this.scans.get(re);
    if (!scan) this.scans.set(re, (scan = scanBody(re, this)));
    const e = s + sentence.length;
    const body = this.text;
    if (s > 0 && ASCII_WORD.test(body[s - 1]!)) return undefined;
    if (e < body.length && WORD_CHAR.test(String.fromCodePoint(body.codePointAt(e)!))) return undefined;
    const { starts, ends } = scan;
    const out: [number, number][] = [];
    let cursor = s;
    for (let i = firstAtOrAfter(starts, s); i < starts.length && starts[i]! < e; i++) {
      const start = starts[i]!;
      if (start < cursor) continue;
      if (ends[i]! > e) return undefined;
      if (!guard(charBefore(sentence, start - s), start - s)) continue;
      out.push([start - s, ends[i]! - s]);
      if (first) break;
      cursor = ends[i]!;
    }
    return out;
  }
}

/**
 * The match at every place of `text` where `re` (global) matches, in order. A list's pattern
 * (`listStarts`) is run only at the places where one of its phrases may start: after no ASCII
 * letter or digit (its lookbehind), on a first character, or first two, that one of its phrases
 * may begin with; the places it is not run at are places it does not match.
 */
function scanBody(re: RegExp, body: Body): Scan {
  const starts: number[] = [];
  const ends: number[] = [];
  const text = body.text;
  const begins = beginnings.get(re);
  if (!begins) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
      re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
    }
    re.lastIndex = 0;
    return { starts, ends };
  }
  let sticky = stickies.get(re);
  if (!sticky) stickies.set(re, (sticky = new RegExp(re.source, `${re.flags.replace('g', '')}y`)));
  const { one, two, other } = begins;
  for (const p of body.wordStarts()) {
    const a = asciiFold(text.charCodeAt(p));
    if (a >= 128 ? !other : one[a] !== 1 && !(p + 1 < text.length && secondOf(two, a, asciiFold(text.charCodeAt(p + 1))))) continue;
    sticky.lastIndex = p;
    // A sticky pattern matches only at `p`; where it does, it is left at the match's end.
    if (sticky.test(text)) {
      starts.push(p);
      ends.push(sticky.lastIndex);
    }
  }
  return { starts, ends };
}

/**
 * The first characters of a list's phrases, as `alternation` reads them (the first word of a
 * phrase split at spaces and hyphens), folded as a pattern with the flags `iu` compares ASCII:
 * `one` holds a first character that may begin a match whatever follows it, `two` (index
 * `first * 128 + second`) a first two; `other` says that a first character may match one outside
 * ASCII. Under `iu` an ASCII character matches only itself in either case, and "ſ" and the Kelvin
 * sign (`asciiFold`), an apostrophe of the pattern (`['’]`) either apostrophe.
 */
interface Beginnings {
  one: Uint8Array;
  two: Uint8Array;
  other: boolean;
}
const beginnings = new WeakMap<RegExp, Beginnings>();
const stickies = new WeakMap<RegExp, RegExp>();

/** Registers the phrases of a list's pattern (`wordsRe`), for its scans over a body. */
export function listStarts(re: RegExp, phrases: readonly string[]): void {
  const b: Beginnings = { one: new Uint8Array(128), two: new Uint8Array(128 * 128), other: false };
  for (const p of phrases) {
    if (p.trim() === '') continue;
    const first = [...p.trim().split(/[\s\-‐‑]+/)[0]!].map((ch) => asciiFold(ch === '’' ? 0x27 : ch.codePointAt(0)!));
    // A phrase that starts with a separator: its pattern is run everywhere.
    if (first.length === 0) return;
    const [a, c] = first as [number, number | undefined];
    if (a >= 128 || a === 0x27) b.other = true;
    if (a >= 128) continue;
    if (c === undefined || c >= 128 || c === 0x27) b.one[a] = 1;
    else b.two[a * 128 + c] = 1;
  }
  beginnings.set(re, b);
}

/** Whether a phrase may start with the (folded) ASCII characters `a`, `b`; only an ASCII `b` may. */
const secondOf = (two: Uint8Array, a: number, b: number) => b < 128 && two[a * 128 + b] === 1;

/** A character code as the ASCII letter it matches under `iu` (lower case), else itself. */
function asciiFold(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code === 0x17f) return 0x73;
  if (code === 0x212a) return 0x6b;
  return code;
}

/** The first index of `sorted` whose value is at least `at`. */
export function firstAtOrAfter(sorted: number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An article's body and its folded form (`fold`, code unit for code unit), with its sentences. */
export class BodyScans {
  private bodies: Body[];
  constructor(body: string, folded: string, sentences: readonly { start: number; end: number }[]) {
    this.bodies = [new Body(body, sentences)];
    if (folded !== body) this.bodies.push(new Body(folded, sentences));
  }

  /** `matches` of the first body the sentence is of (see `Body.matches`). */
  matches(re: RegExp, sentence: string, guard: (before: string, at: number) => boolean, first = false): [number, number][] | undefined {
    for (const b of this.bodies) {
      const found = b.matches(re, sentence, guard, first);
      if (found) return found;
    }
    return undefined;
  }
}
