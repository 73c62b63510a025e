/**
 * Arithmetic as evidence (part of the reconcile stage): where figures still have competing
 * values after the stage rule, the identities that tie them together choose among them.
 *
 *   seat-sum       list seats + single-mandate seats = total, per party and for the chamber
 *   party-sum      the parties' seats (total, list, single-mandate) add up to at most the
 *                  chamber's (equal when every party is given)
 *   turnout        turnout = ballots cast / registered voters (within the stated precision)
 *   share-sum      the vote shares of the contenders (parties, groups, candidates, options) add
 *                  up to at most the policy's limit; those of a referendum's options, every one
 *                  of which the lexicon lists (`vote_share_sum.exhaustive`), to the limit itself
 *   (a coalition the lexicon lists with its `members` is no part of a sum that has one of them)
 *
 * Each identity enumerates the combinations of its figures' remaining values (at most
 * MAX_COMBINATIONS; a larger one is left to the other rules) and keeps the values that appear
 * in at least one combination that holds. One source's own arithmetic is one source's word:
 * where a value the identity would drop fails only by a value that the sources of the kept
 * values alone state ("38 + 18 = 56", all three from one article), the identity does not drop
 * it when two or more other independent sources state it (`ownWordOnly`). When no combination holds, nothing is dropped: the
 * cross-check (checks.ts) then fails and names the figures. `settleByArithmetic` checks the
 * chosen values the same way once every rule has been tried. Pure: options in, choices out.
 */
import type { Policy } from './policy.ts';
import { formatNumber } from './words.ts';

const EPS = 1e-9;
const MAX_COMBINATIONS = 512;

/** One remaining value of a figure: the interval it stands for and how it is written. */
export interface Option {
  lo: number;
  hi: number;
  text: string;
  /** The independent sources that state it (outlets, one story's reposts once); unknown when absent. */
  sources?: readonly string[];
}

/** A figure of the identities: `<metric>.<entity>` with its remaining values (one when decided). */
export interface Term {
  id: string;
  metric: string;
  entity: string;
  options: Option[];
}

export interface Choice {
  /** Indexes of the options that some holding combination uses. */
  keep: number[];
  /** The identity that chose, with the numbers of the first combination that holds. */
  identity: string;
}

interface Identity {
  terms: Term[];
  holds: (values: Option[]) => boolean;
  text: (values: Option[]) => string;
}

const sum = (values: Option[]) => ({ lo: values.reduce((s, v) => s + v.lo, 0), hi: values.reduce((s, v) => s + v.hi, 0) });
const meets = (a: { lo: number; hi: number }, b: { lo: number; hi: number }) => a.lo <= b.hi + EPS && b.lo <= a.hi + EPS;

function identities(terms: Map<string, Term>, contenders: Set<string>, policy: Policy, exhaustive: ReadonlySet<string>, members: ReadonlyMap<string, readonly string[]>): Identity[] {
  const out: Identity[] = [];
  const get = (metric: string, entity: string) => terms.get(`${metric}.${entity}`);
  // A coalition listed with its members is no part of a sum where one of its members is: the members' seats or shares are its own.
  const part = (metric: string) => (e: string) => contenders.has(e) && !(members.get(e) ?? []).some((m) => get(metric, m));
  const entities = [...new Set([...terms.values()].map((t) => t.entity))].sort();
  const s = policy.checks.seat_sum;
  if (s) {
    for (const e of entities) {
      const list = get(s.list, e);
      const single = get(s.single_mandate, e);
      const total = get(s.total, e);
      if (!list || !single || !total) continue;
      out.push({
        terms: [list, single, total],
        holds: ([l, m, t]) => meets(sum([l!, m!]), t!),
        text: ([l, m, t]) => `${l!.text} + ${m!.text} = ${t!.text}`,
      });
    }
    for (const metric of [s.total, s.list, s.single_mandate]) {
      const chamber = get(metric, 'national');
      // A contender whose id is the chamber's own ("national") is the whole, never one of its parts.
      const parts = entities.filter(part(metric)).map((e) => get(metric, e)).filter((t): t is Term => !!t && t !== chamber);
      if (!chamber || parts.length < 2) continue;
      out.push({
        terms: [...parts, chamber],
        holds: (v) => sum(v.slice(0, -1)).lo <= v[v.length - 1]!.hi + EPS,
        text: (v) => `${v.slice(0, -1).map((o) => o.text).join(' + ')} = ${formatNumber(sum(v.slice(0, -1)).lo, 0)}, at most ${v[v.length - 1]!.text}`,
      });
    }
  }
  const t = policy.checks.turnout_ratio;
  if (t) {
    for (const e of entities) {
      const ballots = get(t.ballots, e);
      const registered = get(t.registered, e);
      const turnout = get(t.turnout, e);
      if (!ballots || !registered || !turnout) continue;
      out.push({
        terms: [ballots, registered, turnout],
        holds: ([b, r, x]) => meets({ lo: (b!.lo / r!.hi) * 100, hi: (b!.hi / r!.lo) * 100 }, x!),
        text: ([b, r, x]) => `${b!.text} / ${r!.text} = ${x!.text}`,
      });
    }
  }
  const v = policy.checks.vote_share_sum;
  if (v) {
    const shares = entities.filter(part(v.metric)).map((e) => get(v.metric, e)).filter((x): x is Term => !!x);
    // Every option of a referendum listed, and only options: their shares make the whole (within their precision).
    const whole = exhaustive.size >= 2 && shares.length === exhaustive.size && shares.every((t) => exhaustive.has(t.entity));
    if (shares.length >= 2) {
      out.push({
        terms: shares,
        holds: (vals) => sum(vals).lo <= v.at_most + EPS && (!whole || sum(vals).hi >= v.at_most - EPS),
        text: (vals) => `${vals.map((o) => o.text).join(' + ')}, ${whole ? '' : 'at most '}${formatNumber(v.at_most, 0)}`,
      });
    }
  }
  return out;
}

/** A value standing for any count or share: what an identity reads when a term is left out. */
const ANY: Option = { lo: 0, hi: Infinity, text: '' };

/**
 * Whether `rejected`, the value of term `i` that the combination `values` (which holds) rules
 * out, is ruled out by the word of the sources `own` alone: a term without which `rejected`
 * would hold (a deciding term) has a value that only sources of `own` state, or, when no one
 * term decides, every other term's value is only theirs. And `rejected` is stated by two or
 * more independent sources besides: one source's own arithmetic never outweighs two
 * independent sources that agree (the rule the weights of evidence keep too). Unknown sources
 * count as independent ones.
 */
function ownWordOnly(id: Identity, values: Option[], i: number, rejected: Option, own: ReadonlySet<string>): boolean {
  const others = (rejected.sources ?? []).filter((s) => !own.has(s));
  if (!rejected.sources || others.length < 2) return false;
  const onlyOwn = (o: Option) => !!o.sources && o.sources.length > 0 && o.sources.every((s) => own.has(s));
  const trial = values.map((v, k) => (k === i ? rejected : v));
  const deciding = values.map((_, j) => j !== i && id.holds(trial.map((v, k) => (k === j ? ANY : v))));
  if (deciding.some(Boolean)) return values.some((v, j) => deciding[j] && onlyOwn(v));
  return values.every((v, j) => j === i || onlyOwn(v));
}

/** The sources that state any of `options`. */
function sourcesOf(options: readonly Option[]): Set<string> {
  return new Set(options.flatMap((o) => o.sources ?? []));
}

/**
 * For every figure whose values an identity narrows: the values to keep and the identity.
 * Repeats until nothing changes (each round can only drop values, so it ends).
 */
export function chooseByArithmetic(input: Term[], contenders: Set<string>, policy: Policy, exhaustive: ReadonlySet<string> = new Set(), members: ReadonlyMap<string, readonly string[]> = new Map()): Map<string, Choice> {
  const terms = new Map(input.map((t) => [t.id, { ...t, options: [...t.options] }]));
  const kept = new Map(input.map((t) => [t.id, t.options.map((_, i) => i)]));
  const out = new Map<string, Choice>();
  // Which identities there are depends on which figures there are, not on their values: found once.
  const all = identities(terms, contenders, policy, exhaustive, members);
  for (let round = 0; round < 4; round++) {
    let changed = false;
    for (const id of all) {
      // The terms as narrowed so far in this round.
      const ts = id.terms.map((t) => terms.get(t.id)!);
      const open = ts.filter((t) => t.options.length > 1);
      if (open.length === 0) continue;
      const total = ts.reduce((n, t) => n * t.options.length, 1);
      if (total > MAX_COMBINATIONS) continue;
      const used = ts.map(() => new Set<number>());
      let first: Option[] | null = null;
      const pick: number[] = ts.map(() => 0);
      for (let n = 0; n < total; n++) {
        let rest = n;
        for (let i = 0; i < ts.length; i++) {
          const m = ts[i]!.options.length;
          pick[i] = rest % m;
          rest = Math.floor(rest / m);
        }
        const values = pick.map((p, i) => ts[i]!.options[p]!);
        if (!id.holds(values)) continue;
        first ??= values;
        pick.forEach((p, i) => used[i]!.add(p));
      }
      if (!first) continue;
      ts.forEach((t, i) => {
        if (used[i]!.size === t.options.length) return;
        // A value ruled out by the kept values' own sources alone, which two others state, stays.
        const own = sourcesOf([...used[i]!].map((j) => t.options[j]!));
        t.options.forEach((o, j) => {
          if (!used[i]!.has(j) && ownWordOnly(id, first!, i, o, own)) used[i]!.add(j);
        });
        if (used[i]!.size === t.options.length) return;
        const idx = kept.get(t.id)!;
        const keepIdx = [...used[i]!].sort((a, b) => a - b);
        kept.set(t.id, keepIdx.map((j) => idx[j]!));
        const narrowed = { ...t, options: keepIdx.map((j) => t.options[j]!) };
        terms.set(t.id, narrowed);
        out.set(t.id, { keep: kept.get(t.id)!, identity: id.text(first!) });
        changed = true;
      });
    }
    if (!changed) break;
  }
  return out;
}

/** A figure for `settleByArithmetic`: its values, each with its weight as evidence, and the one chosen (null: none). */
export interface Settling extends Term {
  weights: number[];
  current: number | null;
}

/**
 * With every figure at its chosen value: an identity that the chosen values break (or that has
 * a figure with no value chosen) is made to hold by the holding combination of values with the
 * most weight of evidence in all; a figure whose value that combination changes (or gives)
 * takes it, when every such combination of equal weight gives it the same value. Identities no combination satisfies change nothing. Returns the figures given a
 * new value: the index of the value and the identity, with its numbers.
 */
export function settleByArithmetic(input: Settling[], contenders: Set<string>, policy: Policy, exhaustive: ReadonlySet<string> = new Set(), members: ReadonlyMap<string, readonly string[]> = new Map()): Map<string, { index: number; identity: string }> {
  const terms = new Map(input.map((t) => [t.id, t]));
  const current = new Map(input.map((t) => [t.id, t.current]));
  const out = new Map<string, { index: number; identity: string }>();
  const all = identities(terms, contenders, policy, exhaustive, members);
  for (let round = 0; round < 4; round++) {
    let changed = false;
    for (const id of all) {
      const ts = id.terms.map((t) => terms.get(t.id)! as Settling);
      const now = ts.map((t) => current.get(t.id) ?? null);
      if (now.every((i) => i != null) && id.holds(now.map((i, k) => ts[k]!.options[i!]!))) continue;
      const total = ts.reduce((n, t) => n * t.options.length, 1);
      if (total > MAX_COMBINATIONS || total < 2) continue;
      // The holding combinations with the most weight; a figure takes a value only when they all give it that one.
      let best: number[][] = [];
      let bestWeight = -Infinity;
      for (let n = 0; n < total; n++) {
        let rest = n;
        const pick = ts.map((t) => {
          const i = rest % t.options.length;
          rest = Math.floor(rest / t.options.length);
          return i;
        });
        if (!id.holds(pick.map((i, k) => ts[k]!.options[i]!))) continue;
        const weight = pick.reduce((w, i, k) => w + (ts[k]!.weights[i] ?? 0), 0);
        if (weight > bestWeight + EPS) {
          best = [pick];
          bestWeight = weight;
        } else if (Math.abs(weight - bestWeight) <= EPS) best.push(pick);
      }
      if (best.length === 0) continue;
      const values = best[0]!.map((i, k) => ts[k]!.options[i]!);
      const text = id.text(values);
      ts.forEach((t, k) => {
        const used = new Set(best.map((p) => p[k]!));
        if (used.size !== 1) return;
        const i = best[0]![k]!;
        if (now[k] === i) return;
        // The value chosen stays where only the new value's own sources rule it out and two others state it.
        const was = now[k];
        if (was != null && ownWordOnly(id, values, k, t.options[was]!, sourcesOf([t.options[i]!]))) return;
        current.set(t.id, i);
        out.set(t.id, { index: i, identity: text });
        changed = true;
      });
    }
    if (!changed) break;
  }
  return out;
}
