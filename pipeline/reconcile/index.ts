/**
 * Stage 3, reconcile: claims → one figure per quantity, the rule that chose its value, every
 * disagreeing value in the open, and the cross-checks (checks.ts) computed from the figures.
 *
 * ## Figure ids (templates and charts name figures by them)
 *
 *   `<metric>.<entity>`               a result of this election: `turnout.national`,
 *                                     `vote_share.amanat`, `seats_single_mandate.amanat`
 *   `<metric>.<entity>.forecast`      forecasts, polls, exit polls (`vote_share.amanat.forecast`)
 *   `<metric>.<entity>.estimate`      estimates and projections  (`turnout.almaty.estimate`)
 *   `<metric>.<entity>.rule`          rules of the election      (`threshold.national.rule`)
 *   `<metric>.<entity>.<year>`        an earlier election        (`vote_share.amanat.2021`);
 *                                     `.historical` when the year is not stated
 *   `<metric>.<entity>.<stage>`       one counting stage, where the stages' values differ
 *                                     (`seats_single_mandate.amanat.preliminary`)
 *   `<metric>.<entity>.at-<moment>`   a snapshot (`turnout.national.at-10-00`, `….at-95-counted`)
 *   `<metric>.<entity>.derived`       computed by a cross-check  (`seats_list.amanat.derived`)
 *   `<metric>.<entity>` of kind `latest`  where only snapshots report the quantity: the latest
 *                                     of them, as of its moment (never a result)
 *
 * `<entity>` is the lexicon id (`national` for the whole election), `unattributed` when the
 * extractor could not attach the claim to one; a claim's round (other than the first), place
 * and voter group, when the extractor gives them, follow it (`.round-2`, `.in-dublin`,
 * `.among-women`). A figure given in two units adds the other unit (`.percent`). Which
 * qualifiers are results and which form figures of their own is set in the policy (`stages:`,
 * `kinds:`); a result attributed to a poll or to analysts is a forecast or estimate. "This
 * election" is the lexicon's `election.year`, else the year most result claims name. Figures
 * are sorted by id, checks by id.
 *
 * ## How one value is chosen (see policy.ts for the configurable parts, evidence.ts for weights)
 *
 * 1. Each claim is read as an interval: value ± precision (half a unit of its last digit),
 *    a range widened by its precision, a bound open on one side. Intervals are half-open,
 *    so "54" [53.5, 54.5) agrees with "54.19" but "53" [52.5, 53.5) does not. An approximate
 *    round number is read to its last significant digit, keeping two ("about 1,300" agrees
 *    with "1,312"; `roundNumberPrecision`).
 * 2. Distinct readings are taken most precise first; each joins the candidate value it agrees
 *    with (of several, one past its bound, "over 40 %" joins 44.36 %, not 40 %; then the nearest
 *    to the number it states: "almost 74 %" joins 73.9 %, not
 *    67.69 %) or becomes a candidate of its own. One candidate: `single` (one source),
 *    `agreed` (all the same) or `rounded` (agree within precision; the most precise is used).
 *    Before that, a source that reports the figure again in a later article updates itself:
 *    a value of its earlier article that its latest article does not agree with is no
 *    candidate, only a dissent of kind `updated` (results, stages and snapshots of the count;
 *    `splitUpdated`).
 * 3. Several candidates: a reported result always beats an estimate or forecast; then the
 *    policy's rules are tried in order, each keeping only the best candidates by its measure,
 *    and the first that leaves one decides (`resolved`):
 *      precision     a value that is another with digits cut off ("8.5" for 8.59) gives way;
 *      status        a later counting stage supersedes the earlier ones (policy `stages:`); a
 *                    value whose stage is not stated competes on; an earlier stage is a figure
 *                    of its own, not a dissent;
 *      arithmetic    the identities over all figures (arithmetic.ts) keep the values with
 *                    which list + single-mandate = total, the parties' seats fit the chamber,
 *                    turnout = ballots / registered and the shares stay within 100 % hold;
 *                    one source's own figures ("38 + 18 = 56" in one article) never rule out
 *                    a value that two other independent sources state;
 *      consensus     the weight of the evidence (evidence.ts): each independent source (an
 *                    outlet, one wire story and its reposts) once, the electoral authority's
 *                    own figure and a stated stage weigh more, a low extraction confidence
 *                    less, an article that contradicts itself an equal share for each value;
 *                    no single source outweighs two independent ones;
 *      source-order  the best source's tier, then its publication date; unknown never wins.
 *    Where a party's list seats compete, the seats the legal method gives it from the settled
 *    shares, seats and threshold weigh for the value that states them (`evidence.allocation`,
 *    less than one source); those seat figures are decided after the others for it.
 *    Then `settle`: with every other figure at its chosen value, a value the rules after
 *    arithmetic chose (or a figure none decided) that breaks an identity gives way to the holding
 *    combination with the most weight of evidence, where every such combination agrees.
 *    If none decides, the figure is a `conflict`: no value, every candidate in `dissent`.
 *    Each dissent names its kind: truncation, not-a-result, outside-range, arithmetic,
 *    different-value, unresolved (lower-status and superseded with an explicit status.order), updated.
 * 4. Cross-checks (checks.ts) run on the figures and add derived figures; each check's id is
 *    added to the `checks` of the figures it involves.
 *
 * Grouping is one pass over the claims with a Map, and each group compares its distinct
 * readings only, so the cost grows with the number of claims, not its square; arithmetic
 * enumerates at most 512 combinations per identity.
 */
import type { Lexicon } from '../shared/lexicon.ts';
import * as msg from '../shared/messages.ts';
import { PipelineError, diagnostic } from '../shared/errors.ts';
import { DEFAULT_KINDS, kindOf, knownQualifiers, stageRank, stageWord, type Kind, type Policy, type RuleName } from './policy.ts';
import { Figure as FigureSchema, type Check, type Claim, type Corpus, type Dissent, type Figure } from '../shared/schema.ts';
import { CONTENDER_KINDS, computeChecks, hare } from './checks.ts';
import { chooseByArithmetic, settleByArithmetic, type Settling, type Term } from './arithmetic.ts';
import { claimKind, claimWeight, evidenceRules, independence, snapshotOf, type ClaimIn, type EvidenceRules } from './evidence.ts';
import { EPS, clean, decimalsOf, figureName, formatNumber, formatStated, sourceInfo, withUnit, type SourceInfo } from './words.ts';

// How reconcile writes numbers, figures and sources (words.ts) is part of what this stage offers.
export { decimalsOf, figureName, formatNumber, formatStated, sourceInfo, withUnit, type SourceInfo } from './words.ts';
export { momentRank } from '../shared/moment.ts';
import { momentRank } from '../shared/moment.ts';

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
    default: {
      if (c.value == null) return { lo: clean((c.low ?? -Infinity) - p), hi: clean((c.high ?? Infinity) + p) };
      const q = c.bound === 'approximate' ? Math.max(p, roundNumberPrecision(c.value)) : p;
      return { lo: clean(c.value - q), hi: clean(c.value + q) };
    }
  }
}

/**
 * An approximate round number is read to its last significant digit, keeping two: "about 1,300"
 * is 1,250–1,350 and agrees with "1,312"; "nearly 8,000" agrees with "7,964"; "about 40" keeps
 * its written precision (two digits are all it has).
 */
export function roundNumberPrecision(value: number): number {
  const v = Math.abs(value);
  if (!Number.isInteger(v) || v < 100) return 0;
  const digits = String(v).length;
  let zeros = 0;
  for (let n = v; n % 10 === 0 && n > 0; n /= 10) zeros++;
  const k = Math.min(zeros, digits - 2);
  return k > 0 ? 10 ** k / 2 : 0;
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

/** `result` figures, their counting stages (`stage`) and their snapshots (`snapshot`), and figures of their own. */
type GroupKind = Kind | 'stage' | 'snapshot';

interface Group {
  id: string;
  metric: string;
  entity: string | null;
  kind: GroupKind;
  election: number | null;
  claims: ClaimIn[];
  stage?: string;
  asOf?: string;
  scope: { round?: number | string; place?: string; group?: string };
}

/** The election year that most result claims name (the later on a tie), or null. */
export function mainElection(claims: Claim[], policy: Policy): number | null {
  const counts = new Map<number, number>();
  for (const c of claims) {
    if (c.election == null || kindOf(policy, c.qualifier) !== 'result') continue;
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

/** An id part from free text: "95% counted" → "95-counted". */
function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'moment'
  );
}

/** The part of a figure id that names its round, place and voter group: `.round-2`, `.in-dublin`, `.among-women`. */
function scopeOf(c: ClaimIn): { key: string; scope: Group['scope'] } {
  const scope: Group['scope'] = {};
  let key = '';
  if (c.round != null && String(c.round) !== '1') {
    scope.round = c.round;
    key += `.round-${slug(String(c.round))}`;
  }
  if (c.place) {
    scope.place = c.place;
    key += `.in-${c.place}`;
  }
  if (c.group) {
    scope.group = c.group;
    key += `.among-${c.group}`;
  }
  return { key, scope };
}

/** The figure a claim belongs to: its id, kind, election year, scope, and its moment when it is a snapshot. */
function placeOf(c: ClaimIn, rules: EvidenceRules, election: number | null): { id: string; kind: Kind; year: number | null; scope: Group['scope']; moment: string | null } {
  let kind = claimKind(c, rules);
  // Any claim about another election (a result, rule or forecast of 2021) is that election's figure.
  if (c.election != null && election != null && c.election !== election) kind = 'historical';
  const year = kind === 'historical' ? c.election : kind === 'result' ? election : null;
  const { key, scope } = scopeOf(c);
  const id = figureId(c.metric, c.entity, kind, year).replace(/^([^.]+\.[^.]+)/, `$1${key}`);
  const moment = kind === 'result' ? snapshotOf(c, rules) : null;
  // A snapshot: a point of its quantity's series, never a value of the result.
  return { id: moment != null ? `${id}.at-${slug(moment)}` : id, kind, year, scope, moment };
}

/**
 * The id of the result figure each claim supports (null for snapshots and figures of their own),
 * as `reconcile` groups them: for evaluations that compare a chosen figure with what one article says.
 */
export function resultFigureIds(claims: ClaimIn[], lexicon: Lexicon, policy: Policy): Map<string, string | null> {
  const rules = evidenceRules(policy);
  const election = lexicon.election?.year ?? mainElection(claims, policy);
  return new Map(
    claims.map((c) => {
      const p = placeOf(c, rules, election);
      return [c.id, p.kind === 'result' && p.moment == null ? p.id : null];
    }),
  );
}

function groupClaims(claims: ClaimIn[], rules: EvidenceRules, election: number | null): Group[] {
  const policy = rules.policy;
  const groups = new Map<string, Group>();
  const add = (id: string, c: ClaimIn, make: () => Omit<Group, 'claims'>) => {
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { ...make(), claims: [] }));
    g.claims.push(c);
  };
  for (const c of claims) {
    // A claim of a name that is no entity ("unknown", extract) is no figure of anyone the briefing names.
    if (c.entity === 'unknown') continue;
    const { id, kind, year, scope, moment } = placeOf(c, rules, election);
    const base = { metric: c.metric, entity: c.entity, election: year, scope };
    if (moment != null) {
      add(id, c, () => ({ ...base, id, kind: 'snapshot', asOf: moment }));
      continue;
    }
    add(id, c, () => ({ ...base, id, kind }));
  }
  // A figure given in two units (invalid ballots as a count and as a share) is two figures:
  // a unit other than % keeps the id (the first in alphabetical order), each other unit is
  // `<id>.<unit>` ("percent" for %), whatever the number of claims, so ids never move.
  for (const g of [...groups.values()]) {
    const units = new Map<string, ClaimIn[]>();
    for (const c of g.claims) {
      const list = units.get(c.unit);
      if (list) list.push(c);
      else units.set(c.unit, [c]);
    }
    if (units.size < 2) continue;
    const [main, ...rest] = [...units].sort((a, b) => Number(a[0] === '%') - Number(b[0] === '%') || byString(a[0], b[0]));
    g.claims = main![1];
    for (const [unit, list] of rest) {
      const id = `${g.id}.${unit === '%' ? 'percent' : slug(unit)}`;
      groups.set(id, { ...g, id, claims: list });
    }
  }
  // Each counting stage of a result that two or more stages report is a figure of its own.
  for (const g of [...groups.values()]) {
    if (g.kind !== 'result') continue;
    const stages = [...new Set(g.claims.map((c) => c.qualifier).filter((q) => stageRank(policy, q) != null))];
    if (stages.length < 2 || !stagesDiffer(g.claims, policy)) continue;
    for (const stage of stages) {
      const id = `${g.id}.${stage}`;
      groups.set(id, { ...g, id, kind: 'stage', stage, claims: g.claims.filter((c) => c.qualifier === stage) });
    }
  }
  for (const g of groups.values()) {
    if (g.kind === 'forecast' || g.kind === 'estimate' || g.kind === 'rule') {
      // Forecasts, estimates and rules carry the election their claims name, when they all name one.
      const years = new Set(g.claims.map((c) => c.election));
      g.election = years.size === 1 ? (g.claims[0]?.election ?? null) : null;
    }
  }
  return [...groups.values()].sort((a, b) => byString(a.id, b.id));
}

/** Two counting stages give values that do not agree (a stage that only restates another needs no figure). */
function stagesDiffer(claims: ClaimIn[], policy: Policy): boolean {
  const byStage = new Map<string, Map<string, Interval>>();
  for (const c of claims) {
    if (stageRank(policy, c.qualifier) == null) continue;
    let m = byStage.get(c.qualifier);
    if (!m) byStage.set(c.qualifier, (m = new Map()));
    m.set(readingKey(c), claimInterval(c));
  }
  const stages = [...byStage.values()];
  for (let i = 0; i < stages.length; i++)
    for (let j = i + 1; j < stages.length; j++)
      for (const a of stages[i]!.values()) for (const b of stages[j]!.values()) if (!overlaps(a, b)) return true;
  return false;
}

// ── candidates ────────────────────────────────────────────────────────────────────────────

interface Reading {
  claim: ClaimIn; // the first claim with this reading stands for it
  interval: Interval;
  claims: ClaimIn[];
}

/** What weighed for a candidate: per independent source, its weight and why. */
interface Support {
  /** The independent source's key, or `allocation` for the seats the legal method gives. */
  key: string;
  sources: string[];
  weight: number;
  official: string | null;
  labelled: string | null;
  confidence: number;
  shared: boolean;
  /** For `allocation`: the sentence that says what the method gives. */
  note?: string;
}

interface Candidate {
  reading: Reading;
  /** Claims whose reading joined this candidate (its own included), in claim order. */
  claims: ClaimIn[];
  sources: string[];
  /** The latest counting stage among its claims (policy order), -1 when none is stated. */
  stageRank: number;
  /** Rank in an explicit `status.order` of the policy (lower is better), when the policy gives one. */
  statusRank: number;
  bestQualifier: string;
  /** The first claim (in claim order) with the best qualifier. */
  bestClaim: ClaimIn;
  /** The best qualifier among the claims that state the candidate's own value (Figure.qualifier). */
  ownQualifier: string;
  isResult: boolean;
  weight: number;
  support: Support[];
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

/** The number a reading states: its value, the middle of its range, or its one bound. */
function statedNumber(c: Claim): number | null {
  if (c.value != null) return c.value;
  if (c.low != null && c.high != null) return (c.low + c.high) / 2;
  return c.low ?? c.high ?? null;
}

/** How far apart two readings' stated numbers are (Infinity when one states none). */
function distance(a: Reading, b: Reading): number {
  const x = statedNumber(a.claim);
  const y = statedNumber(b.claim);
  return x == null || y == null ? Infinity : Math.abs(x - y);
}

/**
 * Whether a candidate's number lies past a bound reading's bound, on its open side: 44.36 past
 * "over 40", not 40 itself; every number for a reading that is no bound.
 */
function pastBound(k: Reading, r: Reading): boolean {
  const x = statedNumber(k.claim);
  if (x == null) return false;
  if (r.claim.bound === 'lower-bound') return r.claim.low != null ? x > r.claim.low + EPS : r.claim.value != null && x > r.claim.value + EPS;
  if (r.claim.bound === 'upper-bound') return r.claim.high != null ? x < r.claim.high - EPS : r.claim.value != null && x < r.claim.value - EPS;
  return true;
}

function width(i: Interval): number {
  return i.hi - i.lo;
}

interface Context {
  policy: Policy;
  rules: EvidenceRules;
  sources: Map<string, SourceInfo>;
  independent: Map<string, string>;
  lexicon: Lexicon;
}

/**
 * A reported result whatever the policy's kinds say: a stated stage of the count or
 * `unspecified`, never what is a forecast or estimate by default (a policy that files
 * estimates with the results still never lets one replace a reported result).
 */
function isReportedResult(policy: Policy, q: string): boolean {
  return q === 'unspecified' || (policy.stages.includes(q) && !(q in DEFAULT_KINDS));
}

/** How good a qualifier is for a candidate (higher is better): the later stage, then an unstated stage. */
function qualifierScore(policy: Policy, q: string): number {
  const order = policy.status.order;
  if (order) {
    const i = order.indexOf(q);
    return -(i === -1 ? order.length : i);
  }
  const r = stageRank(policy, q);
  if (r != null) return r;
  return kindOf(policy, q) === 'result' ? -1 : -2;
}

function buildCandidates(claims: ClaimIn[], ctx: Context): { candidates: Candidate[]; home: Map<ClaimIn, Candidate> } {
  const { policy } = ctx;
  const readings = new Map<string, Reading>();
  for (const c of claims) {
    const key = readingKey(c);
    const r = readings.get(key);
    if (r) r.claims.push(c);
    else readings.set(key, { claim: c, interval: claimInterval(c), claims: [c] });
  }
  // Most precise first; of equal precision, a value stated exactly ("28.5") before one stated
  // as approximate ("about 28.5"), then the one with the latest stated stage.
  const best = (r: Reading) => Math.max(...r.claims.map((c) => qualifierScore(policy, c.qualifier)));
  const ordered = [...readings.values()].sort(
    (a, b) =>
      width(a.interval) - width(b.interval) ||
      (a.claim.value ?? a.claim.low ?? 0) - (b.claim.value ?? b.claim.low ?? 0) ||
      Number(a.claim.bound !== 'exact') - Number(b.claim.bound !== 'exact') ||
      best(b) - best(a) ||
      byString(readingKey(a.claim), readingKey(b.claim)),
  );
  const candidates: Candidate[] = [];
  const home = new Map<ClaimIn, Candidate>();
  for (const r of ordered) {
    // A reading that agrees with several candidates ("almost 74 %" with 67.69 % and 73.9 %)
    // joins one whose number lies past its bound ("over 40 %" joins 44.36 %, not 40 %), then
    // the one nearest to the number it states; on a tie, the first.
    let cand: Candidate | undefined;
    for (const k of candidates) {
      if (!agrees(k.reading, r, policy)) continue;
      const past = Number(pastBound(k.reading, r)) - (cand ? Number(pastBound(cand.reading, r)) : 0);
      if (!cand || past > 0 || (past === 0 && distance(k.reading, r) < distance(cand.reading, r) - EPS)) cand = k;
    }
    if (!cand) {
      cand = {
        reading: r,
        claims: [],
        sources: [],
        stageRank: -1,
        statusRank: 0,
        bestQualifier: 'unspecified',
        bestClaim: r.claim,
        ownQualifier: r.claim.qualifier,
        isResult: false,
        weight: 0,
        support: [],
      };
      candidates.push(cand);
    }
    for (const c of r.claims) {
      cand.claims.push(c);
      home.set(c, cand);
    }
  }
  for (const k of candidates) {
    k.claims.sort(claimOrder);
    k.sources = [...new Set(k.claims.map((c) => c.source))].sort(byString);
    // The best qualifier among its claims (the first in claim order on a tie); a loop, not a
    // spread, so that a candidate may have any number of claims.
    let best = -Infinity;
    for (const c of k.claims) {
      const score = qualifierScore(policy, c.qualifier);
      if (score > best) {
        best = score;
        k.bestQualifier = c.qualifier;
        k.bestClaim = c;
      }
      const rank = stageRank(policy, c.qualifier);
      if (rank != null && rank > k.stageRank) k.stageRank = rank;
      if (isReportedResult(policy, c.qualifier)) k.isResult = true;
    }
    k.statusRank = -best;
    let own = -Infinity;
    for (const c of k.reading.claims) {
      const score = qualifierScore(policy, c.qualifier);
      if (score > own) {
        own = score;
        k.ownQualifier = c.qualifier;
      }
    }
  }
  // Evidence: each independent source counts once, by its weightiest claim for the value, and
  // is shared equally between the candidates it supports (an article that contradicts itself
  // counts half for each of two values).
  const supports = new Map<string, Set<Candidate>>();
  for (const k of candidates) {
    for (const s of k.sources) {
      const key = ctx.independent.get(s) ?? `source:${s}`;
      let set = supports.get(key);
      if (!set) supports.set(key, (set = new Set()));
      set.add(k);
    }
  }
  for (const k of candidates) {
    const byKey = new Map<string, ClaimIn[]>();
    for (const c of k.claims) {
      const key = ctx.independent.get(c.source) ?? `source:${c.source}`;
      const list = byKey.get(key);
      if (list) list.push(c);
      else byKey.set(key, [c]);
    }
    for (const [key, list] of [...byKey].sort((a, b) => byString(a[0], b[0]))) {
      let top: { c: ClaimIn; w: ReturnType<typeof claimWeight> } | null = null;
      for (const c of list) {
        const w = claimWeight(c, ctx.rules);
        if (!top || w.weight > top.w.weight + EPS) top = { c, w };
      }
      const share = supports.get(key)?.size ?? 1;
      const weight = clean(top!.w.weight / share);
      k.support.push({
        key,
        sources: [...new Set(list.map((c) => c.source))].sort(byString),
        weight,
        official: top!.w.official ? (top!.c.attribution ?? null) : null,
        labelled: top!.w.labelled ? top!.c.qualifier : null,
        confidence: top!.w.confidence,
        shared: share > 1,
      });
      k.weight += weight;
    }
    k.weight = clean(k.weight);
  }
  return { candidates, home };
}

// ── rules ─────────────────────────────────────────────────────────────────────────────────

type Why = RuleName | 'result-first';

interface Decision {
  kept: Candidate[];
  /** Why the others fell out, by candidate. */
  droppedBy: Map<Candidate, Why>;
  /** The step that left one candidate, if any. */
  decidedBy: Why | null;
  /** The identity that decided (arithmetic), for the rule sentence. */
  identity?: string;
  /** The index in the policy's rules where the decision stopped (to continue after arithmetic). */
  next: number;
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

/**
 * Tries the policy's rules from `d.next` on, each keeping only the best candidates by its
 * measure, until one is left or `stopAt` (arithmetic, which looks at several figures at once)
 * is reached.
 */
function runRules(d: Decision, policy: Policy, sources: Map<string, SourceInfo>, stopAt: RuleName | null): Decision {
  const keep = (next: Candidate[], why: Why) => {
    if (next.length === 0 || next.length === d.kept.length) return false;
    for (const k of d.kept) if (!next.includes(k)) d.droppedBy.set(k, why);
    d.kept = next;
    return d.kept.length === 1;
  };
  if (d.next === 0 && d.droppedBy.size === 0) {
    const kept = d.kept;
    if (keep(kept.some((k) => k.isResult) ? kept.filter((k) => k.isResult) : kept, 'result-first')) return { ...d, decidedBy: 'result-first', next: policy.rules.length };
  }
  for (let i = d.next; i < policy.rules.length; i++) {
    const rule = policy.rules[i]!;
    if (d.kept.length === 1) return { ...d, next: policy.rules.length };
    if (rule === stopAt) return { ...d, next: i };
    let next = d.kept;
    if (rule === 'precision') {
      // A value that is another kept value with digits cut off states no other value: it gives way.
      next = d.kept.filter((k) => !d.kept.some((o) => o !== k && truncates(k, o)));
    } else if (rule === 'status') {
      if (policy.status.order) {
        const best = Math.min(...d.kept.map((k) => k.statusRank));
        next = d.kept.filter((k) => k.statusRank === best);
      } else {
        // A later counting stage supersedes the earlier ones; a value of no stated stage competes on.
        const latest = Math.max(...d.kept.map((k) => k.stageRank));
        if (latest >= 0) next = d.kept.filter((k) => k.stageRank === latest || k.stageRank === -1);
      }
    } else if (rule === 'consensus') {
      const sorted = [...d.kept].sort((a, b) => b.weight - a.weight);
      if (sorted.length > 1 && sorted[0]!.weight > sorted[1]!.weight + EPS) next = [sorted[0]!];
    } else if (rule === 'arithmetic') {
      // Decided by the identities over all figures (see `arithmetic`); nothing to do for one figure.
    } else {
      const keys = d.kept.map((k) => bestSourceKey(k, sources, policy).key);
      let bestIdx: number[] = [0];
      let undecided = false;
      for (let j = 1; j < d.kept.length; j++) {
        const cmp = compareSourceKeys(keys[j]!, keys[bestIdx[0]!]!, policy);
        if (cmp === null) undecided = true;
        else if (cmp > 0) bestIdx = [j];
        else if (cmp === 0) bestIdx.push(j);
      }
      if (!undecided) next = bestIdx.map((j) => d.kept[j]!);
    }
    if (keep(next, rule)) return { ...d, decidedBy: rule, next: policy.rules.length };
  }
  return { ...d, next: policy.rules.length };
}

// ── sentences (the texts themselves are in messages.ts) ──────────────────────────────────

function statedOf(k: Candidate): string {
  return formatStated(k.reading.claim);
}

function whoOf(k: Candidate, sources: Map<string, SourceInfo>): string {
  return joinNames([...new Set(k.sources.map((s) => infoOf(sources, s).name))]);
}

const phrase = (q: string): string => msg.QUALIFIER_PHRASE[q] ?? stageWord(q);
/** "the preliminary count", "the automatic count", "the recount". */
const stageCount = (q: string): string => (/count$/.test(stageWord(q)) ? stageWord(q) : `${stageWord(q)} count`);

function weightText(w: number): string {
  return String(Math.round(w * 100) / 100);
}

/** "3 (Outlet A: the electoral authority's own figure (CEC), labelled final) + 1 (Outlet B)". */
function supportText(k: Candidate, sources: Map<string, SourceInfo>): string {
  const parts = k.support.map((s) => {
    if (s.note) return msg.RULE_EVIDENCE_PART(weightText(s.weight), s.note, '');
    const why: string[] = [];
    if (s.official) why.push(msg.EVIDENCE_OFFICIAL(s.official));
    if (s.labelled) why.push(msg.EVIDENCE_LABEL(stageWord(s.labelled)));
    if (s.confidence < 1) why.push(msg.EVIDENCE_CONFIDENCE(weightText(s.confidence)));
    if (s.shared) why.push(msg.EVIDENCE_SHARED);
    if (s.sources.length > 1) why.push(msg.EVIDENCE_STORY(s.sources.length));
    return msg.RULE_EVIDENCE_PART(weightText(s.weight), joinNames(s.sources.map((id) => infoOf(sources, id).name)), why.join(', '));
  });
  return parts.length > 1 ? `${weightText(k.weight)}: ${parts.join(' + ')}` : (parts[0] ?? '0');
}

function ruleSentence(win: Candidate, d: Decision, all: Candidate[], sources: Map<string, SourceInfo>, policy: Policy): string {
  const text = decidingSentence(win, d, all, sources, policy);
  // Earlier counting stages that a later one superseded before another rule decided.
  const over = all.filter((k) => k !== win && d.droppedBy.get(k) === 'status' && !policy.status.order && k.stageRank >= 0);
  if (d.decidedBy === 'status' || over.length === 0) return text;
  return `${text} ${msg.RULE_SUPERSEDED_TOO(earlierStages(over, sources))}`;
}

/** "the preliminary count (63 seats, Outlet A)", by stage, for candidates a later counting stage superseded. */
function earlierStages(over: Candidate[], sources: Map<string, SourceInfo>): string {
  return joinNames(
    [...new Set(over.map((k) => k.bestQualifier))].map((q) =>
      msg.RULE_STAGE_EARLIER(stageCount(q), joinNames(over.filter((k) => k.bestQualifier === q).map((k) => `${statedOf(k)}, ${whoOf(k, sources)}`))),
    ),
  );
}

function decidingSentence(win: Candidate, d: Decision, all: Candidate[], sources: Map<string, SourceInfo>, policy: Policy): string {
  const chosen = statedOf(win);
  const losers = all.filter((k) => k !== win);
  switch (d.decidedBy) {
    case 'result-first':
      return msg.RULE_RESULT_OVER_ESTIMATE(chosen, joinNames(losers.map((k) => `${phrase(k.bestQualifier)} (${statedOf(k)})`)));
    case 'precision':
      return msg.RULE_PRECISION(chosen, joinNames(losers.filter((k) => d.droppedBy.get(k) === 'precision').map(statedOf)));
    case 'status': {
      const over = losers.filter((k) => d.droppedBy.get(k) === 'status');
      if (!policy.status.order) {
        return msg.RULE_STAGE(chosen, `the ${stageCount(win.bestQualifier)}`, joinNames(win.claims.filter((c) => c.qualifier === win.bestQualifier).map((c) => infoOf(sources, c.source).name).filter((n, i, a) => a.indexOf(n) === i)), earlierStages(over, sources));
      }
      const phrases = [...new Set(over.sort((a, b) => a.statusRank - b.statusRank).map((k) => k.bestQualifier))].map((q) => {
        const values = over.filter((k) => k.bestQualifier === q).map(statedOf);
        return `${phrase(q)} (${joinNames(values)})`;
      });
      const best = formatStated(win.bestClaim);
      if (best !== chosen) return msg.RULE_STATUS_VIA(chosen, phrase(win.bestQualifier), best, joinNames(phrases));
      return msg.RULE_STATUS(chosen, phrase(win.bestQualifier), joinNames(phrases));
    }
    case 'consensus': {
      const other = Math.max(0, ...losers.filter((k) => d.droppedBy.get(k) === 'consensus').map((k) => k.weight));
      return msg.RULE_EVIDENCE(chosen, supportText(win, sources), weightText(other));
    }
    case 'arithmetic':
      return msg.RULE_ARITHMETIC(chosen, d.identity ?? '', joinNames(losers.filter((k) => d.droppedBy.get(k) === 'arithmetic').map(statedOf)));
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
function dissentFor(loser: Candidate, win: Candidate, d: Decision, sources: Map<string, SourceInfo>): Dissent {
  const why = d.droppedBy.get(loser);
  const r = loser.reading.claim;
  const w = win.reading.claim;
  const who = whoOf(loser, sources);
  const stated = statedOf(loser);
  const chosen = statedOf(win);
  const base = { value: r.value, low: r.low, high: r.high, claims: loser.claims.map((c) => c.id) };
  if (why === 'result-first') return { ...base, kind: 'not-a-result', note: msg.DISSENT_NOT_RESULT(who, stated, phrase(loser.bestQualifier)) };
  if (r.value != null && w.value != null && isTruncation(w.value, w.precision, r.value, r.precision)) {
    const dd = decimalsOf(r.precision);
    const rounded = formatNumber(Math.round(clean(w.value * 10 ** dd)) / 10 ** dd, r.precision);
    return { ...base, kind: 'truncation', note: msg.DISSENT_TRUNCATION(who, stated, formatStated(w), dd, rounded) };
  }
  if (r.value != null && w.value != null && isTruncation(r.value, r.precision, w.value, w.precision)) {
    const dd = decimalsOf(w.precision);
    const rounded = formatNumber(Math.round(clean(r.value * 10 ** dd)) / 10 ** dd, w.precision);
    return { ...base, kind: 'truncation', note: msg.DISSENT_TRUNCATED_USED(who, stated, chosen, dd, rounded) };
  }
  if (why === 'status' && win.stageRank > loser.stageRank && loser.stageRank >= 0) {
    return { ...base, kind: 'superseded', note: msg.DISSENT_SUPERSEDED(who, stated, chosen) };
  }
  if (isRange(r)) return { ...base, kind: 'outside-range', note: msg.DISSENT_OUTSIDE_RANGE(who, stated, chosen) };
  if (isRange(w)) return { ...base, kind: 'outside-range', note: msg.DISSENT_OUTSIDE_RANGE_USED(who, stated, chosen) };
  if (why === 'status') {
    return { ...base, kind: 'lower-status', note: msg.DISSENT_LOWER_STATUS(who, stated, chosen, phrase(loser.bestQualifier), phrase(win.bestQualifier)) };
  }
  if (why === 'arithmetic') return { ...base, kind: 'arithmetic', note: msg.DISSENT_ARITHMETIC(who, stated, chosen, d.identity ?? '') };
  if (why === 'consensus') return { ...base, kind: 'different-value', note: msg.DISSENT_WEAKER(who, stated, chosen, weightText(loser.weight), weightText(win.weight)) };
  if (why === 'source-order') return { ...base, kind: 'different-value', note: msg.DISSENT_SOURCE_ORDER(who, stated, chosen) };
  return { ...base, kind: 'different-value', note: msg.DISSENT_DIFFERENT(who, stated, chosen) };
}

// ── one group ─────────────────────────────────────────────────────────────────────────────

interface Pending {
  group: Group;
  claims: ClaimIn[];
  candidates: Candidate[];
  decision: Decision;
  /** Values an outlet's later article updated: no candidates, each a dissent of its own. */
  updated: Dissent[];
}

/** The kinds of figure whose value a later report of the count replaces (not rules, forecasts or other elections). */
const UPDATED_KINDS = new Set<GroupKind>(['result', 'stage', 'snapshot']);

/**
 * An outlet that reports a figure again in a later article updates itself: where the articles
 * of one independent source (an outlet, one story and its reposts) give the figure on
 * different dates, a value of an earlier article that no value of its latest article agrees
 * with is that source's past word, not a value it gives now. Such claims leave the choice
 * (counts, shares and snapshots of the count only) and are shown as dissents of kind `updated`.
 */
function splitUpdated(g: Group, claims: ClaimIn[], ctx: Context): { current: ClaimIn[]; updated: Dissent[] } {
  if (!UPDATED_KINDS.has(g.kind)) return { current: claims, updated: [] };
  const keyOf = (c: ClaimIn) => ctx.independent.get(c.source) ?? `source:${c.source}`;
  const dateOf = (c: ClaimIn) => infoOf(ctx.sources, c.source).published;
  const latest = new Map<string, string>();
  for (const c of claims) {
    const d = dateOf(c);
    const k = keyOf(c);
    if (d != null && d > (latest.get(k) ?? '')) latest.set(k, d);
  }
  const old: ClaimIn[] = [];
  const current: ClaimIn[] = [];
  for (const c of claims) {
    const last = latest.get(keyOf(c));
    const d = dateOf(c);
    const later = last != null && d != null && d < last ? claims.filter((x) => keyOf(x) === keyOf(c) && dateOf(x) === last) : [];
    if (later.length && !later.some((x) => overlaps(claimInterval(x), claimInterval(c)))) old.push(c);
    else current.push(c);
  }
  const byReading = new Map<string, ClaimIn[]>();
  for (const c of old) {
    const key = `${c.source}|${readingKey(c)}`;
    const list = byReading.get(key);
    if (list) list.push(c);
    else byReading.set(key, [c]);
  }
  const updated = [...byReading.values()].map((list) => {
    const c = list[0]!;
    const last = latest.get(keyOf(c))!;
    const now = claims.filter((x) => keyOf(x) === keyOf(c) && dateOf(x) === last);
    const stated = [...new Set(now.map((x) => formatStated(x)))];
    const who = infoOf(ctx.sources, c.source).name;
    const note = msg.DISSENT_UPDATED(who, formatStated(c), dateOf(c) ?? '', joinNames(stated), last);
    return { value: c.value, low: c.low, high: c.high, claims: list.map((x) => x.id), kind: 'updated', note };
  });
  return { current, updated };
}

function startGroup(g: Group, ctx: Context, checks: Check[]): Pending {
  const { current: claims, updated } = splitUpdated(g, [...g.claims].sort(claimOrder), ctx);
  const { candidates, home } = buildCandidates(claims, ctx);
  // Self-contradiction: one article whose claims fall to different candidates (reported once,
  // on the figure itself, not on its stages).
  if (g.kind !== 'stage') selfContradictions(g, claims, home, ctx, checks);
  const start: Decision = { kept: candidates, droppedBy: new Map(), decidedBy: null, next: 0 };
  const decision = candidates.length === 1 ? { ...start, next: ctx.policy.rules.length } : runRules(start, ctx.policy, ctx.sources, g.kind === 'result' || g.kind === 'rule' ? 'arithmetic' : null);
  return { group: g, claims, candidates, decision, updated };
}

function selfContradictions(g: Group, claims: ClaimIn[], home: Map<ClaimIn, Candidate>, ctx: Context, checks: Check[]): void {
  const bySource = new Map<string, Map<Candidate, ClaimIn[]>>();
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
    const info = infoOf(ctx.sources, source);
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
      title: msg.CHECK_SELF_TITLE(info.name, figureName(g.metric, g.entity, ctx.lexicon)),
      status: 'fails',
      detail: msg.CHECK_SELF_DETAIL(joinNames(values)),
      figures: [g.id],
    });
  }
}

function finishGroup(p: Pending, ctx: Context): Figure {
  const f = chooseFigure(p, ctx);
  return p.updated.length ? { ...f, dissent: [...f.dissent, ...p.updated] } : f;
}

function chooseFigure(p: Pending, ctx: Context): Figure {
  const { group: g, claims, candidates } = p;
  const sources = ctx.sources;
  const d = p.decision.next < ctx.policy.rules.length ? runRules(p.decision, ctx.policy, sources, null) : p.decision;
  const base = {
    id: g.id,
    metric: g.metric,
    entity: g.entity,
    election: g.election,
    kind: g.kind,
    checks: [] as string[],
    formula: null,
    inputs: [] as string[],
    ...(g.asOf != null ? { as_of: g.asOf } : {}),
    ...(g.scope.round != null ? { round: g.scope.round } : {}),
    ...(g.scope.place != null ? { place: g.scope.place } : {}),
    ...(g.scope.group != null ? { group: g.scope.group } : {}),
  };

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
    return { ...base, value: r.value, low: r.low, high: r.high, precision: r.precision, unit: r.unit, qualifier: k.ownQualifier, status, rule, claims: k.claims.map((c) => c.id), dissent: [] };
  }

  if (d.kept.length === 1) {
    const win = d.kept[0]!;
    const r = win.reading.claim;
    const losers = candidates.filter((k) => k !== win);
    // An earlier counting stage is not a disagreement: it is a figure of its own (`<id>.<stage>`).
    const superseded = (k: Candidate) => d.droppedBy.get(k) === 'status' && !ctx.policy.status.order && k.stageRank >= 0 && k.stageRank < win.stageRank;
    return {
      ...base,
      value: r.value,
      low: r.low,
      high: r.high,
      precision: r.precision,
      unit: r.unit,
      qualifier: win.ownQualifier,
      status: 'resolved',
      rule: ruleSentence(win, d, candidates, sources, ctx.policy),
      claims: win.claims.map((c) => c.id),
      dissent: losers.filter((k) => !superseded(k)).map((k) => dissentFor(k, win, d, sources)),
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
      if (why) return dissentFor(k, top === k ? d.kept[1]! : top, d, sources);
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

export function reconcile(claims: ClaimIn[], corpus: Corpus, lexicon: Lexicon, policy: Policy): Reconciled {
  const known = knownQualifiers(policy);
  for (const c of claims) {
    if (!known.has(c.qualifier)) {
      throw new PipelineError(diagnostic({ file: sourceFile(corpus, c.source), line: c.line, column: c.column }, 'unknown-qualifier', msg.UNKNOWN_CLAIM_QUALIFIER(c.qualifier, c.id), msg.UNKNOWN_CLAIM_QUALIFIER_HINT(c.qualifier, [...known])));
    }
  }
  const sources = sourceInfo(corpus);
  const sorted = [...claims].sort(claimOrder);
  const election = lexicon.election?.year ?? mainElection(sorted, policy);
  const rules = evidenceRules(policy);
  const ctx: Context = { policy, rules, sources, independent: independence(sorted, sources, policy), lexicon };
  const checks: Check[] = [];
  const pending = groupClaims(sorted, rules, election).map((g) => startGroup(g, ctx, checks));
  // The figures the identities and the legal method read, found once (their decisions change, the set does not).
  const byKey = identityFigures(pending);
  if (policy.rules.includes('arithmetic')) {
    arithmetic(pending, byKey, ctx);
  }
  // The rules after arithmetic decide what they can: first every figure but the seats the legal
  // method shares out, then those, with the method's seats as evidence (allocationEvidence).
  const seatsMetric = policy.checks.seat_allocation?.seats;
  const rest = (p: Pending) => p.decision.next < policy.rules.length;
  for (const p of pending) if (rest(p) && p.group.metric !== seatsMetric) p.decision = runRules(p.decision, policy, ctx.sources, null);
  allocationEvidence(byKey, ctx);
  for (const p of pending) if (rest(p)) p.decision = runRules(p.decision, policy, ctx.sources, null);
  // Then the identities, with every other figure at its chosen value, check what they chose.
  if (policy.rules.includes('arithmetic')) settle(byKey, ctx);
  const figures = pending.map((p) => finishGroup(p, ctx));
  figures.push(...latestSnapshots(figures, sources));
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

/**
 * A quantity that only snapshots report (turnout at 10:00 and at 14:00, no complete count): its
 * headline figure `<id>` (kind `latest`) is the latest snapshot, as of its moment, so that a
 * template can cite the quantity and the reader is told it is a snapshot. Never a result: no
 * check adds it up and the register does not list it. The latest: of two moments of one kind
 * (times of day, shares counted, "N of M"), the later; else the snapshot with the later source.
 */
export function latestSnapshots(figures: readonly Figure[], sources: Map<string, SourceInfo>): Figure[] {
  const ids = new Set(figures.map((f) => f.id));
  const byBase = new Map<string, Figure[]>();
  for (const f of figures) {
    if (f.kind !== 'snapshot') continue;
    const base = f.id.slice(0, f.id.lastIndexOf('.at-'));
    if (ids.has(base)) continue;
    const list = byBase.get(base);
    if (list) list.push(f);
    else byBase.set(base, [f]);
  }
  const published = (f: Figure) => f.claims.map((c) => infoOf(sources, c.split(':')[0]!).published ?? '').reduce((a, b) => (b > a ? b : a), '');
  const later = (a: Figure, b: Figure): boolean => {
    const x = momentRank(a.as_of ?? '');
    const y = momentRank(b.as_of ?? '');
    if (x && y && x.kind === y.kind && x.rank !== y.rank) return x.rank > y.rank;
    const pa = published(a);
    const pb = published(b);
    return pa !== pb ? pa > pb : a.id > b.id;
  };
  const out: Figure[] = [];
  for (const [base, list] of [...byBase].sort((a, b) => byString(a[0], b[0]))) {
    let last = list[0]!;
    for (const f of list.slice(1)) if (later(f, last)) last = f;
    // A snapshot with no moment of its own stands for its stage ("interim"): said as the stage, not "as of interim".
    const said = last.as_of != null && last.as_of === last.qualifier ? msg.RULE_LATEST_SNAPSHOT_STAGE(stageWord(last.qualifier), list.length) : msg.RULE_LATEST_SNAPSHOT(last.as_of ?? '', list.length);
    out.push({ ...last, id: base, kind: 'latest', rule: `${said} ${last.rule}`, dissent: [], checks: [] });
  }
  return out;
}

function sourceFile(corpus: Corpus, id: string): string {
  return corpus.sources.find((s) => s.meta.id === id)?.file ?? `sources/${id}.md`;
}

/**
 * Arithmetic as evidence: the results (and, where no result, the rules) of this election whose
 * values still compete when the policy reaches `arithmetic` are narrowed to the values with
 * which the identities hold (arithmetic.ts).
 */
function arithmetic(pending: Pending[], byKey: Map<string, Pending>, ctx: Context): void {
  const at = ctx.policy.rules.indexOf('arithmetic');
  const end = ctx.policy.rules.length;
  const open = (p: Pending) => p.decision.kept.length > 1 && p.decision.next === at;
  const terms = [...byKey].flatMap(([key, p]) => termOf(key, p, open(p) ? p.decision.kept : p.decision.kept.length === 1 ? p.decision.kept : []));
  for (const [key, choice] of chooseByArithmetic(terms, ...identityEntities(ctx))) {
    const p = byKey.get(key)!;
    if (!open(p)) continue;
    const d = p.decision;
    const next = choice.keep.map((i) => d.kept[i]!);
    for (const k of d.kept) if (!next.includes(k)) d.droppedBy.set(k, 'arithmetic');
    d.kept = next;
    d.identity = choice.identity;
    if (next.length === 1) {
      d.decidedBy = 'arithmetic';
      d.next = end;
    }
  }
  for (const p of pending) if (p.decision.next === at) p.decision.next = at + 1;
}

/**
 * The legal method as evidence (policy `checks.seat_allocation`, `evidence.allocation`): where a
 * party's seats (`seat_allocation.seats`) still compete and the parties' vote shares, the seats
 * to share out and the threshold are each settled, the seats the method gives that party (the
 * largest remainder with the Hare quota, among the parties at or over the threshold) add
 * `evidence.allocation` to the value that states them. Never a source of its own: it weighs less
 * than one (so it settles a tie or near-tie of the sources, never outvotes them).
 */
function allocationEvidence(byKey: Map<string, Pending>, ctx: Context): void {
  const cfg = ctx.policy.checks.seat_allocation;
  const weight = ctx.policy.evidence.allocation;
  if (!cfg || weight <= 0) return;
  const open = [...byKey.values()].filter((p) => p.group.metric === cfg.seats && p.group.entity !== cfg.scope && p.decision.kept.length > 1 && p.decision.next < ctx.policy.rules.length);
  if (open.length === 0) return;
  const settled = (key: string): ClaimIn | null => {
    const p = byKey.get(key);
    const c = p && p.decision.kept.length === 1 ? p.decision.kept[0]!.reading.claim : null;
    return c && c.value != null && c.bound === 'exact' ? c : null;
  };
  const parties = ctx.lexicon.entities.filter((e) => e.kind === 'party').map((e) => e.id);
  const shares = parties.flatMap((party) => (byKey.has(`${cfg.shares}.${party}`) ? [{ party, claim: settled(`${cfg.shares}.${party}`) }] : []));
  const seats = settled(`${cfg.seats}.${cfg.scope}`);
  const threshold = settled(`${cfg.threshold}.${cfg.scope}`);
  if (shares.length < 2 || shares.some((x) => !x.claim) || !seats || !Number.isInteger(seats.value) || !threshold) return;
  const over = shares.filter((x) => x.claim!.value! >= threshold.value! - EPS).map((x) => ({ party: x.party, share: x.claim!.value! }));
  const alloc = new Map(hare(seats.value!, over).map((a) => [a.party, a.seats]));
  for (const p of open) {
    const expected = alloc.get(p.group.entity ?? '') ?? (shares.some((x) => x.party === p.group.entity) ? 0 : null);
    if (expected == null) continue;
    for (const k of p.decision.kept) {
      const c = k.reading.claim;
      const i = c.precision <= 0.5 && c.value != null && Number.isInteger(c.value) ? { lo: c.value, hi: c.value } : claimInterval(c);
      if (!(i.lo - EPS <= expected && expected <= i.hi + EPS)) continue;
      const note = msg.EVIDENCE_ALLOCATION(formatNumber(expected, 0), formatNumber(seats.value!, 0), withUnit(formatNumber(threshold.value!, threshold.precision), threshold.unit, threshold.value));
      k.support.push({ key: 'allocation', sources: [], weight, official: null, labelled: null, confidence: 1, shared: false, note });
      k.weight = clean(k.weight + weight);
    }
  }
}

/**
 * After every rule has been tried: a figure that a rule after arithmetic decided (the weight of
 * the evidence, source order) or that no rule decided, checked against the identities with every
 * other figure at its chosen value. When its value breaks an identity that another of its values
 * keeps, arithmetic (which the policy ranks first) decides among the values that keep it: "the
 * 5.28 % of a mis-attached sentence would make the candidates' shares 104.57 %". One figure at a
 * time, in id order, each seeing the choices made before it.
 */
function settle(byKey: Map<string, Pending>, ctx: Context): void {
  const at = ctx.policy.rules.indexOf('arithmetic');
  const after = new Set<Why>(ctx.policy.rules.slice(at + 1));
  const values = new Map<string, Candidate[]>();
  const terms: Settling[] = [];
  for (const [key, p] of byKey) {
    const d = p.decision;
    const undecided = d.kept.length > 1 && d.decidedBy == null;
    const later = d.kept.length === 1 && d.decidedBy != null && after.has(d.decidedBy);
    // Its values as arithmetic left them (those kept, and those a later rule dropped), or its one value.
    const options = undecided || later ? [...d.kept, ...p.candidates.filter((k) => !d.kept.includes(k) && after.has(d.droppedBy.get(k)!))] : d.kept.length === 1 ? d.kept : [];
    const term = termOf(key, p, options)[0];
    if (!term) continue;
    values.set(key, options);
    terms.push({ ...term, weights: options.map((k) => k.weight), current: undecided ? null : 0 });
  }
  for (const [key, { index, identity }] of settleByArithmetic(terms, ...identityEntities(ctx))) {
    const p = byKey.get(key)!;
    const options = values.get(key)!;
    const win = options[index]!;
    const d = p.decision;
    for (const k of options) {
      if (k === win) d.droppedBy.delete(k);
      else d.droppedBy.set(k, 'arithmetic');
    }
    p.decision = { ...d, kept: [win], decidedBy: 'arithmetic', identity, next: ctx.policy.rules.length };
  }
}

/** The figures the identities read: results (and, where no result, rules) of this election, by `<metric>.<entity>`, in id order. */
function identityFigures(pending: Pending[]): Map<string, Pending> {
  const byKey = new Map<string, Pending>();
  for (const p of pending) if (p.group.kind === 'rule' && !Object.keys(p.group.scope).length) byKey.set(`${p.group.metric}.${p.group.entity ?? 'unattributed'}`, p);
  for (const p of pending) if (p.group.kind === 'result' && !Object.keys(p.group.scope).length) byKey.set(`${p.group.metric}.${p.group.entity ?? 'unattributed'}`, p);
  return new Map([...byKey].sort((a, b) => byString(a[0], b[0])));
}

/** The contenders (whose shares and seats add up) and the exhaustive ones (every option listed: their shares make the whole). */
function identityEntities(ctx: Context): [Set<string>, Policy, Set<string>, Map<string, string[]>] {
  const contenders = new Set(ctx.lexicon.entities.filter((e) => CONTENDER_KINDS.has(e.kind)).map((e) => e.id));
  const whole: readonly string[] = ctx.policy.checks.vote_share_sum?.exhaustive ?? [];
  const members = new Map(ctx.lexicon.entities.filter((e) => e.members?.length).map((e) => [e.id, e.members!]));
  return [contenders, ctx.policy, new Set(ctx.lexicon.entities.filter((e) => whole.includes(e.kind)).map((e) => e.id)), members];
}

/** A figure as a term of the identities, with the given values (none: not a term). */
function termOf(key: string, p: Pending, options: Candidate[]): Term[] {
  if (options.length === 0) return [];
  return [
    {
      id: key,
      metric: p.group.metric,
      entity: p.group.entity ?? 'unattributed',
      options: options.map((k) => {
        const c = k.reading.claim;
        // Counts are whole: "40" is 40 exactly; a measured amount is its interval.
        const whole = c.precision <= 0.5 && c.unit !== '%' && (c.value == null || Number.isInteger(c.value));
        const i = whole ? { lo: c.low ?? c.value ?? -Infinity, hi: c.high ?? c.value ?? Infinity } : claimInterval(c);
        const sources = k.support.filter((x) => x.key !== 'allocation').map((x) => x.key);
        return { lo: i.lo, hi: i.hi, text: formatNumber(c.value ?? c.low ?? 0, c.precision), sources };
      }),
    },
  ];
}

/** The stage's progress line: how many figures, how many contested, how many checks fail. */
/** The kinds of figure the disagreement register lists: results and rules of this election. */
const REGISTER_KINDS = new Set(['result', 'rule']);

/**
 * A figure the register lists (its ‡ mark links there): a result or rule whose sources disagree.
 * Forecasts and estimates (polls differ by nature), other elections, snapshots and counting
 * stages (a stage's disagreement is the figure's own entry) are no entries of the register.
 */
export function inRegister(f: { kind: string; status: string; dissent: readonly unknown[] }): boolean {
  return REGISTER_KINDS.has(f.kind) && (f.dissent.length > 0 || f.status === 'conflict');
}

export function reconcileSummary(r: Reconciled): string {
  // The words and counts of the briefing: the figures its register lists.
  const count = (status: string) => r.figures.filter((f) => inRegister(f) && f.status === status).length;
  // Each failing check by the title the briefing's cross-check table gives it.
  const failing = r.checks.filter((c) => c.status === 'fails').map((c) => msg.FAILING_CHECK(c.title, c.id));
  return msg.RECONCILE_SUMMARY(r.figures.length, count('conflict'), count('resolved'), r.checks.length, failing);
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
