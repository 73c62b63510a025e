/**
 * Cross-checks computed from the reconciled figures (part of the reconcile stage). Pure
 * functions: figures in, checks and derived figures out. Which metrics each check reads is
 * set in the policy (`checks:` in sources/policy.yaml); which entities are parties comes
 * from the lexicon. Only figures of kind `result` enter a check.
 *
 *   seat-sum.<entity>          list + single-mandate = total, per party and for the chamber
 *                              (`national`); integer seat counts are exact, a range total
 *                              ("62-64") holds every sum inside it.
 *   vote-share-sum.<scope>     the vote shares (parties, candidates, options and groups such as
 *                              "against all") add up to at most the policy's limit, allowing
 *                              for the precision of each share; shares of different counting
 *                              stages are never added up (`vote-share-sum.national.<stage>`,
 *                              one sum per stage, where the shares' stages differ).
 *   party-sum.<metric>         the parties' seats (total, list, single-mandate) add up to at
 *                              most the chamber's (equal when every party is given).
 *   seat-allocation.<party>    the list seats the vote shares imply under the largest-remainder
 *                              (Hare) method among the parties at or over the threshold, as a
 *                              derived figure `<seats>.<party>.derived` (formula and inputs),
 *                              against the list seats the articles report.
 *   turnout.<entity>           ballots cast / registered voters, as the interval their stated
 *                              precision allows ("about 6.3 million out of 12 million" is
 *                              6.25 to 6.35 million out of 11.5 to 12.5 million), against the
 *                              turnout's own interval.
 *
 * Every check is `ok`, `fails` or `skipped` (with the reason), with its numbers in `detail`;
 * a failing check names the claims behind its figures. A check whose figures are of different
 * counting stages is skipped (it never mixes stages).
 * A check is made only where at least one of its figures exists; a failing check is kept.
 */
import type { Lexicon } from '../shared/lexicon.ts';
import * as msg from '../shared/messages.ts';
import { stageRank, stageWord, type Policy } from './policy.ts';
import { figureName, formatNumber, withUnit } from './words.ts';
import type { Check, Figure } from '../shared/schema.ts';

const EPS = 1e-9;
const clean = (x: number): number => Math.round(x * 1e9) / 1e9;
const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Closed interval [lo, hi] a figure stands for. */
interface Span {
  lo: number;
  hi: number;
}

/** A figure's value as a number to compute with, or why it cannot be used. */
type Usable = { ok: true; span: Span; text: string; figure: Figure } | { ok: false; reason: string };

/** Seat counts are whole numbers: "40" is exactly 40, "62-64" any of 62, 63, 64. */
function countOf(f: Figure | undefined, what: string): Usable {
  if (!f) return { ok: false, reason: msg.SKIP_MISSING(what) };
  if (f.value != null) return { ok: true, span: { lo: f.value, hi: f.value }, text: formatNumber(f.value, 0), figure: f };
  if (f.status !== 'conflict' && f.low != null && f.high != null) {
    return { ok: true, span: { lo: f.low, hi: f.high }, text: msg.NUM_RANGE(formatNumber(f.low, 0), formatNumber(f.high, 0)), figure: f };
  }
  return { ok: false, reason: msg.SKIP_CONTESTED(what) };
}

/** A measured quantity: its value widened by its precision ("6.3 million" is 6.25 to 6.35 million). */
function amountOf(f: Figure | undefined, what: string): Usable {
  if (!f) return { ok: false, reason: msg.SKIP_MISSING(what) };
  const p = f.precision;
  if (f.value != null) return { ok: true, span: { lo: f.value - p, hi: f.value + p }, text: withUnit(formatNumber(f.value, p), f.unit, f.value), figure: f };
  if (f.status !== 'conflict' && f.low != null && f.high != null) {
    return { ok: true, span: { lo: f.low - p, hi: f.high + p }, text: withUnit(msg.NUM_RANGE(formatNumber(f.low, p), formatNumber(f.high, p)), f.unit, null), figure: f };
  }
  return { ok: false, reason: msg.SKIP_CONTESTED(what) };
}

function entityName(lexicon: Lexicon, id: string | null): string {
  return lexicon.entities.find((e) => e.id === id)?.name ?? id ?? msg.UNATTRIBUTED;
}

/** The id of the figure stored under `key` (a rule's id carries `.rule`). */
function idOf(results: Map<string, Figure>, key: string): string {
  return results.get(key)?.id ?? key;
}

function skipped(id: string, title: string, reason: string, figures: string[]): Check {
  return { id, title, status: 'skipped', detail: msg.CHECK_SKIPPED(reason), figures: [...figures].sort(byString) };
}

function what(metric: string, entity: string | null, lexicon: Lexicon): string {
  return figureName(metric, entity, lexicon);
}

// ── list + single-mandate = total ─────────────────────────────────────────────────────────

export function seatSumChecks(results: Map<string, Figure>, entities: string[], lexicon: Lexicon, policy: Policy): Check[] {
  const cfg = policy.checks.seat_sum;
  if (!cfg) return [];
  const out: Check[] = [];
  for (const e of entities) {
    const ids = [cfg.list, cfg.single_mandate, cfg.total].map((m) => `${m}.${e}`);
    const present = ids.filter((id) => results.has(id)).map((k) => idOf(results, k));
    if (present.length < 2) continue;
    const id = `seat-sum.${e}`;
    const title = msg.CHECK_SEAT_SUM_TITLE(entityName(lexicon, e));
    const use = (m: string) => countOf(results.get(`${m}.${e}`), what(m, e, lexicon));
    const list = use(cfg.list);
    const single = use(cfg.single_mandate);
    const total = use(cfg.total);
    if (!list.ok || !single.ok || !total.ok) {
      const reason = [list, single, total].map((u) => (u.ok ? null : u.reason)).find((r) => r != null) ?? '';
      out.push(skipped(id, title, reason, present));
      continue;
    }
    const mixed = mixedStages([list.figure, single.figure, total.figure], policy);
    if (mixed) {
      out.push(skipped(id, title, mixed, present));
      continue;
    }
    const sum = { lo: list.span.lo + single.span.lo, hi: list.span.hi + single.span.hi };
    const ok = sum.lo <= total.span.hi + EPS && total.span.lo <= sum.hi + EPS;
    const sumText = sum.lo === sum.hi ? formatNumber(sum.lo, 0) : msg.NUM_RANGE(formatNumber(sum.lo, 0), formatNumber(sum.hi, 0));
    const detail = msg.CHECK_SEAT_SUM_DETAIL(list.text, single.text, sumText, total.text, ok);
    out.push({ id, title, status: ok ? 'ok' : 'fails', detail: ok ? detail : `${detail}${claimsInvolved([list.figure, single.figure, total.figure])}`, figures: present.sort(byString) });
  }
  return out;
}

// ── vote shares add up to at most 100 % ───────────────────────────────────────────────────

export function voteShareSumCheck(results: Map<string, Figure>, lexicon: Lexicon, policy: Policy, all: Map<string, Figure> = results): Check[] {
  const cfg = policy.checks.vote_share_sum;
  if (!cfg) return [];
  const contenders = [...results.values()].filter((f) => f.metric === cfg.metric && isContender(lexicon, f.entity) && f.place == null && f.group == null);
  // A later round (a run-off) adds up on its own: `vote-share-sum.national.round-2`; shares of a place or voter group are no part of the nation's.
  const rounds = [...new Set(contenders.map((f) => (f.round == null ? '' : String(f.round))))].sort(byString);
  return rounds.flatMap((round) => {
    const shares = withoutCoalitions(contenders.filter((f) => (f.round == null ? '' : String(f.round)) === round), lexicon).sort((a, b) => byString(a.id, b.id));
    const checks = shareSumsByStage(shares, lexicon, policy, cfg, all);
    return round === '' ? checks : checks.map((c) => ({ ...c, id: c.id.replace('vote-share-sum.national', `vote-share-sum.national.round-${round}`), title: msg.CHECK_ROUND_TITLE(c.title, round) }));
  });
}

/** The share sums of one round: one sum, or one per counting stage where the shares' stages differ. */
function shareSumsByStage(shares: Figure[], lexicon: Lexicon, policy: Policy, cfg: { metric: string; at_most: number }, all: Map<string, Figure>): Check[] {
  if (shares.length === 0) return [];
  // Shares of different counting stages are never added up: one sum per stage, each share
  // at that stage (its stage figure, or the share itself when its value is of that stage or
  // of no stated stage).
  const stages = [...new Set(shares.map((f) => f.qualifier).filter((q) => stageRank(policy, q) != null))].sort((a, b) => stageRank(policy, a)! - stageRank(policy, b)!);
  if (stages.length <= 1) return [shareSum('vote-share-sum.national', shares, lexicon, cfg)];
  // A stage with one share has no sum to check ("31.4 % = 31.4 %, at most 100 %" says nothing): no check.
  return stages.flatMap((stage) => {
    const set = shares
      .map((f) => all.get(`${f.id}.${stage}`) ?? (f.qualifier === stage || stageRank(policy, f.qualifier) == null ? f : undefined))
      .filter((f): f is Figure => !!f);
    return set.length < 2 ? [] : [shareSum(`vote-share-sum.national.${stage}`, set, lexicon, cfg, stage)];
  });
}

function shareSum(id: string, shares: Figure[], lexicon: Lexicon, cfg: { metric: string; at_most: number }, stage?: string): Check {
  const limitText = withUnit(formatNumber(cfg.at_most, 0), shares[0]!.unit, cfg.at_most);
  const title = stage ? msg.CHECK_SHARE_SUM_STAGE_TITLE(limitText, stageWord(stage)) : msg.CHECK_SHARE_SUM_TITLE(limitText);
  const ids = shares.map((f) => f.id);
  const usable = shares.map((f) => amountOf(f, what(f.metric, f.entity, lexicon)));
  const reason = usable.map((u) => (u.ok ? null : u.reason)).find((r) => r != null);
  if (reason != null) return skipped(id, title, reason, ids);
  let sum = 0;
  let low = 0;
  const terms: string[] = [];
  for (const u of usable) {
    if (!u.ok) continue;
    sum += u.figure.value ?? (u.span.lo + u.span.hi) / 2;
    low += u.span.lo;
    terms.push(msg.CHECK_SHARE_TERM(formatNumber(u.figure.value ?? u.span.lo, u.figure.precision), entityName(lexicon, u.figure.entity)));
  }
  sum = clean(sum);
  const ok = clean(low) <= cfg.at_most + EPS;
  const sumPrecision = Math.min(...usable.map((u) => (u.ok ? u.figure.precision : 0.5)).filter((p) => p > 0), 0.5);
  const detail = msg.CHECK_SHARE_SUM_DETAIL(terms.join(' + '), withUnit(formatNumber(sum, sumPrecision), shares[0]!.unit, sum), limitText, ok);
  return { id, title, status: ok ? 'ok' : 'fails', detail: ok ? detail : `${detail}${claimsInvolved(shares)}`, figures: ids };
}

/** " Claims involved: a:c1, b:c2." for a failing check: the claims behind its figures. */
function claimsInvolved(figures: Figure[]): string {
  const ids = [...new Set(figures.flatMap((f) => f.claims))];
  return ids.length ? msg.CHECK_CLAIMS(ids.join(', ')) : '';
}

/** Why a check skips `figures` when two or more of their counting stages differ (a check never mixes them); else null. */
function mixedStages(figures: Figure[], policy: Policy): string | null {
  const stages = [...new Set(figures.map((f) => f.qualifier).filter((q) => stageRank(policy, q) != null))];
  return stages.length > 1 ? msg.SKIP_MIXED_STAGES(stages.map(stageWord).join(', ')) : null;
}

// ── the parties' seats add up to the chamber's ────────────────────────────────────────────

export function partySumChecks(results: Map<string, Figure>, lexicon: Lexicon, policy: Policy): Check[] {
  const cfg = policy.checks.seat_sum;
  if (!cfg) return [];
  const out: Check[] = [];
  for (const metric of [cfg.total, cfg.list, cfg.single_mandate]) {
    const chamber = results.get(`${metric}.national`);
    const parts = withoutCoalitions([...results.values()].filter((f) => f.metric === metric && isContender(lexicon, f.entity) && (f.kind === 'result' || f.kind === 'rule')), lexicon).sort((a, b) => byString(a.id, b.id));
    if (!chamber || parts.length < 2) continue;
    const id = `party-sum.${metric}`;
    const title = msg.CHECK_PARTY_SUM_TITLE(figureName(metric, null, lexicon).replace(/ \(.*\)$/, ''));
    const figures = [...parts.map((f) => f.id), chamber.id].sort(byString);
    const usable = parts.map((f) => countOf(f, what(metric, f.entity, lexicon)));
    const total = countOf(chamber, what(metric, 'national', lexicon));
    const bad = [...usable, total].find((u) => !u.ok);
    if (bad && !bad.ok) {
      out.push(skipped(id, title, bad.reason, figures));
      continue;
    }
    const mixed = mixedStages(parts, policy);
    if (mixed) {
      out.push(skipped(id, title, mixed, figures));
      continue;
    }
    let lo = 0;
    let hi = 0;
    const terms: string[] = [];
    for (const u of usable) {
      if (!u.ok) continue;
      lo += u.span.lo;
      hi += u.span.hi;
      terms.push(msg.CHECK_SHARE_TERM(u.text, entityName(lexicon, u.figure.entity)));
    }
    if (!total.ok) continue;
    const ok = lo <= total.span.hi + EPS;
    const exact = ok && total.span.lo <= hi + EPS;
    const sumText = lo === hi ? formatNumber(lo, 0) : msg.NUM_RANGE(formatNumber(lo, 0), formatNumber(hi, 0));
    const detail = msg.CHECK_PARTY_SUM_DETAIL(terms.join(' + '), sumText, total.text, ok, exact);
    out.push({ id, title, status: ok ? 'ok' : 'fails', detail: ok ? detail : `${detail}${claimsInvolved([...parts, chamber])}`, figures });
  }
  return out;
}

/** The kinds of entity that compete for votes: their shares add up (parties, groups, candidates, referendum options). */
export const CONTENDER_KINDS: ReadonlySet<string> = new Set(['party', 'group', 'candidate', 'option']);

function isContender(lexicon: Lexicon, entity: string | null): boolean {
  const kind = lexicon.entities.find((e) => e.id === entity)?.kind;
  return kind != null && CONTENDER_KINDS.has(kind);
}

/** The figures of a sum without those of a coalition (listed with `members`) one of whose members has a figure there: its members' are its own. */
function withoutCoalitions(parts: Figure[], lexicon: Lexicon): Figure[] {
  const present = new Set(parts.map((f) => f.entity));
  return parts.filter((f) => !(lexicon.entities.find((e) => e.id === f.entity)?.members ?? []).some((m) => present.has(m)));
}

function isParty(lexicon: Lexicon, entity: string | null): boolean {
  return lexicon.entities.find((e) => e.id === entity)?.kind === 'party';
}

// ── largest remainder (Hare) ──────────────────────────────────────────────────────────────

export interface HareSeat {
  party: string;
  quota: number;
  whole: number;
  extra: boolean;
  seats: number;
}

/**
 * Shares `seats` by the largest-remainder method with the Hare quota: each party gets the
 * whole part of seats × share / sum of shares, and the seats left go to the largest
 * remainders. Ties in remainder go to the larger share, then to the party id in order.
 */
export function hare(seats: number, shares: { party: string; share: number }[]): HareSeat[] {
  const total = shares.reduce((s, p) => s + p.share, 0);
  if (total <= 0 || seats <= 0) return shares.map((p) => ({ party: p.party, quota: 0, whole: 0, extra: false, seats: 0 }));
  const rows = shares.map((p) => {
    const quota = clean((seats * p.share) / total);
    const whole = Math.floor(quota + EPS);
    return { party: p.party, share: p.share, quota, whole, remainder: clean(quota - whole), extra: false, seats: whole };
  });
  let left = seats - rows.reduce((s, r) => s + r.whole, 0);
  const order = [...rows].sort((a, b) => b.remainder - a.remainder || b.share - a.share || byString(a.party, b.party));
  for (const r of order) {
    if (left <= 0) break;
    r.extra = true;
    r.seats += 1;
    left -= 1;
  }
  return rows.map(({ party, quota, whole, extra, seats: s }) => ({ party, quota, whole, extra, seats: s }));
}

export function seatAllocation(results: Map<string, Figure>, all: Map<string, Figure>, lexicon: Lexicon, policy: Policy): { figures: Figure[]; checks: Check[] } {
  const cfg = policy.checks.seat_allocation;
  if (!cfg) return { figures: [], checks: [] };
  const shares = [...results.values()].filter((f) => f.metric === cfg.shares && isParty(lexicon, f.entity)).sort((a, b) => byString(a.id, b.id));
  if (shares.length === 0) return { figures: [], checks: [] };
  const seatsId = `${cfg.seats}.${cfg.scope}`;
  const thresholdFig = [...all.values()].find((f) => f.metric === cfg.threshold && f.entity === cfg.scope && f.kind === 'rule') ?? results.get(`${cfg.threshold}.${cfg.scope}`);
  const seatsU = countOf(results.get(seatsId), what(cfg.seats, cfg.scope, lexicon));
  const thresholdU = amountOf(thresholdFig, what(cfg.threshold, cfg.scope, lexicon));
  const parties = shares.map((f) => f.entity!).filter((e, i, a) => a.indexOf(e) === i);
  const reportedIds = parties.map((p) => `${cfg.seats}.${p}`).filter((id) => results.has(id));
  const title = (p: string) => msg.CHECK_ALLOCATION_TITLE(entityName(lexicon, p));
  const bad = [seatsU, thresholdU].find((u) => !u.ok) ?? (seatsU.ok && seatsU.span.lo !== seatsU.span.hi ? { ok: false as const, reason: msg.SKIP_CONTESTED(what(cfg.seats, cfg.scope, lexicon)) } : undefined);
  const contested = shares.find((f) => f.value == null);
  const reason = bad && !bad.ok ? bad.reason : contested ? msg.SKIP_CONTESTED(what(contested.metric, contested.entity!, lexicon)) : null;
  if (reason != null || !seatsU.ok || !thresholdU.ok) {
    const inputs = [...shares.map((f) => f.id), ...(results.has(seatsId) ? [idOf(results, seatsId)] : []), ...(thresholdFig ? [thresholdFig.id] : [])];
    return {
      figures: [],
      checks: parties.filter((p) => results.has(`${cfg.seats}.${p}`)).map((p) => skipped(`seat-allocation.${p}`, title(p), reason ?? '', [...inputs, `${cfg.seats}.${p}`])),
    };
  }
  const seats = seatsU.span.lo;
  const threshold = thresholdFig!.value ?? thresholdU.span.lo;
  const over = shares.filter((f) => f.value! >= threshold - EPS);
  const alloc = hare(seats, over.map((f) => ({ party: f.entity!, share: f.value! })));
  const sum = clean(over.reduce((s, f) => s + f.value!, 0));
  const sharePrecision = Math.min(...over.map((f) => f.precision).filter((p) => p > 0), 0.5);
  const inputs = [...over.map((f) => f.id), idOf(results, seatsId), thresholdFig!.id].sort(byString);
  const figures: Figure[] = [];
  const checks: Check[] = [];
  const seatsText = formatNumber(seats, 0);
  const thresholdText = withUnit(formatNumber(threshold, thresholdFig!.precision), thresholdFig!.unit, threshold);
  const seatsUnit = results.get(seatsId)!.unit;
  for (const a of alloc) {
    const share = over.find((f) => f.entity === a.party)!;
    const id = `${cfg.seats}.${a.party}.derived`;
    figures.push({
      id,
      metric: cfg.seats,
      entity: a.party,
      election: share.election,
      kind: 'derived',
      value: a.seats,
      low: null,
      high: null,
      precision: 0,
      unit: seatsUnit,
      qualifier: share.qualifier,
      status: 'derived',
      rule: msg.RULE_HARE(seatsText, thresholdText, over.length),
      claims: [],
      dissent: [],
      checks: [],
      formula: msg.FORMULA_HARE(seatsText, formatNumber(share.value!, share.precision), formatNumber(sum, sharePrecision), formatNumber(a.quota, 0.005), a.whole, a.extra),
      inputs,
    });
    const reportedId = `${cfg.seats}.${a.party}`;
    const reported = countOf(results.get(reportedId), what(cfg.seats, a.party, lexicon));
    const checkId = `seat-allocation.${a.party}`;
    if (!reported.ok) {
      if (results.has(reportedId)) checks.push(skipped(checkId, title(a.party), reported.reason, [id, reportedId]));
      continue;
    }
    const ok = reported.span.lo <= a.seats && a.seats <= reported.span.hi;
    checks.push({
      id: checkId,
      title: title(a.party),
      status: ok ? 'ok' : 'fails',
      detail: msg.CHECK_ALLOCATION_DETAIL(withUnit(formatNumber(a.seats, 0), seatsUnit, a.seats), withUnit(reported.text, seatsUnit, reported.figure.value), ok),
      figures: [id, reportedId].sort(byString),
    });
  }
  // Parties under the threshold that the articles give list seats to.
  for (const id of reportedIds) {
    const p = id.slice(cfg.seats.length + 1);
    if (alloc.some((a) => a.party === p)) continue;
    const reported = countOf(results.get(id), what(cfg.seats, p, lexicon));
    if (!reported.ok) continue;
    const ok = reported.span.lo <= 0 && 0 <= reported.span.hi;
    checks.push({
      id: `seat-allocation.${p}`,
      title: title(p),
      status: ok ? 'ok' : 'fails',
      detail: msg.CHECK_ALLOCATION_DETAIL(withUnit('0', seatsUnit, 0), withUnit(reported.text, seatsUnit, reported.figure.value), ok),
      figures: [id, `${cfg.shares}.${p}`].sort(byString),
    });
  }
  return { figures, checks };
}

// ── turnout against ballots / registered ─────────────────────────────────────────────────

export function turnoutChecks(results: Map<string, Figure>, entities: string[], lexicon: Lexicon, policy: Policy): Check[] {
  const cfg = policy.checks.turnout_ratio;
  if (!cfg) return [];
  const out: Check[] = [];
  for (const e of entities) {
    const ids = [cfg.ballots, cfg.registered, cfg.turnout].map((m) => `${m}.${e}`);
    if (!results.has(ids[0]!) && !results.has(ids[1]!)) continue;
    if (!results.has(ids[2]!) && !(results.has(ids[0]!) && results.has(ids[1]!))) continue;
    const id = `turnout.${e}`;
    const title = msg.CHECK_TURNOUT_TITLE(entityName(lexicon, e));
    const use = (m: string) => amountOf(results.get(`${m}.${e}`), what(m, e, lexicon));
    const ballots = use(cfg.ballots);
    const registered = use(cfg.registered);
    const turnout = use(cfg.turnout);
    const present = ids.filter((i) => results.has(i)).map((k) => idOf(results, k));
    if (!ballots.ok || !registered.ok || !turnout.ok) {
      const reason = [ballots, registered, turnout].map((u) => (u.ok ? null : u.reason)).find((r) => r != null) ?? '';
      out.push(skipped(id, title, reason, present));
      continue;
    }
    const mixed = mixedStages([ballots.figure, registered.figure, turnout.figure], policy);
    if (mixed) {
      out.push(skipped(id, title, mixed, present));
      continue;
    }
    const scale = turnout.figure.unit === '%' ? 100 : 1;
    const lo = clean((ballots.span.lo / registered.span.hi) * scale);
    const hi = clean((ballots.span.hi / registered.span.lo) * scale);
    const ok = turnout.span.lo <= hi + EPS && lo <= turnout.span.hi + EPS;
    const p = 0.05;
    out.push({
      id,
      title,
      status: ok ? 'ok' : 'fails',
      detail: `${msg.CHECK_TURNOUT_DETAIL(ballots.text, registered.text, withUnit(formatNumber(lo, p), turnout.figure.unit, lo), withUnit(formatNumber(hi, p), turnout.figure.unit, hi), turnout.text, ok)}${ok ? '' : claimsInvolved([ballots.figure, registered.figure, turnout.figure])}`,
      figures: ids.map((k) => idOf(results, k)).sort(byString),
    });
  }
  return out;
}

// ── all checks ────────────────────────────────────────────────────────────────────────────

/** Every cross-check the policy asks for, and the derived figures they compute. Sorted by id. */
export function computeChecks(figures: Figure[], lexicon: Lexicon, policy: Policy): { figures: Figure[]; checks: Check[] } {
  // Results of this election, keyed `<metric>.<entity>`; where there is no result, a rule of
  // the election stands in (the chamber's 69 list seats are a rule, not a result).
  const results = new Map<string, Figure>();
  for (const f of figures) if (f.kind === 'rule') results.set(`${f.metric}.${f.entity ?? 'unattributed'}`, f);
  for (const f of figures) if (f.kind === 'result') results.set(f.id, f);
  const all = new Map(figures.map((f) => [f.id, f]));
  const entities = [...new Set([...results.values()].map((f) => f.entity ?? 'unattributed'))].sort(byString);
  const allocation = seatAllocation(results, all, lexicon, policy);
  const checks = [
    ...seatSumChecks(results, entities, lexicon, policy),
    ...voteShareSumCheck(results, lexicon, policy, all),
    ...partySumChecks(results, lexicon, policy),
    ...allocation.checks,
    ...turnoutChecks(results, entities, lexicon, policy),
  ].sort((a, b) => byString(a.id, b.id));
  return { figures: allocation.figures.sort((a, b) => byString(a.id, b.id)), checks };
}
