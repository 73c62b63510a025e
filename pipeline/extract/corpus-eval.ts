/**
 * `make eval-corpus`: the extractor measured on the development corpus (test/corpus/), real
 * articles about other elections that it was not tuned on.
 *
 * test/corpus/split.yaml lists the events and their half (tune or test); each event's folder
 * holds event.yaml (country, date, seats, the entities with their spellings: the event's own
 * lexicon) and one YAML file per article (pointer + annotated figures, each located by a short
 * anchor phrase). The article texts (test/corpus/texts/<article>.md) are not committed: whatever
 * is present is scored, what is missing is listed, and a missing text never fails the run.
 *
 * Matching: an annotated figure stands at the offsets of its `text` inside its anchor (the
 * anchor's `nth` occurrence in the body, first by default); a claim matches it when the claim's
 * number overlaps those offsets. Strict: value (or low/high), unit, metric, entity and qualifier
 * right. Loose: the number found with the right metric and entity. Every claim that matches no
 * figure is a false claim (those on a `not_figures` number are counted apart as well).
 *
 * Details (misses, false claims) are printed for tune-half events only, and only when asked
 * (`--details tune`): the test half is measured, never read.
 */
import type { CorpusArticle, CorpusEvent, CorpusFigure, LoadedEvent } from '../shared/corpus.ts';
import { foldTypography } from '../shared/fold.ts';
import { mergeLexicon, normalizeName, type Entity, type Lexicon } from '../shared/lexicon.ts';
import * as msg from '../shared/messages.ts';
import { ISO_DATE, type Claim, type Corpus } from '../shared/schema.ts';
import { momentRank } from '../shared/moment.ts';

/** What the extractor's entity kinds are for the corpus's: a candidate or option is given figures as a party is. */
const KIND: Record<string, Entity['kind']> = { party: 'party', candidate: 'candidate', option: 'option', group: 'group', place: 'place' };

/**
 * The lexicon for one event: the general lexicon (`base`) with the event's entities, its year,
 * previous election, chamber and size, and its country (no foreign place). A presidential
 * election or a referendum has no chamber, as the README tells the analyst: its `body`
 * ("President") would make "the outgoing President" an earlier election's words.
 */
/** A day written YYYY-MM-DD in an event file (YAML may read it as a date), or null. */
function isoDay(d: unknown): string | null {
  return typeof d === 'string' ? (ISO_DATE.test(d) ? d : null) : d instanceof Date ? d.toISOString().slice(0, 10) : null;
}

export function eventLexicon(base: Lexicon, event: CorpusEvent): Lexicon {
  // Kinds the lexicon's metrics know; any other is given figures as a party is.
  const kinds = new Set<string>(base.metrics.flatMap((m) => m.entity_kinds));
  const entities: Entity[] = [];
  const seen = new Set<string>();
  for (const e of event.entities) {
    if (e.id === 'national') continue;
    const aliases = [...new Set([e.name, ...e.aliases])].filter((a) => {
      const k = a.toLowerCase();
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    const kind = kinds.has(e.kind) ? KIND[e.kind]! : 'party';
    if (aliases.length) entities.push({ id: e.id, name: e.name, kind, aliases });
  }
  const year = event.year ?? (typeof event.date === 'string' ? Number(event.date.slice(0, 4)) : event.date instanceof Date ? event.date.getUTCFullYear() : null);
  const day = isoDay(event.date);
  const own: Lexicon = {
    ...base,
    entities,
    election: year ? { year, date: day !== null && day.startsWith(String(year)) ? day : null, last_day: null, second_round: isoDay(event['second_round']), previous: event.previous ?? null, earlier: [], chamber: event.body && event.kind !== 'presidential' && event.kind !== 'referendum' ? [event.body] : [], seats: event.seats ?? null, kind: null } : null,
    country: event.country ?? null,
    foreign: [],
    labels: {},
  };
  return mergeLexicon(base, own, new Set(['entities', 'election', 'country']));
}

export interface Located {
  figure: CorpusFigure | null;
  start: number;
  end: number;
  /** Why it could not be placed (anchor or text not found). */
  problem: string | null;
}

/** Where a figure's number stands in the body: its `text` inside the anchor's nth occurrence (the `k`th place of it there, from 0, for the `k`th figure with the same anchor and text). */
export function locate(body: string, f: { anchor: string; text: string; nth?: number }, k = 0): { start: number; end: number } | null {
  const find = (hay: string, needle: string, n: number): number => {
    let at = -1;
    for (let i = 0; i < n; i++) {
      at = hay.indexOf(needle, at + 1);
      if (at === -1) return -1;
    }
    return at;
  };
  let a = find(body, f.anchor, f.nth ?? 1);
  // Articles differ from anchors in their quotes and spaces: try again with both folded.
  let haystack = body;
  if (a === -1) {
    haystack = foldTypography(body);
    a = find(haystack, foldTypography(f.anchor), f.nth ?? 1);
    if (a === -1) return null;
  }
  const text = haystack === body ? f.text : foldTypography(f.text);
  const inner = wholeNumberAt(haystack, text, a, a + f.anchor.length, k);
  if (inner === -1) return null;
  return { start: inner, end: inner + f.text.length };
}

/**
 * Where `text` stands in `hay` between `from` and `to` (its start): the `k`th place (from 0) where it
 * is no part of a longer number or word (the "17" of "with 17.9 percent of the votes and 17
 * seats" is the second one; the "ten" of "potentially have ten" is not in "potentially"). With
 * fewer such places, the first place.
 */
function wholeNumberAt(hay: string, text: string, from: number, to: number, k = 0): number {
  const first = hay.indexOf(text, from);
  if (first === -1 || first > to) return -1;
  const [before, after] = /^\p{L}/u.test(text) ? [INSIDE_WORD_BEFORE, INSIDE_WORD_AFTER] : /^\d/.test(text) ? [INSIDE_NUMBER_BEFORE, INSIDE_NUMBER_AFTER] : [null, null];
  if (!before || !after) return first;
  let seen = 0;
  for (let at = first; at !== -1 && at <= to; at = hay.indexOf(text, at + 1)) {
    if (before.test(hay.slice(Math.max(0, at - 2), at)) || after.test(hay.slice(at + text.length, at + text.length + 2))) continue;
    if (seen++ === k) return at;
  }
  return first;
}
/** A digit, or a digit and a decimal or thousands mark, right before or after a number. */
const INSIDE_NUMBER_BEFORE = /(?:\d|\d[.,])$/u;
const INSIDE_NUMBER_AFTER = /^(?:\d|[.,]\d)/u;
/** A letter right before or after a word. */
const INSIDE_WORD_BEFORE = /\p{L}$/u;
const INSIDE_WORD_AFTER = /^\p{L}/u;


export interface Counts {
  claims: number;
  annotated: number;
  strict: number;
  loose: number;
  /** Claims on a number listed under `not_figures`. */
  notFigures: number;
  /**
   * Claims right but for the counting stage of a result (interim, preliminary, final, recount,
   * unspecified taken for one another), the strict ones included: how far the stage alone is
   * from the strict score.
   */
  stageBlind: number;
  /** Strictly right claims on a figure of a later round (`round: 2`), and how many of them the extractor gave that round. */
  laterRound: number;
  laterRoundRight: number;
  /** Strictly right claims given a later round on a figure of the first round. */
  roundFalse: number;
  /** Strictly right result claims on a figure annotated with a moment (`as_of`), those that state the same moment, and those with a moment on a figure annotated without one. */
  moment: number;
  momentRight: number;
  momentFalse: number;
}

/** The qualifiers of a result at some stage of the count: one for `stageBlind`. */
const RESULT_STAGES = new Set(['unspecified', 'interim', 'preliminary', 'final', 'recount']);

export interface ArticleResult {
  id: string;
  event: string;
  half: 'tune' | 'test';
  counts: Counts;
  misses: string[];
  spurious: string[];
  /** Error kinds, one per miss or false claim: `metric`, `entity`, `qualifier`, `value`, `unit`, `not-found`, `spurious`, `not-figure`. */
  kinds: string[];
  unplaced: string[];
  /** Strictly right claims whose round is not the figure's (not part of strict). */
  rounds: string[];
  /**
   * Where a second reader gave every figure of the article a qualifier (test/corpus/agreement/):
   * the claims strictly right when either reader's qualifier counts (the strict ones included).
   */
  eitherReading: number | null;
}

const zero = (): Counts => ({ claims: 0, annotated: 0, strict: 0, loose: 0, notFigures: 0, stageBlind: 0, laterRound: 0, laterRoundRight: 0, roundFalse: 0, moment: 0, momentRight: 0, momentFalse: 0 });

function add(a: Counts, b: Counts): Counts {
  return {
    claims: a.claims + b.claims,
    annotated: a.annotated + b.annotated,
    strict: a.strict + b.strict,
    loose: a.loose + b.loose,
    notFigures: a.notFigures + b.notFigures,
    stageBlind: a.stageBlind + b.stageBlind,
    laterRound: a.laterRound + b.laterRound,
    laterRoundRight: a.laterRoundRight + b.laterRoundRight,
    roundFalse: a.roundFalse + b.roundFalse,
    moment: a.moment + b.moment,
    momentRight: a.momentRight + b.momentRight,
    momentFalse: a.momentFalse + b.momentFalse,
  };
}

/**
 * Whether two moments are the same (`as_of`): the same time of day, or share or part counted
 * ("17:00" and "5pm"; "95% counted" and "95 % of the votes counted"), else a number in common.
 */
export function sameMoment(a: string, b: string): boolean {
  const xs = momentRanks(a);
  const ys_ = momentRanks(b);
  if (xs.length && ys_.length) return xs.some((x) => ys_.some((y) => x.kind === y.kind && Math.abs(x.rank - y.rank) < 0.01));
  const nums = (s: string) => new Set((s.match(/\d+(?:[.,:]\d+)?/g) ?? []).map((n) => n.replace(',', '')));
  const ys = nums(b);
  return [...nums(a)].some((n) => ys.has(n));
}

/**
 * The moments a text states: a share or part counted and a time of day may stand together, either
 * being the moment ("4pm on Monday (over 99% of votes counted)", "98.09% of precincts, 19:17").
 */
function momentRanks(text: string): { kind: 'time' | 'counted'; rank: number }[] {
  const first = momentRank(text);
  if (!first || first.kind === 'time') return first ? [first] : [];
  // The time of day beside a share or part counted: read with the count's numbers taken out.
  const time = momentRank(text.replace(/\d[\d,.]*\s*(?:%|per\s?cent|percent)|\d[\d,.]*\s+(?:of|out of)\s+\d[\d,.]*/giu, ' '));
  return time && time.kind === 'time' ? [first, time] : [first];
}

/**
 * Whether the claim states the figure's number. The bound is not scored (corpus README): a
 * range compares both its ends; otherwise the one stated number, the value or the end a bound
 * gives ("nearly 80 %" read as at most 80 states 80, as "about 80 %" does).
 */
export function sameValue(c: Pick<Claim, 'value' | 'low' | 'high'>, f: Pick<CorpusFigure, 'value' | 'low' | 'high'>): boolean {
  const eq = (x: number | null | undefined, y: number | null | undefined) => x != null && y != null && Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
  const range = (v: { value?: number | null; low?: number | null; high?: number | null }) => v.value == null && v.low != null && v.high != null;
  if (range(f) || range(c)) return eq(c.low, f.low) && eq(c.high, f.high);
  const stated = (v: { value?: number | null; low?: number | null; high?: number | null }) => v.value ?? v.low ?? v.high ?? null;
  const want = stated(f);
  return want == null ? true : eq(stated(c), want);
}

/**
 * Whether the claim's entity is the figure's. A national figure of a place or voter group
 * ("turnout was 48.4 pct in Hiroshima": entity national, place hiroshima; some annotations give
 * the place as the entity itself) is also the place's or group's.
 */
export function sameEntity(c: Claim, f: CorpusFigure): boolean {
  const want = f.entity ?? 'national';
  if ((c.entity ?? 'national') === want) return true;
  const area = [f['place'], f['group']].filter((x): x is string => typeof x === 'string');
  return want === 'national' && c.entity != null && area.includes(c.entity);
}

/** The fields of a claim that differ from the figure, strict order. */
export function wrongFields(c: Claim, f: CorpusFigure): string[] {
  const out: string[] = [];
  if (c.metric !== f.metric) out.push('metric');
  if (!sameEntity(c, f)) out.push('entity');
  if (!sameValue(c, f)) out.push('value');
  if (c.unit !== f.unit) out.push('unit');
  if (c.qualifier !== f.qualifier) out.push('qualifier');
  return out;
}

/** Scores one article's claims against its annotation. */
export function scoreArticle(body: string, claims: Claim[], article: CorpusArticle, event: string, half: 'tune' | 'test', second: readonly string[] | null = null): ArticleResult {
  const r: ArticleResult = { id: article.id, event, half, counts: zero(), misses: [], spurious: [], kinds: [], unplaced: [], rounds: [], eitherReading: null };
  const figures: (Located & { figure: CorpusFigure })[] = [];
  // Figures with the same anchor and text ("Others | 19 | 19 | 19 |") stand at its successive places.
  const repeats = new Map<string, number>();
  for (const f of article.figures ?? []) {
    const same = JSON.stringify([f.anchor, f.text, f.nth ?? 1]);
    const k = repeats.get(same) ?? 0;
    repeats.set(same, k + 1);
    const at = locate(body, f, k);
    if (!at) r.unplaced.push(`${JSON.stringify(f.anchor)} / ${JSON.stringify(f.text)}`);
    figures.push({ figure: f, start: at?.start ?? -1, end: at?.end ?? -1, problem: at ? null : 'not found' });
  }
  const notFigures = (article.not_figures ?? []).map((f) => locate(body, f)).filter((x): x is { start: number; end: number } => !!x);
  const overlaps = (c: Claim, s: { start: number; end: number }) => s.start >= 0 && c.textSpan[0] < s.end && s.start < c.textSpan[1];
  r.counts.claims = claims.length;
  r.counts.annotated = figures.length;
  const used = new Set<number>();
  const usedLoose = new Set<number>();
  const describe = (c: Claim) => `${JSON.stringify(c.text)} → ${c.metric}.${c.entity ?? 'national'} ${stated(c)} ${c.unit} ${c.qualifier}`;
  // Best first: a claim that is strictly right takes its figure before one that is not.
  const pending: Claim[] = [];
  for (const c of claims) {
    const i = figures.findIndex((f, k) => !used.has(k) && overlaps(c, f) && wrongFields(c, f.figure).length === 0);
    if (i >= 0) {
      used.add(i);
      usedLoose.add(i);
      r.counts.strict += 1;
      r.counts.loose += 1;
      r.counts.stageBlind += 1;
      // The round is not part of strict (the definition); it is counted on its own.
      const later = String(figures[i]!.figure.round ?? 1) !== '1';
      const claimedLater = String(c.round ?? 1) !== '1';
      if (later) r.counts.laterRound += 1;
      if (later && claimedLater) r.counts.laterRoundRight += 1;
      if (!later && claimedLater) r.counts.roundFalse += 1;
      // The moment of a snapshot (not part of strict either): the same time of day, share or part counted.
      const moment = figures[i]!.figure.as_of ?? null;
      if (RESULT_STAGES.has(c.qualifier) && moment) {
        r.counts.moment += 1;
        if (c.as_of && sameMoment(c.as_of, moment)) r.counts.momentRight += 1;
      } else if (RESULT_STAGES.has(c.qualifier) && c.as_of) r.counts.momentFalse += 1;
      if (later !== claimedLater) r.rounds.push(`${describe(c)} round ${c.round ?? 1}, annotated ${figures[i]!.figure.round ?? 1}  in ${JSON.stringify(figures[i]!.figure.anchor)}`);
    } else pending.push(c);
  }
  // A second reading (the same figures, in order): a claim whose qualifier is the second reader's is right too.
  if (second && second.length === figures.length) {
    const taken = new Set(used);
    let either = r.counts.strict;
    for (const c of pending) {
      const k = figures.findIndex((f, i) => !taken.has(i) && overlaps(c, f) && wrongFields(c, { ...f.figure, qualifier: second[i]! }).length === 0);
      if (k >= 0) {
        taken.add(k);
        either += 1;
      }
    }
    r.eitherReading = either;
  }
  for (const c of pending) {
    const here = figures.map((f, k) => ({ f, k })).filter(({ f, k }) => !used.has(k) && overlaps(c, f));
    const looseHit = here.find(({ f, k }) => !usedLoose.has(k) && !wrongFields(c, f.figure).some((w) => w === 'metric' || w === 'entity'));
    if (looseHit) {
      usedLoose.add(looseHit.k);
      r.counts.loose += 1;
      const wrong = wrongFields(c, looseHit.f.figure);
      if (wrong.length === 1 && wrong[0] === 'qualifier' && RESULT_STAGES.has(c.qualifier) && RESULT_STAGES.has(looseHit.f.figure.qualifier)) r.counts.stageBlind += 1;
    }
    const near = looseHit ?? here[0];
    if (near) {
      const wrong = wrongFields(c, near.f.figure);
      r.kinds.push(...wrong.map((w) => `wrong-${w}`));
      const want = near.f.figure;
      r.spurious.push(`${describe(c)}  (wrong ${wrong.join(', ')}; annotated ${want.metric}.${want.entity ?? 'national'} ${stated(want)} ${want.unit} ${want.qualifier})  in ${JSON.stringify(want.anchor)}`);
    } else if (notFigures.some((s) => overlaps(c, s))) {
      r.counts.notFigures += 1;
      r.kinds.push('not-figure');
      r.spurious.push(`${describe(c)}  (listed under not_figures)  in ${JSON.stringify(sentenceAround(body, c))}`);
    } else {
      r.kinds.push('spurious');
      r.spurious.push(`${describe(c)}  (not annotated)  in ${JSON.stringify(sentenceAround(body, c))}`);
    }
  }
  figures.forEach((f, k) => {
    if (used.has(k)) return;
    const claimed = claims.some((c) => overlaps(c, f));
    if (!claimed) r.kinds.push(f.start < 0 ? 'anchor-not-found' : 'missed');
    const x = f.figure;
    r.misses.push(`${x.metric}.${x.entity ?? 'national'} ${stated(x)} ${x.unit} ${x.qualifier}${claimed ? ' (read wrong, above)' : ''}  in ${JSON.stringify(x.anchor)}`);
  });
  return r;
}

/** A value as stated: `41.5`, `55..` (a lower bound), `..60`, `10..12`. */
function stated(v: { value?: number | null; low?: number | null; high?: number | null }): string {
  return v.value != null ? String(v.value) : `${v.low ?? ''}..${v.high ?? ''}`;
}

function sentenceAround(body: string, c: Claim): string {
  return c.quote.length > 160 ? `…${body.slice(Math.max(0, c.textSpan[0] - 60), c.textSpan[1] + 60)}…` : c.quote;
}

export interface CorpusEvaluation {
  articles: ArticleResult[];
  missing: string[];
  total: number;
}

/** Ingest + extract of each present article with the lexicon of its event, scored. */
export function evaluateCorpus(
  events: LoadedEvent[],
  text: (articleId: string) => { file: string; text: string } | null,
  run: (file: { file: string; text: string }, lexicon: Lexicon) => { corpus: Corpus; claims: Claim[] } | null,
  lexiconFor: (e: LoadedEvent) => Lexicon,
  secondReadings: ReadonlyMap<string, readonly string[]> = new Map(),
): CorpusEvaluation {
  const articles: ArticleResult[] = [];
  const missing: string[] = [];
  let total = 0;
  for (const e of events) {
    const lexicon = lexiconFor(e);
    for (const { article } of e.articles) {
      total += 1;
      const t = text(article.id);
      if (!t) {
        missing.push(article.id);
        continue;
      }
      const done = run(t, lexicon);
      if (!done) {
        missing.push(`${article.id} (unreadable)`);
        continue;
      }
      const { corpus, claims } = done;
      const body = corpus.sources[0]?.body ?? '';
      articles.push(scoreArticle(body, claims, article, e.id, e.half, secondReadings.get(article.id) ?? null));
    }
  }
  return { articles, missing, total };
}

const f3 = (x: number) => x.toFixed(3);
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function row(name: string, c: Counts): string[] {
  // Nothing scored (every text missing): no figures to show.
  if (c.claims === 0 && c.annotated === 0) return [name, '0', '0', '–', '–', '–', '–', '0'];
  return [name, String(c.claims), String(c.annotated), f3(ratio(c.strict, c.claims)), f3(ratio(c.strict, c.annotated)), f3(ratio(c.loose, c.claims)), f3(ratio(c.loose, c.annotated)), String(c.notFigures)];
}

/** The report: per event, per half and in all; missing texts; tune-half details when asked. */
export function formatCorpusEvaluation(e: CorpusEvaluation, details: 'tune' | null): string {
  const rows: string[][] = [[...msg.CORPUS_EVAL_COLUMNS]];
  const byEvent = new Map<string, { half: string; c: Counts }>();
  for (const a of e.articles) {
    const cur = byEvent.get(a.event) ?? { half: a.half, c: zero() };
    cur.c = add(cur.c, a.counts);
    byEvent.set(a.event, cur);
  }
  const halves = new Map<string, Counts>();
  for (const half of ['tune', 'test']) {
    for (const [id, { half: h, c }] of byEvent) if (h === half) rows.push(row(msg.CORPUS_EVAL_EVENT_ROW(id, h), c));
  }
  for (const { half, c } of byEvent.values()) halves.set(half, add(halves.get(half) ?? zero(), c));
  rows.push(['', '', '', '', '', '', '', '']);
  for (const half of ['tune', 'test']) rows.push(row(msg.CORPUS_EVAL_HALF_ROW(half), halves.get(half) ?? zero()));
  rows.push(row(msg.CORPUS_EVAL_ALL_ROW, [...halves.values()].reduce(add, zero())));
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd());
  const out = [msg.CORPUS_EVAL_TITLE, '', ...lines, '', msg.CORPUS_EVAL_MISSING(e.missing.length, e.total, e.missing)];
  const tune = e.articles.filter((a) => a.half === 'tune');
  const kinds = new Map<string, number>();
  for (const a of tune) for (const k of a.kinds) kinds.set(k, (kinds.get(k) ?? 0) + 1);
  if (kinds.size) {
    out.push('', msg.CORPUS_EVAL_KINDS);
    for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) out.push(`  ${String(n).padStart(4)}  ${k}`);
  }
  out.push('', msg.CORPUS_EVAL_STAGE_BLIND);
  for (const half of ['tune', 'test']) {
    const c = halves.get(half);
    if (c && (c.claims > 0 || c.annotated > 0)) out.push(msg.CORPUS_EVAL_STAGE_BLIND_ROW(half, f3(ratio(c.stageBlind, c.claims)), f3(ratio(c.stageBlind, c.annotated))));
  }
  out.push('', msg.CORPUS_EVAL_ROUNDS);
  for (const half of ['tune', 'test']) {
    const c = halves.get(half);
    if (c && (c.claims > 0 || c.annotated > 0)) out.push(msg.CORPUS_EVAL_ROUNDS_ROW(half, c.laterRoundRight, c.laterRound, c.roundFalse, c.strict - c.laterRound));
  }
  out.push('', msg.CORPUS_EVAL_MOMENTS);
  for (const half of ['tune', 'test']) {
    const c = halves.get(half);
    if (c && (c.claims > 0 || c.annotated > 0)) out.push(msg.CORPUS_EVAL_MOMENTS_ROW(half, c.momentRight, c.moment, c.momentFalse, c.strict - c.moment));
  }
  const read2 = e.articles.filter((a) => a.eitherReading !== null);
  if (read2.length) {
    out.push('', msg.CORPUS_EVAL_SECOND_READING);
    for (const half of ['tune', 'test']) {
      const these = read2.filter((a) => a.half === half);
      if (!these.length) continue;
      const c = these.map((a) => a.counts).reduce(add, zero());
      const either = these.reduce((n, a) => n + a.eitherReading!, 0);
      out.push(msg.CORPUS_EVAL_SECOND_READING_ROW(half, these.length, c.annotated, f3(ratio(c.strict, c.claims)), f3(ratio(c.strict, c.annotated)), f3(ratio(either, c.claims)), f3(ratio(either, c.annotated))));
    }
  }
  if (details === 'tune') {
    for (const a of tune) {
      if (!a.misses.length && !a.spurious.length && !a.unplaced.length && !a.rounds.length) continue;
      out.push('', msg.CORPUS_EVAL_ARTICLE(a.id, a.event, a.counts.strict, a.counts.annotated, a.counts.claims));
      for (const u of a.unplaced) out.push(msg.CORPUS_EVAL_UNPLACED(u));
      for (const s of a.spurious) out.push(msg.CORPUS_EVAL_FALSE(s));
      for (const m of a.misses) out.push(msg.CORPUS_EVAL_MISSED(m));
      for (const m of a.rounds) out.push(msg.CORPUS_EVAL_ROUND(m));
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * An analyst's lexicon for a corpus event (`eval-corpus --lexicons DIR`, DIR/<event>.yaml), with
 * its entity ids renamed to the annotation's so that claims can be scored: each entity takes the
 * id of the annotated entity that shares the most of its names (folded: case, accents, dashes),
 * or keeps its own (its claims then count as wrong entities). Returns the renaming for the report.
 */
export function matchEntityIds(lexicon: Lexicon, event: CorpusEvent): { lexicon: Lexicon; renamed: [string, string][] } {
  const names = (e: { name: string; aliases: string[] }) => new Set([e.name, ...e.aliases].map(normalizeName));
  const annotated = event.entities.map((e) => ({ id: e.id, names: names(e) }));
  const renamed: [string, string][] = [];
  const taken = new Set<string>();
  const entities = lexicon.entities.map((e) => {
    const own = names(e);
    let best: { id: string; shared: number } | null = null;
    for (const a of annotated) {
      const shared = [...own].filter((n) => a.names.has(n)).length;
      if (shared > 0 && !taken.has(a.id) && (!best || shared > best.shared)) best = { id: a.id, shared };
    }
    if (!best || best.id === e.id) return e;
    taken.add(best.id);
    renamed.push([e.id, best.id]);
    return { ...e, id: best.id };
  });
  return { lexicon: { ...lexicon, entities }, renamed };
}
