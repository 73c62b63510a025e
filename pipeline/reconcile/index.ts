/**
 * Stage 3, reconcile: claims → one figure per quantity, the rule that chose its value, every
 * disagreeing value in the open, and the cross-checks (checks.ts) computed from the figures.
 *
 * ## Figure ids (templates and charts name figures by them)
 *
 *   `<metric>.<entity>`               a result of this election: `turnout.national`,
 *                                     `vote_share.amanat`, `seats_single_mandate.amanat`
 *   `<metric>.<entity>.forecast`      forecasts and polls        (`vote_share.amanat.forecast`)
 *   `<metric>.<entity>.estimate`      estimates and projections  (`turnout.almaty.estimate`)
 *   `<metric>.<entity>.rule`          rules of the election      (`threshold.national.rule`)
 *   `<metric>.<entity>.<year>`        an earlier election        (`vote_share.amanat.2021`);
 *                                     `.historical` when the year is not stated
 *   `<metric>.<entity>.derived`       computed by a cross-check  (`seats_list.amanat.derived`)
 *
 * `<entity>` is the lexicon id (`national` for the whole election), `unattributed` when the
 * extractor could not attach the claim to one. Which qualifiers are results and which form
 * figures of their own is set in the policy (`kinds:`). "This election" is the lexicon's
 * `election.year`, else the year most result claims name. Figures are sorted by id, checks by id.
 *
 * ## How one value is chosen (see policy.ts for the configurable parts)
 *
 * 1. Each claim is read as an interval: value ± precision (half a unit of its last digit),
 *    a range widened by its precision, a bound open on one side. Intervals are half-open,
 *    so "54" [53.5, 54.5) agrees with "54.19" but "53" [52.5, 53.5) does not.
 * 2. Distinct readings are taken most precise first; each joins the first candidate value it
 *    agrees with or becomes a candidate of its own. One candidate: `single` (one source),
 *    `agreed` (all the same) or `rounded` (agree within precision; the most precise is used).
 * 3. Several candidates: a result always beats an estimate or forecast; then the policy's
 *    rules are tried in order, each keeping only the best candidates by its measure, and the
 *    first that leaves one decides (`resolved`):
 *      precision     a value that is another with digits cut off ("8.5" for 8.59) gives way;
 *      status        the best qualifier among a candidate's claims, in the policy's order;
 *      consensus     independent sources (outlets) behind a candidate, each counting once and
 *                    shared equally among the candidates it supports (a self-contradicting
 *                    article is half for each of two values, and reported as a check);
 *      source-order  the best source's tier, then its publication date; unknown never wins.
 *    If none decides, the figure is a `conflict`: no value, every candidate in `dissent`.
 *    Each dissent names its kind: truncation, superseded (preliminary by final),
 *    not-a-result, outside-range, lower-status, different-value, unresolved.
 * 4. Cross-checks (checks.ts) run on the figures and add derived figures; each check's id is
 *    added to the `checks` of the figures it involves.
 *
 * Grouping is one pass over the claims with a Map, and each group compares its distinct
 * readings only, so the cost grows with the number of claims, not its square.
 */
import type { Lexicon } from '../shared/lexicon.ts';
import * as msg from '../shared/messages.ts';
import type { Kind, Policy, RuleName } from './policy.ts';
import { Figure as FigureSchema, type Check, type Claim, type Corpus, type Dissent, type Figure, type Qualifier } from '../shared/schema.ts';
import { computeChecks } from './checks.ts';
import { EPS, clean, decimalsOf, figureName, formatNumber, formatStated, sourceInfo, withUnit, type SourceInfo } from './words.ts';

// How reconcile writes numbers, figures and sources (words.ts) is part of what this stage offers.
export { decimalsOf, figureName, formatNumber, formatStated, sourceInfo, withUnit, type SourceInfo } from './words.ts';

// ── reading numbers ───────────────────────────────────────────────────────────────────────

/** The interval a claim stands for, half-open [lo, hi); lo === hi for a point. */
export interface Interval {
  lo: number;
  hi: number;
}

export function claimInterval(c: Pick<Claim, 'value' | 'low' | 'high' | 'bound' | 'precision'>): Interval {
  const p = c.precision;
  switch (c.bound) {
    case 'lower-bound':
      return { lo: clean(c.low ?? c.value ?? -Infinity), hi: Infinity };
    case 'upper-bound':
      return { lo: -Infinity, hi: clean((c.high ?? c.value ?? Infinity) + p) };
    case 'range':
      return { lo: clean((c.low ?? c.value ?? -Infinity) - p), hi: clean((c.high ?? c.value ?? Infinity) + p) };
    default:
      if (c.value == null) return { lo: clean((c.low ?? -Infinity) - p), hi: clean((c.high ?? Infinity) + p) };
      return { lo: clean(c.value - p), hi: clean(c.value + p) };
  }
}

export function overlaps(a: Interval, b: Interval): boolean {
  const aPoint = a.hi - a.lo < EPS;
  const bPoint = b.hi - b.lo < EPS;
  if (aPoint && bPoint) return Math.abs(a.lo - b.lo) < EPS;
  if (aPoint) return b.lo <= a.lo + EPS && a.lo < b.hi - EPS;
  if (bPoint) return a.lo <= b.lo + EPS && b.lo < a.hi - EPS;
  return a.lo < b.hi - EPS && b.lo < a.hi - EPS;
}

/** `stated` is `precise` with digits cut off (not rounded) to the decimals `stated` shows. */
export function isTruncation(precise: number, precisePrecision: number, stated: number, statedPrecision: number): boolean {
  const d = decimalsOf(statedPrecision);
  if (decimalsOf(precisePrecision) <= d) return false;
  const f = 10 ** d;
  const truncated = Math.trunc(clean(precise * f)) / f;
  const rounded = Math.round(clean(precise * f)) / f;
  return Math.abs(truncated - stated) < EPS && Math.abs(rounded - stated) > EPS;
}

// ── sources ───────────────────────────────────────────────────────────────────────────────

function infoOf(sources: Map<string, SourceInfo>, id: string): SourceInfo {
  return sources.get(id) ?? { id, name: msg.SOURCE_BY_ID(id), published: null, tier: 0, outletKey: `source:${id}` };
}

export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return msg.LIST(names.slice(0, -1), names[names.length - 1]!);
}

// ── ordering ──────────────────────────────────────────────────────────────────────────────

/** The claim's number in its article (`<source>:c<n>`), read once per claim. */
const ordinals = new WeakMap<Claim, number>();
function ordinal(c: Claim): number {
  let n = ordinals.get(c);
  if (n === undefined) {
    n = Number(/:c(\d+)$/.exec(c.id)?.[1] ?? NaN);
    ordinals.set(c, n);
  }
  return n;
}

/** Reading order: by source id, then by the claim's number in its article, then by id. */
function claimOrder(a: Claim, b: Claim): number {
  if (a.source !== b.source) return a.source < b.source ? -1 : 1;
  const na = ordinal(a);
  const nb = ordinal(b);
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// ── grouping ──────────────────────────────────────────────────────────────────────────────

const SUFFIX: Record<Exclude<Kind, 'result' | 'historical'>, string> = { forecast: 'forecast', estimate: 'estimate', rule: 'rule' };

interface Group {
  id: string;
  metric: string;
  entity: string | null;
  kind: Kind;
  election: number | null;
  claims: Claim[];
}

/** The election year that most result claims name (the later on a tie), or null. */
export function mainElection(claims: Claim[], policy: Policy): number | null {
  const counts = new Map<number, number>();
  for (const c of claims) {
    if (c.election == null || policy.kinds[c.qualifier] !== 'result') continue;
    counts.set(c.election, (counts.get(c.election) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, n] of counts) {
    if (n > bestCount || (n === bestCount && best != null && year > best)) {
      best = year;
      bestCount = n;
    }
  }
  return best;
}

export function figureId(metric: string, entity: string | null, kind: Kind, election: number | null): string {
  const base = `${metric}.${entity ?? 'unattributed'}`;
  if (kind === 'result') return base;
  if (kind === 'historical') return `${base}.${election ?? 'historical'}`;
  return `${base}.${SUFFIX[kind]}`;
}

function groupClaims(claims: Claim[], policy: Policy, election: number | null): Group[] {
  const groups = new Map<string, Group>();
  for (const c of claims) {
    // A claim of a name that is no entity ("unknown") is no figure of anyone the briefing names.
    if (c.entity === 'unknown') continue;
    let kind = policy.kinds[c.qualifier];
    // Any claim about another election (a result, rule or forecast of 2021) is that election's figure.
    if (c.election != null && election != null && c.election !== election) kind = 'historical';
    const year = kind === 'historical' ? c.election : kind === 'result' ? election : null;
    const id = figureId(c.metric, c.entity, kind, year);
    let g = groups.get(id);
    if (!g) {
      g = { id, metric: c.metric, entity: c.entity, kind, election: year, claims: [] };
      groups.set(id, g);
    }
    g.claims.push(c);
  }
  for (const g of groups.values()) {
    if (g.kind !== 'result' && g.kind !== 'historical') {
      // Forecasts, estimates and rules carry the election their claims name, when they all name one.
      const years = new Set(g.claims.map((c) => c.election));
      g.election = years.size === 1 ? (g.claims[0]?.election ?? null) : null;
    }
  }
  return [...groups.values()].sort((a, b) => byString(a.id, b.id));
}

// ── candidates ────────────────────────────────────────────────────────────────────────────

interface Reading {
  claim: Claim; // the first claim with this reading stands for it
  interval: Interval;
  claims: Claim[];
}

interface Candidate {
  reading: Reading;
  /** Claims whose reading joined this candidate (its own included), in claim order. */
  claims: Claim[];
  sources: string[];
  /** Rank of the best qualifier in the policy's status order (lower is better). */
  statusRank: number;
  bestQualifier: Qualifier;
  /** The first claim (in claim order) with the best qualifier. */
  bestClaim: Claim;
  /** The best qualifier among the claims that state the candidate's own value (Figure.qualifier). */
  ownQualifier: Qualifier;
  isResult: boolean;
  weight: number;
}

function readingKey(c: Claim): string {
  return `${c.bound}|${c.value}|${c.low}|${c.high}|${c.precision}|${c.unit}`;
}

function agrees(a: Reading, b: Reading, policy: Policy): boolean {
  if (overlaps(a.interval, b.interval)) return true;
  if (policy.precision.truncation !== 'agree') return false;
  const x = a.claim;
  const y = b.claim;
  if (x.value == null || y.value == null) return false;
  return isTruncation(x.value, x.precision, y.value, y.precision) || isTruncation(y.value, y.precision, x.value, x.precision);
}

function width(i: Interval): number {
  return i.hi - i.lo;
}

function buildCandidates(claims: Claim[], policy: Policy, sources: Map<string, SourceInfo>): { candidates: Candidate[]; home: Map<Claim, Candidate> } {
  const readings = new Map<string, Reading>();
  for (const c of claims) {
    const key = readingKey(c);
    const r = readings.get(key);
    if (r) r.claims.push(c);
    else readings.set(key, { claim: c, interval: claimInterval(c), claims: [c] });
  }
  const ordered = [...readings.values()].sort(
    (a, b) =>
      width(a.interval) - width(b.interval) ||
      (a.claim.value ?? a.claim.low ?? 0) - (b.claim.value ?? b.claim.low ?? 0) ||
      byString(readingKey(a.claim), readingKey(b.claim)),
  );
  const candidates: Candidate[] = [];
  const home = new Map<Claim, Candidate>();
  for (const r of ordered) {
    let cand = candidates.find((k) => agrees(k.reading, r, policy));
    if (!cand) {
      cand = { reading: r, claims: [], sources: [], statusRank: 0, bestQualifier: 'unspecified', bestClaim: r.claim, ownQualifier: r.claim.qualifier, isResult: false, weight: 0 };
      candidates.push(cand);
    }
    for (const c of r.claims) {
      cand.claims.push(c);
      home.set(c, cand);
    }
  }
  const order = policy.status.order;
  const rank = (q: Qualifier) => {
    const i = order.indexOf(q);
    return i === -1 ? order.length : i;
  };
  for (const k of candidates) {
    k.claims.sort(claimOrder);
    k.sources = [...new Set(k.claims.map((c) => c.source))].sort(byString);
    // The best qualifier among its claims (the first in claim order on a tie); a loop, not a
    // spread, so that a candidate may have any number of claims.
    k.statusRank = Infinity;
    for (const c of k.claims) {
      const r = rank(c.qualifier);
      if (r < k.statusRank) {
        k.statusRank = r;
        k.bestQualifier = c.qualifier;
        k.bestClaim = c;
      }
      if (NATURAL_RESULT.has(c.qualifier)) k.isResult = true;
    }
    let ownRank = Infinity;
    for (const c of k.reading.claims) {
      if (rank(c.qualifier) < ownRank) {
        ownRank = rank(c.qualifier);
        k.ownQualifier = c.qualifier;
      }
    }
  }
  // Consensus weight: each independent source (or outlet) counts once, shared equally
  // between the candidates it supports (an article that contradicts itself counts half for each of two values).
  const supports = new Map<string, Set<Candidate>>();
  for (const k of candidates) {
    for (const s of k.sources) {
      const info = infoOf(sources, s);
      const key = policy.consensus.independent_by === 'outlet' ? info.outletKey : `source:${s}`;
      let set = supports.get(key);
      if (!set) supports.set(key, (set = new Set()));
      set.add(k);
    }
  }
  for (const set of supports.values()) for (const k of set) k.weight += 1 / set.size;
  for (const k of candidates) k.weight = clean(k.weight);
  return { candidates, home };
}

/** Qualifiers that are reported results whatever the policy's kinds say. */
const NATURAL_RESULT = new Set<Qualifier>(['final', 'preliminary', 'unspecified']);

// ── rules ─────────────────────────────────────────────────────────────────────────────────

interface Decision {
  kept: Candidate[];
  /** Why the others fell out, by candidate. */
  droppedBy: Map<Candidate, RuleName | 'result-first'>;
  /** The step that left one candidate, if any. */
  decidedBy: RuleName | 'result-first' | null;
}

function sourceKey(info: SourceInfo, policy: Policy): (number | string | null)[] {
  return policy.source_order.by.map((b) => (b === 'tier' ? info.tier : info.published));
}

/** Compares two source keys: > 0 when a is better; null when an unknown date leaves it undecided. */
function compareSourceKeys(a: (number | string | null)[], b: (number | string | null)[], policy: Policy): number | null {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null || y === null) {
      if (policy.source_order.unknown_date === 'undecided') return null;
      return x === null ? -1 : 1;
    }
    return x < y ? -1 : 1;
  }
  return 0;
}

function bestSourceKey(k: Candidate, sources: Map<string, SourceInfo>, policy: Policy): { key: (number | string | null)[]; info: SourceInfo } {
  let best: { key: (number | string | null)[]; info: SourceInfo } | null = null;
  for (const s of k.sources) {
    const info = infoOf(sources, s);
    const key = sourceKey(info, policy);
    if (!best || (compareSourceKeys(key, best.key, { ...policy, source_order: { ...policy.source_order, unknown_date: 'never-wins' } }) ?? 0) > 0) best = { key, info };
  }
  return best!;
}

/** `k`'s value is `o`'s value with digits cut off (not rounded). */
function truncates(k: Candidate, o: Candidate): boolean {
  const a = k.reading.claim;
  const b = o.reading.claim;
  return a.value != null && b.value != null && isTruncation(b.value, b.precision, a.value, a.precision);
}

function decide(candidates: Candidate[], policy: Policy, sources: Map<string, SourceInfo>): Decision {
  const droppedBy = new Map<Candidate, RuleName | 'result-first'>();
  let kept = candidates;
  const keep = (next: Candidate[], why: RuleName | 'result-first') => {
    if (next.length === 0 || next.length === kept.length) return false;
    for (const k of kept) if (!next.includes(k)) droppedBy.set(k, why);
    kept = next;
    return kept.length === 1;
  };
  if (keep(kept.some((k) => k.isResult) ? kept.filter((k) => k.isResult) : kept, 'result-first')) return { kept, droppedBy, decidedBy: 'result-first' };
  for (const rule of policy.rules) {
    let next = kept;
    if (rule === 'precision') {
      // A value that is another kept value with digits cut off states no other value: it gives way.
      next = kept.filter((k) => !kept.some((o) => o !== k && truncates(k, o)));
    } else if (rule === 'status') {
      const best = Math.min(...kept.map((k) => k.statusRank));
      next = kept.filter((k) => k.statusRank === best);
    } else if (rule === 'consensus') {
      const best = Math.max(...kept.map((k) => k.weight));
      if (best >= policy.consensus.min_sources - EPS) next = kept.filter((k) => Math.abs(k.weight - best) < EPS);
    } else {
      const keys = kept.map((k) => bestSourceKey(k, sources, policy).key);
      let bestIdx: number[] = [0];
      let undecided = false;
      for (let i = 1; i < kept.length; i++) {
        const cmp = compareSourceKeys(keys[i]!, keys[bestIdx[0]!]!, policy);
        if (cmp === null) undecided = true;
        else if (cmp > 0) bestIdx = [i];
        else if (cmp === 0) bestIdx.push(i);
      }
      if (!undecided) next = bestIdx.map((i) => kept[i]!);
    }
    if (keep(next, rule)) return { kept, droppedBy, decidedBy: rule };
  }
  return { kept, droppedBy, decidedBy: null };
}

// ── sentences (the texts themselves are in messages.ts) ──────────────────────────────────

function statedOf(k: Candidate): string {
  return formatStated(k.reading.claim);
}

function whoOf(k: Candidate, sources: Map<string, SourceInfo>): string {
  return joinNames([...new Set(k.sources.map((s) => infoOf(sources, s).name))]);
}

const phrase = (q: Qualifier): string => msg.QUALIFIER_PHRASE[q] ?? q;

function weightText(w: number): string {
  return Number.isInteger(w) ? String(w) : String(clean(w));
}

function ruleSentence(win: Candidate, d: Decision, all: Candidate[], sources: Map<string, SourceInfo>, policy: Policy): string {
  const chosen = statedOf(win);
  const losers = all.filter((k) => k !== win);
  switch (d.decidedBy) {
    case 'result-first':
      return msg.RULE_RESULT_OVER_ESTIMATE(chosen, joinNames(losers.map((k) => `${phrase(k.bestQualifier)} (${statedOf(k)})`)));
    case 'precision':
      return msg.RULE_PRECISION(chosen, joinNames(losers.filter((k) => d.droppedBy.get(k) === 'precision').map(statedOf)));
    case 'status': {
      const over = losers.filter((k) => d.droppedBy.get(k) === 'status').sort((a, b) => a.statusRank - b.statusRank);
      const phrases = [...new Set(over.map((k) => k.bestQualifier))].map((q) => {
        const values = over.filter((k) => k.bestQualifier === q).map(statedOf);
        return `${phrase(q)} (${joinNames(values)})`;
      });
      const best = formatStated(win.bestClaim);
      // The best-ranked claim may state the value less precisely than the value used.
      if (best !== chosen) return msg.RULE_STATUS_VIA(chosen, phrase(win.bestQualifier), best, joinNames(phrases));
      return msg.RULE_STATUS(chosen, phrase(win.bestQualifier), joinNames(phrases));
    }
    case 'consensus': {
      const other = Math.max(0, ...losers.filter((k) => d.droppedBy.get(k) === 'consensus').map((k) => k.weight));
      return msg.RULE_CONSENSUS(chosen, weightText(win.weight), weightText(other), !Number.isInteger(win.weight) || !Number.isInteger(other));
    }
    case 'source-order': {
      const best = bestSourceKey(win, sources, policy);
      const dropped = losers.filter((k) => d.droppedBy.get(k) === 'source-order').map((k) => bestSourceKey(k, sources, policy).info);
      // The first criterion of the policy on which the winner differs from a dropped value decided.
      const decider = policy.source_order.by.find((b) => dropped.some((o) => (b === 'tier' ? o.tier !== best.info.tier : o.published !== best.info.published)));
      if (decider === 'tier') return msg.RULE_SOURCE_TIER(chosen, best.info.name, best.info.tier);
      const date = best.info.published ?? '';
      return dropped.every((o) => o.published === null) ? msg.RULE_SOURCE_UNDATED(chosen, best.info.name, date) : msg.RULE_SOURCE_DATE(chosen, best.info.name, date);
    }
    default:
      return '';
  }
}

const isRange = (c: Claim): boolean => c.bound === 'range' || (c.value == null && c.low != null && c.high != null);

/** What kind of disagreement `loser` is with the value used, and a sentence that says so. */
function dissentFor(loser: Candidate, win: Candidate, why: RuleName | 'result-first' | undefined, sources: Map<string, SourceInfo>): Dissent {
  const r = loser.reading.claim;
  const w = win.reading.claim;
  const who = whoOf(loser, sources);
  const stated = statedOf(loser);
  const chosen = statedOf(win);
  const base = { value: r.value, low: r.low, high: r.high, claims: loser.claims.map((c) => c.id) };
  if (why === 'result-first') return { ...base, kind: 'not-a-result', note: msg.DISSENT_NOT_RESULT(who, stated, phrase(loser.bestQualifier)) };
  if (r.value != null && w.value != null && isTruncation(w.value, w.precision, r.value, r.precision)) {
    const d = decimalsOf(r.precision);
    const rounded = formatNumber(Math.round(clean(w.value * 10 ** d)) / 10 ** d, r.precision);
    return { ...base, kind: 'truncation', note: msg.DISSENT_TRUNCATION(who, stated, formatStated(w), d, rounded) };
  }
  if (r.value != null && w.value != null && isTruncation(r.value, r.precision, w.value, w.precision)) {
    const d = decimalsOf(w.precision);
    const rounded = formatNumber(Math.round(clean(r.value * 10 ** d)) / 10 ** d, w.precision);
    return { ...base, kind: 'truncation', note: msg.DISSENT_TRUNCATED_USED(who, stated, chosen, d, rounded) };
  }
  if (why === 'status' && win.bestQualifier === 'final' && loser.bestQualifier === 'preliminary') {
    return { ...base, kind: 'superseded', note: msg.DISSENT_SUPERSEDED(who, stated, chosen) };
  }
  if (isRange(r)) return { ...base, kind: 'outside-range', note: msg.DISSENT_OUTSIDE_RANGE(who, stated, chosen) };
  if (isRange(w)) return { ...base, kind: 'outside-range', note: msg.DISSENT_OUTSIDE_RANGE_USED(who, stated, chosen) };
  if (why === 'status') {
    return { ...base, kind: 'lower-status', note: msg.DISSENT_LOWER_STATUS(who, stated, chosen, phrase(loser.bestQualifier), phrase(win.bestQualifier)) };
  }
  if (why === 'consensus') return { ...base, kind: 'different-value', note: msg.DISSENT_FEWER_SOURCES(who, stated, chosen) };
  if (why === 'source-order') return { ...base, kind: 'different-value', note: msg.DISSENT_SOURCE_ORDER(who, stated, chosen) };
  return { ...base, kind: 'different-value', note: msg.DISSENT_DIFFERENT(who, stated, chosen) };
}

// ── one group ─────────────────────────────────────────────────────────────────────────────

function reconcileGroup(g: Group, policy: Policy, sources: Map<string, SourceInfo>, lexicon: Lexicon, checks: Check[]): Figure {
  const claims = [...g.claims].sort(claimOrder);
  const { candidates, home } = buildCandidates(claims, policy, sources);
  const base = { id: g.id, metric: g.metric, entity: g.entity, election: g.election, kind: g.kind, checks: [] as string[], formula: null, inputs: [] as string[] };

  // Self-contradiction: one article whose claims fall to different candidates.
  // One pass: per source, its claims by candidate (in claim order).
  const bySource = new Map<string, Map<Candidate, Claim[]>>();
  for (const c of claims) {
    let byCand = bySource.get(c.source);
    if (!byCand) bySource.set(c.source, (byCand = new Map()));
    const k = home.get(c)!;
    const list = byCand.get(k);
    if (list) list.push(c);
    else byCand.set(k, [c]);
  }
  for (const [source, byCand] of [...bySource].sort((a, b) => byString(a[0], b[0]))) {
    if (byCand.size < 2) continue;
    const info = infoOf(sources, source);
    // Each value as the article itself states it, with its claims.
    const values = [...byCand.values()].flatMap((own) => {
      const stated = new Map<string, string[]>();
      for (const c of own) {
        const text = formatStated(c);
        const ids = stated.get(text);
        if (ids) ids.push(c.id);
        else stated.set(text, [c.id]);
      }
      return [...stated].map(([text, ids]) => msg.CHECK_SELF_VALUE(text, ids.join(', ')));
    });
    checks.push({
      id: `self-contradiction.${g.id}.${source}`,
      title: msg.CHECK_SELF_TITLE(info.name, figureName(g.metric, g.entity, lexicon)),
      status: 'fails',
      detail: msg.CHECK_SELF_DETAIL(joinNames(values)),
      figures: [g.id],
    });
  }

  if (candidates.length === 1) {
    const k = candidates[0]!;
    const r = k.reading.claim;
    const distinctSources = new Set(claims.map((c) => c.source));
    const allSame = new Set(claims.map((c) => `${c.value}|${c.low}|${c.high}`)).size === 1;
    let status: Figure['status'];
    let rule: string;
    if (distinctSources.size === 1 && allSame) {
      status = 'single';
      rule = msg.RULE_SINGLE(infoOf(sources, r.source).name);
    } else if (allSame) {
      status = 'agreed';
      rule = msg.RULE_AGREED(distinctSources.size);
    } else {
      status = distinctSources.size === 1 ? 'single' : 'rounded';
      const meanings = [...new Set(claims.filter((c) => readingKey(c) !== readingKey(r)).map((c) => readingKey(c)))]
        .map((key) => claims.find((c) => readingKey(c) === key)!)
        .map((c) => meaning(c, r));
      rule = msg.RULE_ROUNDED(statedOf(k), joinNames(meanings));
      if (distinctSources.size === 1) rule = `${msg.RULE_SINGLE(infoOf(sources, r.source).name)} ${rule}`;
    }
    return {
      ...base,
      value: r.value,
      low: r.low,
      high: r.high,
      precision: r.precision,
      unit: r.unit,
      qualifier: k.ownQualifier,
      status,
      rule,
      claims: k.claims.map((c) => c.id),
      dissent: [],
    };
  }

  const d = decide(candidates, policy, sources);
  if (d.kept.length === 1) {
    const win = d.kept[0]!;
    const r = win.reading.claim;
    const losers = candidates.filter((k) => k !== win);
    return {
      ...base,
      value: r.value,
      low: r.low,
      high: r.high,
      precision: r.precision,
      unit: r.unit,
      qualifier: win.ownQualifier,
      status: 'resolved',
      rule: ruleSentence(win, d, candidates, sources, policy),
      claims: win.claims.map((c) => c.id),
      dissent: losers.map((k) => dissentFor(k, win, d.droppedBy.get(k), sources)),
    };
  }
  // Conflict: no rule decides; every value is shown, none chosen.
  const first = candidates[0]!.reading.claim;
  const best = [...candidates].sort((a, b) => a.statusRank - b.statusRank)[0]!;
  return {
    ...base,
    value: null,
    low: null,
    high: null,
    precision: first.precision,
    unit: first.unit,
    qualifier: best.bestQualifier,
    status: 'conflict',
    rule: msg.RULE_CONFLICT(joinNames(d.kept.map((k) => msg.RULE_CONFLICT_VALUE(statedOf(k), whoOf(k, sources))))),
    claims: claims.map((c) => c.id),
    dissent: candidates.map((k) => {
      const why = d.droppedBy.get(k);
      const top = d.kept[0]!;
      if (why) return dissentFor(k, top === k ? d.kept[1]! : top, why, sources);
      return { value: k.reading.claim.value, low: k.reading.claim.low, high: k.reading.claim.high, claims: k.claims.map((c) => c.id), kind: 'unresolved', note: msg.DISSENT_UNRESOLVED(whoOf(k, sources), statedOf(k)) };
    }),
  };
}

/** '"54 %" means 53.5 to 54.5 %'; a range means its ends ("62-64" means 62 to 64 seats). */
function meaning(c: Claim, chosen: Claim): string {
  const written = c.text || formatStated(c);
  if (!overlaps(claimInterval(c), claimInterval(chosen))) return msg.MEANING_TRUNCATED(written, formatStated(chosen));
  if (isRange(c)) return msg.MEANING(written, formatStated({ ...c, bound: 'range' }));
  const i = claimInterval(c);
  const p = c.precision / 10;
  const lo = Number.isFinite(i.lo) ? formatNumber(i.lo, p) : null;
  const hi = Number.isFinite(i.hi) ? formatNumber(i.hi, p) : null;
  const span = lo != null && hi != null ? msg.NUM_RANGE(lo, hi) : lo != null ? msg.NUM_MORE_THAN(lo) : hi != null ? msg.NUM_LESS_THAN(hi) : msg.NUM_ANY;
  return msg.MEANING(written, withUnit(span, c.unit, null));
}

// ── the stage ─────────────────────────────────────────────────────────────────────────────

export interface Reconciled {
  figures: Figure[];
  checks: Check[];
}

export function reconcile(claims: Claim[], corpus: Corpus, lexicon: Lexicon, policy: Policy): Reconciled {
  const sources = sourceInfo(corpus);
  const sorted = [...claims].sort(claimOrder);
  const election = lexicon.election?.year ?? mainElection(sorted, policy);
  const checks: Check[] = [];
  const figures = groupClaims(sorted, policy, election).map((g) => reconcileGroup(g, policy, sources, lexicon, checks));
  const computed = computeChecks(figures, lexicon, policy);
  // Parsing puts every field in the schema's order and proves the artifact valid.
  const allFigures = [...figures, ...computed.figures].sort((a, b) => byString(a.id, b.id)).map((f) => FigureSchema.parse(f));
  const allChecks = [...checks, ...computed.checks].sort((a, b) => byString(a.id, b.id));
  const byId = new Map(allFigures.map((f) => [f.id, f]));
  for (const c of allChecks) {
    for (const id of c.figures) {
      const f = byId.get(id);
      if (f && !f.checks.includes(c.id)) f.checks.push(c.id);
    }
  }
  for (const f of allFigures) f.checks.sort(byString);
  return { figures: allFigures, checks: allChecks };
}

/** The stage's progress line: how many figures, how many contested, how many checks fail. */
export function reconcileSummary(r: Reconciled): string {
  const count = (status: string) => r.figures.filter((f) => f.status === status).length;
  return msg.RECONCILE_SUMMARY(r.figures.length, count('conflict'), count('resolved'), r.checks.length, r.checks.filter((c) => c.status === 'fails').length);
}

// ── benchmark support (not used by the stage) ─────────────────────────────────────────────

/** `copies` copies of every source and its claims, with new source ids: a large corpus for the benchmark. */
export function scaleClaims(claims: Claim[], corpus: Corpus, copies: number): { claims: Claim[]; corpus: Corpus } {
  const outClaims: Claim[] = [];
  const outSources: Corpus['sources'] = [];
  for (let k = 0; k < copies; k++) {
    const suffix = k === 0 ? '' : `-copy${k}`;
    for (const s of corpus.sources) outSources.push({ ...s, meta: { ...s.meta, id: `${s.meta.id}${suffix}`, outlet: s.meta.outlet ? `${s.meta.outlet}${suffix}` : null } });
    for (const c of claims) outClaims.push({ ...c, id: c.id.replace(/^[^:]+/, (m) => `${m}${suffix}`), source: `${c.source}${suffix}` });
  }
  return { claims: outClaims, corpus: { sources: outSources } };
}

/**
 * For `make bench`: reconciles `articles` articles' worth of claims (the given ones copied by
 * `scaleClaims`, each copy a new source of a new outlet) and times it. One untimed run on the
 * large corpus warms the JIT; then `runs` timed runs, of which `ms` is the fastest (the least
 * disturbed by other work on the machine) and `msRuns` all. The goal is under a second for
 * 1,000 articles; the cost grows linearly with the number of claims (see the docblock above).
 */
export function benchReconcile(
  claims: Claim[],
  corpus: Corpus,
  lexicon: Lexicon,
  policy: Policy,
  articles = 1000,
  runs = 3,
): { articles: number; claims: number; figures: number; ms: number; msRuns: number[] } {
  const copies = Math.max(1, Math.ceil(articles / Math.max(1, corpus.sources.length)));
  const big = scaleClaims(claims, corpus, copies);
  let out = reconcile(big.claims, big.corpus, lexicon, policy); // warm-up
  const msRuns: number[] = [];
  for (let i = 0; i < Math.max(1, runs); i++) {
    const t0 = performance.now();
    out = reconcile(big.claims, big.corpus, lexicon, policy);
    msRuns.push(Math.round((performance.now() - t0) * 10) / 10);
  }
  return { articles: big.corpus.sources.length, claims: big.claims.length, figures: out.figures.length, ms: Math.min(...msRuns), msRuns };
}
