/**
 * Reconciliation on the development corpus (test/corpus/): each article's hand-annotated
 * figures become claims (no article text needed), each event is reconciled, and every key
 * figure (vote shares, seats, turnout) that an official-results article states is compared
 * with the value chosen. `make eval-reconcile` prints it per event; the tests use the same
 * functions on the committed annotations.
 *
 * The goal end to end, "more right with every source added" (`sourcesCurve`, printed by `make
 * eval-corpus`): the event's articles, extracted from their texts, are added one at a time (by
 * publication date, then id; undated last) and reconciled after each; the key figures the
 * annotations mark final or official (national, first round) are scored right, wrong, contested
 * or absent; a step is worse when a figure right before it is not after it. The tune half is
 * printed per event with every worse step; the test half in totals only.
 *
 * A figure's precision comes from how its number is written ("53.93" is 53.925 to 53.935,
 * "2.1 million" 2.05 to 2.15 million, "five" 4.5 to 5.5). The claim's quote is the
 * annotation's anchor phrase. The event's entities are the lexicon (candidates and
 * referendum options count as parties: they are the contenders whose shares add up).
 */
import { CorpusArticle, CorpusEvent, parseCorpusFile } from '../shared/corpus.ts';
import { Lexicon } from '../shared/lexicon.ts';
import * as msg from '../shared/messages.ts';
import { ISO_DATE, type Corpus, type Figure, type IngestedSource, type SourceMeta } from '../shared/schema.ts';
import type { ClaimIn } from './evidence.ts';
import type { Policy } from './policy.ts';
import { claimInterval, overlaps, reconcile, resultFigureIds } from './index.ts';
import { formatNumber } from './words.ts';

export type Article = CorpusArticle;

export interface EventCase {
  event: string;
  half: string;
  lexicon: Lexicon;
  articles: Article[];
  /** Articles tagged `official-results`. */
  official: string[];
  /** Voter groups of a breakdown ("abroad", "women"): the corpus's `group` entities, no contenders. */
  breakdowns: string[];
}

/** Reads one event from its event.yaml text and its articles' texts (any order). */
export function readEvent(eventYaml: string, articleYamls: string[]): EventCase {
  return eventCase(
    parseCorpusFile('event.yaml', eventYaml, CorpusEvent),
    articleYamls.map((t) => parseCorpusFile('article.yaml', t, CorpusArticle)),
  );
}

/** One event of the corpus, as parsed once (shared/corpus.ts), for reconciliation. */
export function eventCase(ev: CorpusEvent, annotated: readonly CorpusArticle[]): EventCase {
  const articles = [...annotated].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lexicon = Lexicon.parse({
    entities: ev.entities.map((e) => ({
      id: e.id,
      name: e.name,
      // A voter group of the corpus is a breakdown, as a place is: its shares are no contender's.
      kind: e.kind === 'place' || e.kind === 'group' ? 'place' : 'party',
      aliases: e.aliases.length ? e.aliases : [e.name],
    })),
    election: { year: ev.year, previous: ev.previous ?? null },
  });
  const breakdowns = ev.entities.filter((e) => e.kind === 'group').map((e) => e.id);
  return { event: ev.event, half: ev.half, lexicon, articles, official: articles.filter((a) => a.pointer.style.includes('official-results')).map((a) => a.id), breakdowns };
}

const SCALES: [RegExp, number][] = [
  [/\bbillion\b/i, 1e9],
  [/\bmillion\b|\bmln\b|\bm\b/i, 1e6],
  [/\bthousand\b/i, 1e3],
];

/** Half a unit of the last digit the text writes, at the scale it names ("2.1 million" → 50,000). */
export function precisionOf(text: string): number {
  const scale = SCALES.find(([re]) => re.test(text))?.[1] ?? 1;
  const digits = /\d[\d,.\s]*\d|\d/.exec(text)?.[0].replace(/\s/g, '') ?? '';
  // A comma followed by three digits groups thousands; a dot (or a lone comma) starts decimals.
  const decimals = /[.](\d+)$/.exec(digits)?.[1]?.length ?? (/,(\d{1,2})$/.exec(digits)?.[1]?.length ?? 0);
  return Number((0.5 * 10 ** -decimals * scale).toPrecision(12));
}

/** An article's figures as claims and the article as a source of the corpus. */
export function articleClaims(a: Article): ClaimIn[] {
  return a.figures.map((f, i) => {
    const value = f.value ?? null;
    return {
      id: `${a.id}:c${i + 1}`,
      source: a.id,
      metric: f.metric,
      entity: f.entity ?? null,
      value,
      low: f.low ?? (f.bound === 'lower-bound' ? value : null),
      high: f.high ?? (f.bound === 'upper-bound' ? value : null),
      bound: f.bound,
      precision: precisionOf(f.text),
      unit: f.unit,
      qualifier: f.qualifier,
      election: f.election ?? null,
      quote: f.anchor,
      span: [0, f.anchor.length] as [number, number],
      text: f.text,
      textSpan: [0, f.text.length] as [number, number],
      sentence: `${a.id}:s${i + 1}`,
      line: 1,
      column: 1,
      ...(f.as_of != null ? { as_of: f.as_of } : {}),
      ...(f.attribution != null ? { attribution: f.attribution } : {}),
      ...(f.round != null ? { round: f.round } : {}),
      ...(f.place != null ? { place: f.place } : {}),
      ...(f.group != null ? { group: f.group } : {}),
    };
  });
}

function isoDate(d: string | Date | null | undefined): string | null {
  if (d == null) return null;
  if (d instanceof Date) return d.toISOString().slice(0, 10);
  return ISO_DATE.test(d) ? d : null;
}

/** A source known by its front matter alone (no text): what reconcile needs of an article. */
export function textlessSource(meta: SourceMeta, file: string): IngestedSource {
  return { meta, file, sha256: '0'.repeat(64), body: '', bodyLine: 1, paragraphs: [], sentences: [], removed: [], warnings: [] };
}

export function articlesCorpus(articles: Article[]): Corpus {
  return {
    sources: articles.map((a) =>
      textlessSource(
        { id: a.id, title: a.pointer.title ?? null, outlet: a.pointer.outlet ?? null, author: null, published: isoDate(a.pointer.published), url: null, retrieved: null, notes: null },
        `test/corpus/texts/${a.id}.md`,
      ),
    ),
  };
}

/** The metrics whose chosen value is compared with the official one. */
export const KEY_METRICS = ['vote_share', 'seats_total', 'seats_list', 'seats_single_mandate', 'turnout'];

export interface KeyResult {
  figure: string;
  /** What the official-results article(s) state, as written. */
  official: string[];
  chosen: string;
  ok: boolean;
}

export interface EventResult {
  event: string;
  half: string;
  official: string[];
  /** Every key figure an official-results article states, against the value chosen from all articles. */
  keys: KeyResult[];
  /** For each official-results article: its key figures against the values chosen from it and the articles that are not official results. */
  added: { article: string; keys: KeyResult[] }[];
}

function stated(c: ClaimIn): string {
  if (c.value != null) return formatNumber(c.value, c.precision);
  return `${c.low ?? ''}-${c.high ?? ''}`;
}

/** Key figures the `articles` state, compared with the figures reconciled from `pool`. */
function compare(ev: EventCase, pool: Article[], official: Article[], policy: Policy): KeyResult[] {
  const claims = pool.flatMap(articleClaims);
  const out = reconcile(claims, articlesCorpus(pool), ev.lexicon, policy);
  const ids = resultFigureIds(claims, ev.lexicon, policy);
  const figures = new Map(out.figures.map((f) => [f.id, f]));
  const byFigure = new Map<string, ClaimIn[]>();
  const officialIds = new Set(official.map((a) => a.id));
  for (const c of claims) {
    const id = ids.get(c.id);
    if (!id || !officialIds.has(c.source) || !KEY_METRICS.includes(c.metric)) continue;
    if (/\.(in|among)-/.test(id)) continue;
    const list = byFigure.get(id);
    if (list) list.push(c);
    else byFigure.set(id, [c]);
  }
  return [...byFigure]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([id, list]) => {
      const f = figures.get(id);
      const chosen = chosenInterval(f);
      // The chosen value is the official one when it lies within what one of the official claims
      // states. Where the official claims disagree among themselves ("122 seats", then "123"),
      // showing the disagreement (a conflict) is right too.
      const ok = chosen != null ? list.some((c) => overlaps(claimInterval(c), chosen)) : disagree(list) && f?.status === 'conflict';
      return { figure: id, official: [...new Set(list.map(stated))], chosen: chosenText(f), ok };
    });
}

type Chosen = Pick<Figure, 'value' | 'low' | 'high' | 'status' | 'precision'>;

/** What a figure chose, as an interval: its value, its range, or a bound ("under 1 %": up to 1); null for none or a conflict. */
export function chosenInterval(f: Chosen | undefined): { lo: number; hi: number } | null {
  if (!f || f.status === 'conflict') return null;
  if (f.value != null) return { lo: f.value, hi: f.value };
  if (f.low == null && f.high == null) return null;
  return { lo: f.low ?? -Infinity, hi: f.high ?? Infinity };
}

/** What a figure chose, as the report writes it. */
export function chosenText(f: Chosen | undefined): string {
  if (!f) return 'none';
  if (f.status === 'conflict') return 'contested';
  if (f.value != null) return formatNumber(f.value, f.precision);
  if (f.low != null && f.high != null) return `${formatNumber(f.low, f.precision)}-${formatNumber(f.high, f.precision)}`;
  return f.high != null ? msg.NUM_LESS_THAN(formatNumber(f.high, f.precision)) : f.low != null ? msg.NUM_MORE_THAN(formatNumber(f.low, f.precision)) : 'none';
}

export function evaluateEvent(ev: EventCase, policy: Policy): EventResult {
  const official = ev.articles.filter((a) => ev.official.includes(a.id));
  const others = ev.articles.filter((a) => !ev.official.includes(a.id));
  return {
    event: ev.event,
    half: ev.half,
    official: ev.official,
    keys: official.length ? compare(ev, ev.articles, official, policy) : [],
    added: official.map((a) => ({ article: a.id, keys: compare(ev, [...others, a], [a], policy) })),
  };
}

/** The report: per event, how many key figures equal the official value; details for the tune half only. */
export function formatReconcileEval(results: EventResult[], details: boolean): string {
  const lines: string[] = [msg.RECONCILE_EVAL_TITLE, ''];
  const count = (ks: KeyResult[]) => `${ks.filter((k) => k.ok).length}/${ks.length}`;
  for (const r of results) {
    if (!r.official.length) {
      lines.push(msg.RECONCILE_EVAL_NO_OFFICIAL(r.event, r.half));
      continue;
    }
    const all = r.keys.every((k) => k.ok);
    const added = r.added.map((a) => `${count(a.keys)}`).join(', ');
    lines.push(msg.RECONCILE_EVAL_EVENT(r.event, r.half, all, count(r.keys), added));
    if (details && r.half === 'tune') {
      for (const k of r.keys.filter((x) => !x.ok)) lines.push(msg.RECONCILE_EVAL_MISS(null, k.figure, k.chosen, k.official.join(' or ')));
      for (const a of r.added) for (const k of a.keys.filter((x) => !x.ok)) lines.push(msg.RECONCILE_EVAL_MISS(a.article, k.figure, k.chosen, k.official.join(' or ')));
    }
  }
  for (const half of ['tune', 'test']) {
    const rs = results.filter((r) => r.half === half && r.official.length);
    const keys = rs.flatMap((r) => r.keys);
    const added = rs.flatMap((r) => r.added.flatMap((a) => a.keys));
    lines.push('', msg.RECONCILE_EVAL_TOTAL(half, `${rs.filter((r) => r.keys.every((k) => k.ok)).length}/${rs.length}`, count(keys), count(added)));
  }
  return `${lines.join('\n')}\n`;
}

// ── more right with every source added (extract + reconcile on the article texts) ─────────

/** The order in which an event's articles are added: by publication date (undated last), then id. */
export function addingOrder(articles: readonly Article[]): Article[] {
  const date = (a: Article) => isoDate(a.pointer.published) ?? '9999-99-99';
  return [...articles].sort((a, b) => (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A reference key figure: what the annotations mark final or official for it, as intervals. */
export interface ReferenceKey {
  figure: string;
  official: string[];
  claims: ClaimIn[];
}

/**
 * The event's key figures as the annotations give them: every key metric (shares, seats,
 * turnout) of this election, national and of the first round (the extractor gives no round,
 * place or group), that a claim qualified `final` or an official-results article states.
 */
export function referenceKeys(ev: EventCase, policy: Policy): ReferenceKey[] {
  const claims = ev.articles.flatMap(articleClaims);
  const ids = resultFigureIds(claims, ev.lexicon, policy);
  const officialArticles = new Set(ev.official);
  const byFigure = new Map<string, ClaimIn[]>();
  for (const c of claims) {
    const id = ids.get(c.id);
    if (!id || !KEY_METRICS.includes(c.metric) || /\.(round|in|among)-/.test(id)) continue;
    if (c.qualifier !== 'final' && !officialArticles.has(c.source)) continue;
    const list = byFigure.get(id);
    if (list) list.push(c);
    else byFigure.set(id, [c]);
  }
  return [...byFigure]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([figure, list]) => ({ figure, official: [...new Set(list.map(stated))], claims: list }));
}

/** How a reconciled figure stands against a reference key: right, wrong (another value), contested or absent. */
export type KeyState = 'right' | 'wrong' | 'contested' | 'absent';

/** Whether the official claims of a key disagree among themselves (no value lies within all of them). */
function disagree(claims: ClaimIn[]): boolean {
  return claims.some((a) => claims.some((b) => !overlaps(claimInterval(a), claimInterval(b))));
}

/** A conflict is right where the official claims disagree among themselves: the briefing shows both. */
export function keyState(f: Chosen | undefined, key: ReferenceKey): KeyState {
  if (!f) return 'absent';
  if (f.status === 'conflict') return disagree(key.claims) ? 'right' : 'contested';
  const chosen = chosenInterval(f);
  if (!chosen) return 'absent';
  return key.claims.some((c) => overlaps(claimInterval(c), chosen)) ? 'right' : 'wrong';
}

export interface CurveStep {
  /** The article added at this step. */
  added: string;
  right: number;
  /** Of the right ones, those whose figure is the latest snapshot (no complete count among the sources so far). */
  rightAsSnapshot: number;
  wrong: number;
  contested: number;
  /** Key figures right before this step and no longer right after it, with what was chosen. */
  lost: Miss[];
  /** Of the lost ones, those that were right as the latest snapshot (a later snapshot or a result replaced it). */
  lostSnapshot: number;
  /** Key figures not right after this step. */
  notRight: Miss[];
}

export interface Miss {
  figure: string;
  state: KeyState;
  chosen: string;
  official: string[];
}

export interface EventCurve {
  event: string;
  half: string;
  keys: number;
  steps: CurveStep[];
  /** Articles whose text is missing (left out of the curve). */
  missing: string[];
}

/** What extraction made of one article: its source and claims (null when its text is missing). */
export type Extracted = { corpus: Corpus; claims: ClaimIn[] } | null;

/**
 * The event's articles added one at a time (`addingOrder`); after each, the claims extracted
 * from the articles so far are reconciled (`lexicon`: the event's full lexicon) and every
 * reference key figure is scored. A step is worse when a key figure right before is not after.
 */
export function sourcesCurve(ev: EventCase, policy: Policy, lexicon: Lexicon, extracted: (articleId: string) => Extracted): EventCurve {
  const keys = referenceKeys(ev, policy);
  const steps: CurveStep[] = [];
  const missing: string[] = [];
  const sources: Corpus['sources'] = [];
  const claims: ClaimIn[] = [];
  // The corpus's voter groups are breakdowns, no contenders whose shares add up.
  const own: Lexicon = { ...lexicon, entities: lexicon.entities.map((e) => (ev.breakdowns.includes(e.id) ? { ...e, kind: 'place' } : e)) };
  let before = new Set<string>();
  let beforeAsSnapshot = new Set<string>();
  const miss = (x: { k: ReferenceKey; f: Figure | undefined; s: KeyState }): Miss => ({
    figure: x.k.figure,
    state: x.s,
    chosen: chosenText(x.f),
    official: x.k.official,
  });
  for (const a of addingOrder(ev.articles)) {
    const x = extracted(a.id);
    if (!x) {
      missing.push(a.id);
      continue;
    }
    sources.push(...x.corpus.sources);
    claims.push(...x.claims);
    const out = reconcile(claims, { sources }, own, policy);
    const figures = new Map(out.figures.map((f) => [f.id, f]));
    // The chamber's size is a rule of the election: the figure of its own where no result states it.
    const figureOf = (id: string) => figures.get(id) ?? figures.get(`${id}.rule`);
    const states = keys.map((k) => ({ k, f: figureOf(k.figure), s: keyState(figureOf(k.figure), k) }));
    const now = new Set(states.filter((x) => x.s === 'right').map((x) => x.k.figure));
    steps.push({
      added: a.id,
      right: now.size,
      rightAsSnapshot: states.filter((x) => x.s === 'right' && x.f?.kind === 'latest').length,
      wrong: states.filter((x) => x.s === 'wrong').length,
      contested: states.filter((x) => x.s === 'contested').length,
      lost: states.filter((x) => before.has(x.k.figure) && x.s !== 'right').map(miss),
      lostSnapshot: states.filter((x) => beforeAsSnapshot.has(x.k.figure) && x.s !== 'right').length,
      notRight: states.filter((x) => x.s !== 'right').map(miss),
    });
    before = now;
    beforeAsSnapshot = new Set(states.filter((x) => x.s === 'right' && x.f?.kind === 'latest').map((x) => x.k.figure));
  }
  return { event: ev.event, half: ev.half, keys: keys.length, steps, missing };
}

/** The curves: per tune event the number right after each source and every worse step; the test half in totals only. */
export function formatCurves(curves: EventCurve[]): string {
  const lines: string[] = [msg.CURVE_TITLE, ''];
  const worse = (c: EventCurve) => c.steps.filter((s) => s.lost.length > 0);
  for (const c of curves.filter((x) => x.half === 'tune')) {
    if (!c.keys) {
      lines.push(msg.CURVE_NO_KEYS(c.event));
      continue;
    }
    if (c.steps.length === 0) {
      lines.push(msg.CURVE_NO_TEXTS(c.event, c.keys));
      if (c.missing.length) lines.push(msg.CURVE_MISSING(c.missing));
      continue;
    }
    const w = worse(c);
    lines.push(msg.CURVE_EVENT(c.event, c.keys, c.steps.map((s) => s.right), c.steps.at(-1)?.wrong ?? 0, c.steps.at(-1)?.contested ?? 0, w.length, c.steps.at(-1)?.rightAsSnapshot ?? 0));
    c.steps.forEach((s, i) => {
      for (const l of s.lost) lines.push(msg.CURVE_LOST(i + 1, s.added, l.figure, l.chosen, l.official.join(' or ')));
    });
    for (const l of c.steps.at(-1)?.notRight ?? []) lines.push(msg.CURVE_NOT_RIGHT(l.figure, l.state, l.chosen, l.official.join(' or ')));
    if (c.missing.length) lines.push(msg.CURVE_MISSING(c.missing));
  }
  for (const half of ['tune', 'test']) {
    const cs = curves.filter((c) => c.half === half && c.keys > 0);
    const last = (c: EventCurve) => c.steps.at(-1);
    lines.push(
      msg.CURVE_TOTAL(
        half,
        cs.length,
        cs.reduce((n, c) => n + (last(c)?.right ?? 0), 0),
        cs.reduce((n, c) => n + (last(c)?.rightAsSnapshot ?? 0), 0),
        cs.reduce((n, c) => n + c.keys, 0),
        cs.reduce((n, c) => n + worse(c).length, 0),
        cs.reduce((n, c) => n + worse(c).filter((s) => s.lostSnapshot === s.lost.length).length, 0),
        cs.reduce((n, c) => n + c.steps.length, 0),
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
