/**
 * Names that are no entity, and who gives a figure.
 *
 * - `capitalisedNames`: the capitalised names of a sentence ("The Brightway party won 9 seats":
 *   "Brightway"), without those the lexicon knows (entities, countries, metric and unit words) and
 *   without the words that open sentences ("The", "With", …). A number such a name leads is given
 *   to the entity `unknown` with the name as written, never to the whole election.
 * - `nearestAlias`: the alias nearest in spelling to an unknown name, for the warning and for the
 *   line `make claims` suggests.
 * - `attribution`: who the sentence says gives its figures ("according to the Central Election
 *   Commission", "an exit poll by Ipsos", "analysts estimate"), from the lexicon's words.
 *
 * All per sentence, linear in its length.
 */
import * as msg from '../shared/messages.ts';
import { nextMatch } from './numbers.ts';
import type { Named } from './structure.ts';

/** A run of capitalised words, with "of", "and", "for", "the" and "'s" allowed inside. */
const NAME = /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|and|for|the|de|la|del)\s+)*\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;

/**
 * The capitalised names in `text` that are none of `known` (spans of names the lexicon knows)
 * and whose words are not all in `common` (lower-cased words that are no names: sentence
 * openers, metric and unit words, months).
 */
export function capitalisedNames(text: string, known: { start: number; end: number }[], common: ReadonlySet<string>): Named[] {
  const out: Named[] = [];
  NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME.exec(text))) {
    let start = m.index;
    let words = m[0].split(/\s+/);
    // Leading words that are no name ("The Brightway party", "In Northport", "Freedonia's") are dropped.
    const isCommon = (w: string) => common.has(w.toLowerCase().replace(/[’]/g, "'").replace(/'s$/, ''));
    while (words.length > 0 && isCommon(words[0]!)) {
      start += words[0]!.length;
      start += /^\s*/.exec(text.slice(start))![0].length;
      words = words.slice(1);
    }
    const value = words.join(' ').replace(/[.’']+$/, '');
    if (!value || words.every(isCommon)) continue;
    const end = start + value.length;
    if (known.some((k) => start < k.end && k.start < end)) continue;
    out.push({ start, end, value });
  }
  return out;
}

/** Levenshtein distance of two short strings (names and aliases: a few dozen characters). */
export function distance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The alias nearest in spelling to `name` (spaces, case and punctuation aside), with its entity. */
export function nearestAlias(name: string, entities: { id: string; aliases: string[] }[]): { alias: string; id: string; distance: number } | null {
  let best: { alias: string; id: string; distance: number } | null = null;
  const n = fold(name);
  for (const e of entities) {
    for (const alias of e.aliases) {
      const d = distance(n, fold(alias));
      if (!best || d < best.distance) best = { alias, id: e.id, distance: d };
    }
  }
  return best;
}

/** A lexicon line for an unknown name: an alias of the nearest entity when it is close, else a new entity. */
export function suggestedLine(name: string, nearest: { alias: string; id: string; distance: number } | null): string {
  if (nearest && nearest.distance <= Math.max(2, Math.floor(fold(name).length / 3))) return msg.CLAIMS_SUGGEST_ALIAS(name, nearest.id);
  const id = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/^-+|-+$/g, '');
  return msg.CLAIMS_SUGGEST_ENTITY(id || 'new-entity', name);
}

export interface AttributionWords {
  /** "according to X", "an exit poll by X" (global, case-insensitive word patterns). */
  before: RegExp;
  /** "X said", "X estimate": the words after the name (global, case as written). */
  after: RegExp;
  /** Sources named without a name ("analysts", "the election commission"). */
  sources: RegExp;
  /** Whether a match may start after this character (no letter or digit before it). */
  guard: (before: string) => boolean;
}

const STOP = /[,;:()"“”]|\s(?:on|in|at|with|after|which|who|that|shows?|showed|said|says|gave|gives|put|puts|and)\s/iu;
/** Up to five capitalised words right before a verb ("the Central Election Commission said"). */
const NAME_BEFORE = /(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}$/u;

/** The first match of a global word pattern whose start passes the guard. */
function first(re: RegExp, text: string, guard: (before: string) => boolean): RegExpExecArray | null {
  re.lastIndex = 0;
  return nextMatch(re, text, guard);
}

/** Who the sentence says gives its figures, or null. Three scans of the sentence at most. */
export function attribution(text: string, w: AttributionWords): string | null {
  const b = first(w.before, text, w.guard);
  if (b) {
    let rest = text.slice(b.index + b[0].length);
    const the = /^\s+(?:the\s+)?/iu.exec(rest);
    const lead = b[0] + (the ? the[0] : '');
    rest = rest.slice(the ? the[0].length : 0);
    const stop = STOP.exec(rest);
    const who = (stop ? rest.slice(0, stop.index) : rest).replace(/[.\s]+$/, '').split(/\s+/).slice(0, 8).join(' ');
    if (who) return `${lead.trim()} ${who}`.replace(/\s+/g, ' ');
  }
  const a = first(w.after, text, w.guard);
  if (a) {
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, a.index - 80), a.index));
    if (name) return `${name[0]}${a[0]}`.trim().replace(/\s+/g, ' ');
  }
  const s = first(w.sources, text, w.guard);
  return s ? s[0].trim() : null;
}
