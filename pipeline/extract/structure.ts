/**
 * Attachment by sentence structure: which party, candidate, option or place a number belongs to
 * when the words alone do not say it. General rules over the positions of the numbers and the
 * names in one sentence (no election's words: those come from the lexicon):
 *
 * - parentheses: a gloss in parentheses ("Light of Faith (Justice and Development) 7.9%") never
 *   breaks a clause, and a name inside a gloss that follows another name is that name's gloss;
 * - "respectively": "Unity and Reform took nine and six percent, respectively" pairs the names
 *   and the numbers in order;
 * - number first: "9.1 percent went to Unity, 6.0 percent to Reform", "44.3% for Massa": a number
 *   linked to the name after it by "to", "for", "went to" is that name's;
 * - name first: in "Unity – 9.1% (7 seats), Reform – 6.0% (4 seats)" a name right before a number
 *   (after a dash, colon, "won", "with" …) belongs to that number, so "7 seats" is not Reform's;
 * - references: "it", "the party", "the ruling party", "he" stand for the last name of the right
 *   kind named before (the words and their kinds come from the lexicon, `references:`).
 *
 * Each function is linear in the numbers and names of the sentence.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Named<T = string> extends Span {
  value: T;
}

/** The outermost parenthesised spans of a sentence ("(7 seats)", "(Justice and Development)"). */
export function parenthesised(text: string): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let open = -1;
  for (let i = text.indexOf('('); i !== -1 && i < text.length; ) {
    const ch = text[i];
    if (ch === '(') {
      if (depth === 0) open = i;
      depth += 1;
    } else if (ch === ')' && depth > 0) {
      depth -= 1;
      if (depth === 0) out.push({ start: open, end: i + 1 });
    }
    // Jump to the next bracket: the scan touches only brackets.
    const a = text.indexOf('(', i + 1);
    const b = text.indexOf(')', i + 1);
    i = a === -1 ? b : b === -1 ? a : Math.min(a, b);
  }
  return out;
}

const within = (s: Span, outer: Span) => s.start >= outer.start && s.end <= outer.end;

/** Clause breaks that stand inside parentheses break nothing. */
export function outsideParentheses<T extends Span>(breaks: T[], parens: Span[]): T[] {
  return parens.length === 0 ? breaks : breaks.filter((b) => !parens.some((p) => within(b, p)));
}

/**
 * Names inside a gloss: a parenthesis without a number that follows another name (with only
 * spaces or quotes between) explains that name; the names in it are no names of their own.
 */
export function withoutGlosses<T>(names: Named<T>[], parens: Span[], text: string, after: Span[] = names): Named<T>[] {
  if (parens.length === 0) return names;
  // A parenthesis with a number in it is data ("(NSDP - 5.2%)"), not a gloss.
  const glosses = parens.filter((p) => !/\d/.test(text.slice(p.start, p.end)) && after.some((n) => n.end <= p.start && /^[\s"'“”‘’]*$/.test(text.slice(n.end, p.start))));
  return glosses.length === 0 ? names : names.filter((n) => !glosses.some((g) => within(n, g)));
}

const RESPECTIVELY = /(?<![\p{L}])respectively(?![\p{L}])/iu;
/** What may stand between the names of a "respectively" list: commas, "and", quotes. */
const NAME_JOIN = /^[\s,"'“”‘’]*(?:and\s+|&\s+)?(?:the\s+)?$/iu;
/** What may stand between its numbers (units and "and" included). */
const NUMBER_JOIN = /^[\s,]*(?:%|percent|per cent|seats?|votes?)?[\s,]*(?:and\s+)?$/iu;

/**
 * "Unity and Reform took nine and six percent, respectively": the names and the numbers, in
 * order. Returns, per number (by its index in `nums`), the name it gets.
 */
export function respectively<T>(text: string, nums: Span[], names: Named<T>[], kindOf?: (v: T) => string, namesBefore: Named<T>[] = []): Map<number, Named<T>> {
  const out = new Map<number, Named<T>>();
  const word = RESPECTIVELY.exec(text);
  if (!word) return out;
  // "garnered 10,415,991 (42.6 per cent) and 9,473,298 (38.8 per cent) votes": a share in brackets
  // right after a count is that count's item of the list, with it.
  const { items, partner } = bracketPartners(text, nums);
  const run = runBefore(text, items, word.index) ?? runAfter(text, items, word.index + word[0].length);
  if (!run) return out;
  // The run of names that ends nearest before the first of those numbers (and before the word).
  const names_ = names.filter((n) => n.end <= Math.min(run[0]!.q.start, word.index));
  // "… the Finns Party 46 and SDP 43 seats. The three largest parties gained ten, seven and three
  // mandates respectively": with no name before its numbers, the list is the sentence before's names.
  if (names_.length === 0 && kindOf) {
    const zip = lastDistinct(namesBefore, run.length, kindOf);
    if (zip) run.forEach(({ i }, k) => out.set(i, zip[k]!));
    return out;
  }
  if (names_.length < run.length) return out;
  const list = [names_.at(-1)!];
  for (let k = names_.length - 2; k >= 0 && list.length < run.length; k--) {
    if (!NAME_JOIN.test(text.slice(names_[k]!.end, list[0]!.start))) break;
    list.unshift(names_[k]!);
  }
  const zip = list.length === run.length ? list : kindOf ? lastDistinct(names_, run.length, kindOf) : null;
  if (!zip) return out;
  run.forEach(({ i }, k) => {
    out.set(i, zip[k]!);
    const p = partner.get(i);
    if (p !== undefined) out.set(p, zip[k]!);
  });
  return out;
}

/** A number in brackets of its own right after another ("10,415,991 (42.6 per cent)"). */
const PARTNER_OPEN = /^\s*\($/u;
const PARTNER_CLOSE = /^[^()\d]{0,12}\)/u;

/**
 * The numbers as items of a list (by index in `nums`): a number alone in brackets right after
 * another joins that one's item, which then ends at the closing bracket. `partner`: item → its bracketed number.
 */
function bracketPartners(text: string, nums: Span[]): { items: Run; partner: Map<number, number> } {
  const partner = new Map<number, number>();
  const items: Span[] = nums.map((q, i) => {
    const next = nums[i + 1];
    const close = next && PARTNER_OPEN.test(text.slice(q.end, next.start)) ? PARTNER_CLOSE.exec(text.slice(next.end)) : null;
    if (!close) return q;
    partner.set(i, i + 1);
    return { start: q.start, end: next!.end + close[0].length };
  });
  // A partner is no item of its own.
  const partners = new Set(partner.values());
  return { items: items.map((q, i) => ({ q, i })).filter(({ i }) => !partners.has(i)), partner };
}

type Run = { q: Span; i: number }[];

/** The run of numbers that ends nearest before "respectively" ("took nine and six percent, respectively"). */
function runBefore(text: string, nums: Run, at: number): Run | null {
  const before = nums.filter(({ q }) => q.end <= at);
  if (before.length < 2) return null;
  const run = [before.at(-1)!];
  for (let k = before.length - 2; k >= 0; k--) {
    if (!NUMBER_JOIN.test(text.slice(before[k]!.q.end, run[0]!.q.start))) break;
    run.unshift(before[k]!);
  }
  // "the 303 and 282 seats it had won in 2019 and 2014, respectively": the word pairs the numbers
  // with the years (or other numbers) listed after them, not with names.
  if (run.length < 2 || /\d/.test(text.slice(run.at(-1)!.q.end, at))) return null;
  return run;
}

/** Up to three lower-case words between "respectively" and the numbers it pairs ("respectively losing five and six seats"). */
const WORD_TO_RUN = /^\s*(?:\p{Ll}+\s+){0,3}$/u;

/** The run of numbers right after "respectively" and a verb ("both lost ground, respectively losing five and six seats"). */
function runAfter(text: string, nums: Run, from: number): Run | null {
  const after = nums.filter(({ q }) => q.start >= from);
  if (after.length < 2 || !WORD_TO_RUN.test(text.slice(from, after[0]!.q.start))) return null;
  const run = [after[0]!];
  for (let k = 1; k < after.length && NUMBER_JOIN.test(text.slice(run.at(-1)!.q.end, after[k]!.q.start)); k++) run.push(after[k]!);
  return run.length >= 2 ? run : null;
}

/**
 * The last `n` different candidates, else names of one kind (the last name's first), in their order: the names of a
 * "respectively" list written with glosses between them ("Ann Ames, of the Unity Party, and Bo
 * Berg, of Reform, took 4.7% and 3.2%, respectively"; "Salvini's League and Forza Italia led by
 * Berlusconi"). A name spelt twice in a row ("Bo Berg's Reform") counts once. Null if fewer.
 */
export function lastDistinct<T>(names: Named<T>[], n: number, kindOf: (v: T) => string): Named<T>[] | null {
  const ofKind = (kind: string) => {
    const out: Named<T>[] = [];
    const seen = new Set<T>();
    for (let k = names.length - 1; k >= 0 && out.length < n; k--) {
      const name = names[k]!;
      if (kindOf(name.value) !== kind || seen.has(name.value)) continue;
      seen.add(name.value);
      out.unshift(name);
    }
    return out.length === n ? out : null;
  };
  // Candidates glossed with their parties ("Ann Ames, of the Unity Party, and Bo Berg, from
  // Reform") are the list: as elsewhere, a candidate before a party takes the figure.
  // Else the kind of the last name, or of a name before it ("the Unity Party led by Ann Ames").
  const kinds = new Set(['candidate', ...names.map((x) => kindOf(x.value)).reverse()]);
  for (const kind of kinds) {
    const list = ofKind(kind);
    if (list) return list;
  }
  return null;
}

/** "…9.1 percent went to Unity", "44.3% for Massa", "47.86 percent for Kemal Kilicdaroglu", "37 seats for Unity" (not "48% compared to Reform's 43%"). */
const NUMBER_TO_NAME = /^\s*\)?\s*(?:of\s+the\s+(?:votes?|ballots)\s+|(?!(?:compared|relative|close|similar|equal|next)\s)\p{Ll}+\s+)?(?:(?:went|go|goes|going)\s+to|to|for|in\s+favou?r\s+of|backing|supporting)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}$/u;
/** "48.03 percent received by his opponent, Bo Berg", "the 41% won by Reform": a passive of winning links the number to the name after "by". */
const NUMBER_BY_NAME = /^\s*(?:of\s+the\s+(?:votes?|ballots)\s+)?(?:received|won|obtained|garnered|secured|polled|taken)\s+by\s+(?:the\s+)?(?:(?:his|her|their|its)\s+(?:\p{Ll}+\s+)?\p{Ll}+,?\s+)?$/u;

const LINK_FIRST = /^(?:to|for|in\s+favou?r\s+of|backing|supporting)\s/iu;

/** The name right after a number that a link word gives it to (number-first lists). */
export function linkedAfter<T>(text: string, q: Span, names: Named<T>[], until: number): Named<T> | null {
  // "two independents" as a name of its own: the name that holds the number is its.
  const holding = names.find((n) => n.start === q.start && n.end > q.end && n.end <= until);
  if (holding) return holding;
  const next = names.find((n) => n.start >= q.end && n.end <= until);
  if (!next || next.start - q.end > 50) return null;
  const between = text.slice(q.end, next.start);
  // "50.5 percent of the vote to Reform's 47.3 percent": a possessive before the next number is that number's.
  const after = text.slice(next.end, next.end + 6);
  if (/^['’]s?\s*\d/u.test(after) || (/['’]s?$/u.test(text.slice(next.start, next.end)) && /^\s*\d/u.test(after))) return null;
  // A name whose spelling holds the link word ("for No") is linked with nothing between.
  return NUMBER_TO_NAME.test(between) || NUMBER_BY_NAME.test(between) || (/^\s*$/.test(between) && LINK_FIRST.test(text.slice(next.start, next.end))) || countOfName(between, after)
    ? next
    : null;
}

/**
 * "two independents", "five Independent MPs", "the 26 Unity deputies": a number with only a space
 * before a name counts that name's members, unless the name leads a number of its own ("Unity 40
 * Reform 30" in a flattened table).
 */
function countOfName(between: string, after: string): boolean {
  return /^ +$/.test(between) && !/^\s*[:–—-]?\s*\d/u.test(after);
}

/** What stands between a name and the number it leads in a name-first list. */
const NAME_TO_NUMBER = /^[\s"'“”‘’)]*(?:(?:party|alliance|coalition|bloc|movement|list)[\s"'“”‘’)]*)?(?:[-–—:|]|,\s*with|with|won|wins|took|takes|got|gets|has|had|received|secured|obtained|scored|garnered|on|at|at\s+about|is\s+at|was\s+at|has\s+won|had\s+won)?[\s(]*$/iu;

/**
 * Names that lead the number right after them ("Reform – 6.0%", "Harbour: 410", "Reform won 6%"):
 * such a name is that number's, and not the name of a number before it.
 */
export function leaders<T>(text: string, nums: Span[], names: Named<T>[]): Map<Named<T>, number> {
  const out = new Map<Named<T>, number>();
  let k = 0;
  for (const n of names) {
    while (k < nums.length && nums[k]!.start < n.end) k += 1;
    const q = nums[k];
    if (!q || q.start - n.end > 40) continue;
    if (NAME_TO_NUMBER.test(text.slice(n.end, q.start))) out.set(n, k);
  }
  return out;
}

/**
 * ", which", ", who", ", consisting of" opening a relative clause; ", the main opposition party,"
 * or ", a Unity splinter party," an apposition ("the" before a capital starts a list's next name).
 */
const RELATIVE = /,\s+(?:(which|who|whose|consisting\s+of|comprising|made\s+up\s+of)\s|an?\s+|the\s+(?=\p{Ll})|(?:founded|led|headed|chaired|backed|supported|formed|created|fronted)\s+by\s)/gu;
/** What may stand between a name and the relative clause about it: quotes, a party word, a gloss in brackets. */
const ANTECEDENT_GAP = /^[\s"'“”‘’]*(?:(?:party|alliance|coalition|bloc|list|movement)[\s"'“”‘’]*)?(?:\([^()]{0,40}\)[\s"'“”‘’]*)?$/iu;

/** A relative clause about a name: from its ", which" to the next comma (or the sentence's end). */
export interface Relative<T> extends Span {
  antecedent: Named<T>;
  /** An apposition ("KO, the main opposition party,"): only one its comma closes counts. */
  apposition: boolean;
}

/**
 * Relative clauses and appositions right after a name ("Sumar, which backed the Socialists, won
 * 31 seats"; "KO, the main opposition party, with 26.6 percent"): the names inside one are not
 * the subject a number after them belongs to.
 * Linear in the sentence and its names.
 */
export function relativeClauses<T>(text: string, names: Named<T>[]): Relative<T>[] {
  const out: Relative<T>[] = [];
  RELATIVE.lastIndex = 0;
  let k = 0;
  for (let m = RELATIVE.exec(text); m; m = RELATIVE.exec(text)) {
    while (k < names.length && names[k]!.end <= m.index) k += 1;
    const a = names[k - 1];
    if (!a || !ANTECEDENT_GAP.test(text.slice(a.end, m.index))) continue;
    const close = text.indexOf(',', m.index + m[0].length);
    const apposition = m[1] === undefined;
    if (apposition && close === -1) continue;
    out.push({ antecedent: a, start: m.index, end: close === -1 ? text.length : close, apposition });
  }
  return out;
}

/**
 * "Ames beat Berg by 52% to 48%", "A overcame B, with six seats against five": the two sides of
 * a contrast are the two names before it (the last two different of a kind), when a word of
 * winning or comparing (`verb`) stands between them. Null otherwise.
 */
export function contrastSides<T>(text: string, names: Named<T>[], kindOf: (v: T) => string, verb: RegExp): [Named<T>, Named<T>] | null {
  if (names.length < 2) return null;
  const two = lastDistinct(names, 2, kindOf);
  if (!two) return null;
  const [a, b] = two as [Named<T>, Named<T>];
  return verb.test(text.slice(a.end, b.start)) ? [a, b] : null;
}

/** A name, an optional party word, and "each" with no number after it: "… and Reform each secured ". */
const EACH = /^[\s,"'“”‘’)]*(?:(?:party|alliance|coalition|bloc|list|movement)[\s,"'“”‘’)]*)?each\s[^\d]{0,40}$/iu;

/**
 * "Unity, Reform and the Greens each secured four seats": the names of the list before "each"
 * (from `from` on, names inside a relative clause left out), each of which the number is.
 * Empty unless two or more.
 */
export function eachOf<T>(text: string, q: Span, names: Named<T>[], from: number, clauses: Span[]): Named<T>[] {
  const before = names.filter((n) => n.start >= from && n.end <= q.start && !clauses.some((r) => n.start >= r.start && n.end <= r.end));
  const last = before.at(-1);
  if (!last) return [];
  // A clause about the last name ("…, consisting of A and B,") stands between it and "each".
  const clause = clauses.find((r) => r.start >= last.end && r.end <= q.start && ANTECEDENT_GAP.test(text.slice(last.end, r.start)));
  if (!EACH.test(text.slice(clause ? clause.end : last.end, q.start))) return [];
  const seen = new Set<T>();
  const out = before.filter((n) => !seen.has(n.value) && (seen.add(n.value), true));
  return out.length >= 2 ? out : [];
}

/** The last name of each kind named so far in a source, for "it", "the party", "he". */
export class NameMemory {
  private last = new Map<string, { id: string; seq: number; sentence: number }>();
  private seq = 0;
  private sentence = 0;
  /** A new sentence is read. */
  next(): void {
    this.sentence += 1;
  }
  remember(kind: string, id: string): void {
    this.last.set(kind, { id, seq: ++this.seq, sentence: this.sentence });
  }
  /** The name named last among these kinds (only in this sentence or the `within` sentences before it, if given). */
  lastOf(kinds: readonly string[], within = Infinity): string | undefined {
    let best: { id: string; seq: number; sentence: number } | undefined;
    for (const k of kinds) {
      const v = this.last.get(k);
      if (v && (!best || v.seq > best.seq)) best = v;
    }
    return best && this.sentence - best.sentence <= within ? best.id : undefined;
  }
}

/**
 * The cells of a table row written with pipes ("Harbour | 197 | 453 | 410 |", "| Unity | 41 |"),
 * each with its trimmed span in the row; null for a line that is no table row (fewer than two
 * pipes). A Markdown separator row ("|---|:--:|") has only dash cells.
 */
export function tableCells(text: string): Span[] | null {
  let pipes = 0;
  for (let i = text.indexOf('|'); i !== -1; i = text.indexOf('|', i + 1)) pipes += 1;
  if (pipes < 2) return null;
  const out: Span[] = [];
  let from = 0;
  const trimmed = text.trimEnd();
  for (let i = 0; i <= trimmed.length; i++) {
    if (i < trimmed.length && trimmed[i] !== '|') continue;
    let s = from;
    let e = i;
    while (s < e && /\s/.test(trimmed[s]!)) s++;
    while (e > s && /\s/.test(trimmed[e - 1]!)) e--;
    // The empty cell before a leading pipe or after a trailing one is no cell.
    if (!(s === e && (from === 0 || i === trimmed.length))) out.push({ start: s, end: e });
    from = i + 1;
  }
  return out;
}

/** A cell that holds only a number ("410", "1,429,981", "66.4%"), not a year standing as a column's name. */
export function numberCell(cell: string): boolean {
  return /^[-+−]?\d[\d.,\s]*%?$/u.test(cell) && !/^(?:19|20)\d\d$/.test(cell);
}
