/**
 * Results tables flattened into text, as web copies of articles hold them (general lexicon
 * `tables`): a header of column names after the word over the column of names, then rows of a
 * name and its cells.
 *
 *     Party Seats Won Seats Change Votes          (a header on its own line)
 *     Unity (UP) 72 - 1,458,151                   (a row per line: the cells fill the columns from the left)
 *
 *     Group Seats Change Votes Unity 188 +57 26.3 % Reform 161 -76 24.7 %     (all on one line)
 *
 * A row's cells are numbers (signed, or with their per-cent sign) and dashes for empty cells; its
 * name is what stands before them (a gloss in brackets included). A line that is not a header,
 * or a row after no header, is read as any other sentence.
 */
import type { Lexicon } from '../shared/lexicon.ts';
import { alternation, nextMatch, norm as key } from './numbers.ts';
import type { Span } from './structure.ts';

/** The start of a word, as the lookbehind `(?<![\p{L}\p{N}])` under `iu` sees it (U+0345 counts as a letter). */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/iu;
const startsWord = (before: string) => !LETTER_OR_DIGIT.test(before);

/** What a column name says: the column of names, a change, or metrics. */
type Word = { kind: 'name' } | { kind: 'change' } | { kind: 'metric'; metrics: string[] };

export interface TableWords {
  /** Every table word, read at one position (sticky), longest first. */
  re: RegExp;
  of: Map<string, Word>;
  /** The header words over a column of names, anywhere in a text (global: `lastIndex` is set before each use; read with `nextMatch` and `startsWord`). */
  names: RegExp;
}

export function compileTableWords(t: Lexicon['tables']): TableWords {
  const of = new Map<string, Word>();
  for (const w of t.names) of.set(key(w), { kind: 'name' });
  for (const w of t.change) of.set(key(w), { kind: 'change' });
  for (const [metric, list] of Object.entries(t.columns))
    for (const w of list) {
      const had = of.get(key(w));
      of.set(key(w), had?.kind === 'metric' ? { kind: 'metric', metrics: [...had.metrics, metric] } : { kind: 'metric', metrics: [metric] });
    }
  // Signs with a hyphen ("+/-") as written: the word pattern reads a hyphen as a space.
  const signs = [...t.names, ...t.change, ...Object.values(t.columns).flat()].filter((k) => /-/.test(k) && !/[\p{L}\p{N}]/u.test(k));
  const literal = signs.map((k) => `|${k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`).join('');
  const plain = [...of.keys()].filter((k) => !signs.some((x) => key(x) === k));
  // Without the lookbehind of Unicode classes, which V8 tests at every position: the start of a
  // word is tested in code on each match (`nextMatch` with `startsWord`), the same matches.
  const names = new RegExp(String.raw`(?<![A-Za-z0-9])(?:${alternation([...of].filter(([, v]) => v.kind === 'name').map(([k]) => k))})(?![\p{L}\p{N}])`, 'giu');
  return { re: new RegExp(String.raw`(?:${alternation(plain)}${literal})(?![\p{L}\p{N}])`, 'iuy'), of, names };
}

/** A column of a flattened table: its name as written, and the metrics or the change it holds. */
export interface FlatColumn {
  text: string;
  metrics: string[];
  /** A change: of `metrics` when the name gives one ("Seats Change"), else of the column before. */
  change: boolean;
  /** Named with a per-cent sign in brackets ("Votes (%)"): its cells are shares. */
  percent?: boolean;
}

export interface FlatHeader extends Span {
  columns: FlatColumn[];
}

/** A parenthesised part ("(trier par ordre croissant)", "(NFP)"), read as one token. */
const PAREN = /\([^()]{0,80}\)/y;
const SPACE = /\s*/y;

function skip(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.exec(text) ? re.lastIndex : at;
}

/**
 * The header that starts at `at` (after spaces): a names word ("Party", "Group"), then column
 * names, each written with a capital or a sign ("Seats Won", "MPs", "% OF VOTE"); brackets
 * between them ("(sort ascending)") and a name written twice in a row ("MPs MPs") are one. A
 * metric named again before a change word ("Seats Won Seats Change") is the change's own metric.
 */
/** How a header's word is written: with a capital, a digit or a sign ("Party", "MPs", "% OF VOTE"). */
const HEADER_WORD = /^[\p{Lu}\p{N}%±+]/u;

export function headerAt(text: string, at: number, w: TableWords): FlatHeader | null {
  const tokens: { text: string; word: Word; end: number; percent?: boolean }[] = [];
  let i = skip(SPACE, text, at);
  const start = i;
  for (;;) {
    w.re.lastIndex = i;
    const m = w.re.exec(text);
    if (!m || !HEADER_WORD.test(m[0]) || (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]!))) break;
    const word = w.of.get(key(m[0]))!;
    if (tokens.length === 0 ? word.kind !== 'name' : word.kind === 'name' && tokens.at(-1)!.word.kind !== 'name') break;
    const token: { text: string; word: Word; end: number; percent?: boolean } = { text: m[0], word, end: w.re.lastIndex };
    tokens.push(token);
    i = skip(SPACE, text, w.re.lastIndex);
    // Brackets after a name ("PARTY (sort) PARTY (sort) MPs"): skipped, part of the header.
    let j = skip(PAREN, text, i);
    while (j !== i) {
      token.end = j;
      if (/^\(\s*%\s*\)$/.test(text.slice(i, j))) token.percent = true;
      i = skip(SPACE, text, j);
      j = skip(PAREN, text, i);
    }
  }
  const columns: FlatColumn[] = [];
  let last = '';
  for (const t of tokens) {
    if (t.word.kind === 'name') continue;
    const k = key(t.text);
    if (k === last) continue;
    last = k;
    if (t.word.kind === 'change') {
      const before = columns.at(-1);
      // "Seats Won Seats Change": the second "Seats" names what changes.
      if (before && !before.change && before.metrics.length && columns.slice(0, -1).some((c) => c.metrics.some((m) => before.metrics.includes(m)))) {
        before.change = true;
        before.text += ` ${t.text}`;
      } else columns.push({ text: t.text, metrics: [], change: true });
    } else {
      columns.push({ text: t.text, metrics: t.word.metrics, change: false, ...(t.percent ? { percent: true } : {}) });
    }
  }
  if (!columns.length) return null;
  return { start, end: tokens.at(-1)!.end, columns };
}

/** One token of a row: a bracket, a word, or a cell (a number or a dash). */
interface Token extends Span {
  cell: boolean;
}

/** A number cell: signed ("+57", "-76"), with its per-cent sign before or after ("% 58.1", "26.3 %"). */
const NUMBER = /^[+\-−–]?\d[\d.,]*%?$/u;
const DASH = /^[-–—]$/u;
/** A whole number with nothing around it ("2011" of "ANO 2011"): it may end a name. */
const BARE = /^\d+$/;

function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    i = skip(SPACE, text, i);
    if (i >= to) break;
    const p = skip(PAREN, text, i);
    if (p !== i && p <= to) {
      out.push({ start: i, end: p, cell: false });
      i = p;
      continue;
    }
    let e = i;
    while (e < to && !/\s/u.test(text[e]!)) e++;
    const t = text.slice(i, e);
    out.push({ start: i, end: e, cell: NUMBER.test(t) || DASH.test(t) || t === '%' });
    i = e;
  }
  // A lone per-cent sign joins the number before it ("26.3 %"), else the one after it ("% 58.1").
  const merged: Token[] = [];
  for (let k = 0; k < out.length; k++) {
    const t = out[k]!;
    if (text.slice(t.start, t.end) !== '%') {
      merged.push(t);
      continue;
    }
    const prev = merged.at(-1);
    const next = out[k + 1];
    if (prev && prev.cell && !DASH.test(text.slice(prev.start, prev.end)) && !text.slice(prev.start, prev.end).endsWith('%')) prev.end = t.end;
    else if (next && next.cell && !DASH.test(text.slice(next.start, next.end))) {
      next.start = t.start;
    } else merged.push({ ...t, cell: false });
  }
  return merged;
}

/** A row of a flattened table: its name and one cell per column (null: none written), in the text. */
export interface FlatRow extends Span {
  name: Span;
  cells: (Span | null)[];
  columns: FlatColumn[];
}

/** How many words a row's name may have. */
const NAME_WORDS = 10;

/** A name a row may have: a capital or a sign first, no colon or sentence end, at most NAME_WORDS tokens. */
function nameOk(text: string, name: Token[]): boolean {
  if (!name.length || name.length > NAME_WORDS) return false;
  if (!/^[\p{Lu}\p{N}+*]/u.test(text.slice(name[0]!.start))) return false;
  return !name.some((t) => /[:;]$|[.!?]$/u.test(text.slice(t.start, t.end)) && !/^\p{Lu}{1,4}\.$/u.test(text.slice(t.start, t.end)));
}

/**
 * The rows after a header, from `from` to `to` in `text`: names each followed by as many cells as
 * there are columns (a longer run gives its first numbers to the name: "Unity 2011 72 - 1,458,151"
 * is "Unity 2011"). With `short`, one row that ends the text may have fewer cells, filling the
 * columns from the left ("Unity (UP) 175" under "Seats Won Seats Change Votes"). The rows stop
 * at the first name that is no row's, or at a new header (returned as `next`).
 */
export function rowsAfter(
  text: string,
  from: number,
  to: number,
  columns: FlatColumn[],
  w: TableWords,
  short: boolean,
): { rows: FlatRow[]; end: number; next: FlatHeader | null } {
  const toks = tokens(text, from, to);
  const rows: FlatRow[] = [];
  let end = from;
  let k = 0;
  while (k < toks.length) {
    const name: Token[] = [];
    let cells: Token[] = [];
    for (;;) {
      while (k < toks.length && !toks[k]!.cell) name.push(toks[k++]!);
      cells = [];
      while (k < toks.length && toks[k]!.cell) cells.push(toks[k++]!);
      // "ANO 2011 (ANO 2011) 72 …": whole numbers followed by more words are part of the name.
      if (k < toks.length && cells.length && cells.length < columns.length && cells.every((t) => BARE.test(text.slice(t.start, t.end)))) name.push(...cells);
      else break;
    }
    if (name.length) {
      const next = headerAt(text, name[0]!.start, w);
      if (next && next.end <= (cells[0]?.start ?? to)) return { rows, end, next };
    }
    // A run longer than the columns: its first numbers are part of the name.
    while (cells.length > columns.length && BARE.test(text.slice(cells[0]!.start, cells[0]!.end))) name.push(cells.shift()!);
    const whole = cells.length === columns.length;
    const fewer = short && cells.length > 0 && cells.length < columns.length && k === toks.length && rows.length === 0;
    if (!nameOk(text, name) || !(whole || fewer)) break;
    rows.push({
      start: name[0]!.start,
      end: cells.at(-1)!.end,
      name: { start: name[0]!.start, end: name.at(-1)!.end },
      cells: columns.map((_, j) => {
        const t = cells[j];
        return t && !DASH.test(text.slice(t.start, t.end)) ? { start: t.start, end: t.end } : null;
      }),
      columns,
    });
    end = cells.at(-1)!.end;
  }
  return { rows, end, next: null };
}

/** A piece of a sentence as the extractor reads it: a table's row (with its table's year), or other text. */
export interface Piece extends Span {
  row: FlatRow | null;
  /** An earlier election's year the table's heading names ("GENERAL ELECTION OF 2019 … PARTY MPs"). */
  year: number | null;
}

/** A year in a heading ("OCTOBER 21, 2019", "2022 2024"). */
const YEAR = /(?<![\p{L}\p{N}.,])(?:19|20)\d\d(?![\p{L}\p{N}]|[.,]\d)/gu;

/**
 * The sentences of a text cut into pieces where flattened tables stand: each row a piece of its
 * own, the text before and after a table another. A header alone in its sentence heads the rows of
 * the sentences after it (one row each) while they are rows. A table takes the year its heading
 * names (the text before the header in its sentence, or the sentence before a header alone), when
 * that is an earlier election's; a heading that names this election and earlier ones ("2022 2024"
 * over two tables) gives its first table to this election and the tables after it, with no
 * heading of their own, to the earlier years in turn. Sentences without a table are one piece.
 */
export function tablePieces(body: string, sentences: readonly Span[], w: TableWords, electionYear: number | null): Piece[][] {
  const out: Piece[][] = [];
  // Compiled once per lexicon (`compileTableWords`); global, so its position starts at 0 here.
  const names = w.names;
  names.lastIndex = 0;
  const yearsOf = (s: string) => [...new Set([...s.matchAll(YEAR)].map((m) => Number(m[0])))];
  // The order in which the years of a heading go to its tables: this election first, then the earlier ones.
  const order = (years: number[]): (number | null)[] => {
    const earlier = years.filter((y) => electionYear == null || y < electionYear);
    return electionYear != null && years.includes(electionYear) ? [null, ...earlier] : earlier.length ? earlier : [null];
  };
  let open: { columns: FlatColumn[]; year: number | null } | null = null;
  sentences.forEach((s, i) => {
    const text = body.slice(s.start, s.end);
    const whole: Piece[] = [{ start: s.start, end: s.end, row: null, year: null }];
    if (open) {
      const r = rowsAfter(text, 0, text.length, open.columns, w, true);
      if (r.rows.length && !r.next && /^\s*$/.test(text.slice(r.end))) {
        const year = open.year;
        out.push(r.rows.map((row) => ({ ...shift(row, s.start), row: shift(row, s.start), year })));
        return;
      }
      open = null;
    }
    if (!/\p{Lu}/u.test(text) || !nextMatch(names, text, startsWord)) {
      names.lastIndex = 0;
      out.push(whole);
      return;
    }
    const pieces: Piece[] = [];
    let done = 0;
    let years: (number | null)[] = [];
    names.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = nextMatch(names, text, startsWord))) {
      // A names word in lower case ("the party") starts no header (`headerAt` would read none).
      if (!HEADER_WORD.test(m[0])) continue;
      let h = headerAt(text, m.index, w);
      if (!h) continue;
      // A header alone in its sentence: its rows are the sentences after it.
      if (h.start === 0 && /^\s*:?\s*$/.test(text.slice(h.end)) && i + 1 < sentences.length) {
        open = { columns: h.columns, year: order(yearsOf(text.slice(0, h.start) + ' ' + (i > 0 ? body.slice(sentences[i - 1]!.start, sentences[i - 1]!.end) : '')))[0] ?? null };
        break;
      }
      if (h.columns.length < 2) continue;
      let first = true;
      while (h) {
        const r = rowsAfter(text, h.end, text.length, h.columns, w, false);
        if (!r.rows.length) break;
        const heading = text.slice(done, h.start);
        if (first || /\S/.test(heading)) years = order(yearsOf(heading));
        first = false;
        const year = years.length > 1 ? years.shift()! : (years[0] ?? null);
        if (r.rows[0]!.start > done) pieces.push({ start: s.start + done, end: s.start + r.rows[0]!.start, row: null, year: null });
        for (const row of r.rows) pieces.push({ start: s.start + row.start, end: s.start + row.end, row: shift(row, s.start), year });
        done = r.end;
        h = r.next;
      }
      names.lastIndex = Math.max(names.lastIndex, done);
    }
    if (!pieces.length) {
      out.push(whole);
      return;
    }
    if (/\S/.test(text.slice(done))) pieces.push({ start: s.start + done + (text.slice(done).length - text.slice(done).trimStart().length), end: s.end, row: null, year: null });
    out.push(pieces);
  });
  return out;
}

function shift(row: FlatRow, by: number): FlatRow {
  const move = (x: Span) => ({ start: x.start + by, end: x.end + by });
  return { ...move(row), name: move(row.name), cells: row.cells.map((c) => (c ? move(c) : null)), columns: row.columns };
}
