/**
 * Figure references by rank: `vote_share.@1` is the vote share of the entity ranked first by
 * vote share, `seats_total.@2` the seats of the second by seats, `seats_list.@1~seats_total` the
 * party-list seats of the first by seats, `:name[@1]` the name of the leading entity (first by
 * `seats_total` when any entity has a seat total, else by `vote_share`); `seats_total.@1.@previous`
 * the seats the first held at the previous election (the lexicon's `election.previous`). A template or chart spec
 * that names ranks builds for any election without naming its parties (README "A new election").
 *
 * A ranking of a metric holds every entity of kind party, candidate or option (no place, no
 * group such as "self-nominated") that has a result figure `<metric>.<entity>` with a chosen
 * value (or, where only counts in progress report it, the latest snapshot: kind `latest`),
 * highest value first. Equal values are a tie, broken by the order of the entities in the
 * lexicon (the one listed first ranks higher); whoever names a tied rank gets a warning. Chart
 * specs may also name a range of ranks (`vote_share.@1-3`, the top three) or every rank
 * (`vote_share.@*`). Render, charts and `check-event` resolve ranks with these functions only,
 * so a rank is never a stale id of another election.
 *
 * A later round (a run-off) ranks on its own: `vote_share.@1.round-2` is the share of the first
 * by run-off share, `:name[@1~vote_share.round-2]` the run-off's winner; its ranking holds the
 * figures `<metric>.<entity>.round-N`.
 */
import type { Lexicon } from './lexicon.ts';
import type { Figure } from './schema.ts';
import * as msg from './messages.ts';

/** The entity kinds a ranking counts: those that compete for votes and seats. */
export const RANKED_KINDS: readonly string[] = ['party', 'candidate', 'option'];

/** The metric `:name[@N]` ranks by when the election has seats, and the one it ranks by otherwise. */
export const LEAD_METRICS = ['seats_total', 'vote_share'] as const;

/** One place in a ranking: the entity, its figure and value, and the entities it ties with. */
export interface Ranked {
  entity: string;
  figure: string;
  value: number;
  /** Other entities with the same value (a tie, broken by lexicon order). */
  tiedWith: string[];
}

/** Every metric's ranking, highest value first; and the year `@previous` stands for (the lexicon's `election.previous`). */
export interface Rankings {
  metrics: ReadonlyMap<string, readonly Ranked[]>;
  previous: number | null;
}

export const NO_RANKINGS: Rankings = { metrics: new Map(), previous: null };

export function rankings(figures: readonly Pick<Figure, 'id' | 'metric' | 'entity' | 'kind' | 'value'>[], lexicon: Pick<Lexicon, 'entities'> & { election?: { previous?: number | null } | null }): Rankings {
  const order = new Map(lexicon.entities.map((e, i) => [e.id, i]));
  const ranked = new Set(lexicon.entities.filter((e) => RANKED_KINDS.includes(e.kind)).map((e) => e.id));
  const by = new Map<string, { entity: string; figure: string; value: number }[]>();
  for (const f of figures) {
    // A result, or where only counts in progress report it, the latest snapshot (kind `latest`, the same id).
    if ((f.kind !== 'result' && f.kind !== 'latest') || f.entity == null || f.value == null || !ranked.has(f.entity)) continue;
    // The first round's figure `<metric>.<entity>`, or a later round's `<metric>.<entity>.round-N` (ranked as `<metric>.round-N`).
    const round = f.id.startsWith(`${f.metric}.${f.entity}.`) ? f.id.slice(f.metric.length + f.entity.length + 2) : null;
    if (f.id !== `${f.metric}.${f.entity}` && !(round !== null && ROUND_PART.test(round))) continue;
    const key = round === null ? f.metric : `${f.metric}.${round}`;
    const list = by.get(key) ?? [];
    list.push({ entity: f.entity, figure: f.id, value: f.value });
    by.set(key, list);
  }
  const out = new Map<string, Ranked[]>();
  for (const [metric, list] of by) {
    list.sort((a, b) => b.value - a.value || order.get(a.entity)! - order.get(b.entity)! || (a.entity < b.entity ? -1 : 1));
    out.set(metric, list.map((r) => ({ ...r, tiedWith: list.filter((o) => o.value === r.value && o.entity !== r.entity).map((o) => o.entity) })));
  }
  return { metrics: out, previous: lexicon.election?.previous ?? null };
}

/** A rank as written in one part of an id: `@2`, `@2~seats_total`; ranges (`@1-3`, `@*`) only where `ranges` is set. */
export interface RankRef {
  /** The first rank (1-based). */
  from: number;
  /** The last rank, or null for every rank from `from` on (`@*`). */
  to: number | null;
  /** The metric that ranks; null for the id's own metric. */
  by: string | null;
}

const RANK = /^@(?:(\d+)(?:-(\d+))?|(\*))(?:~([a-z][a-z0-9_]*(?:\.round-[a-z0-9-]+)?))?$/;

/** The part of a figure id that names a later round: `round-2`. */
const ROUND_PART = /^round-[a-z0-9-]+$/;

/** The rank a part of an id writes, or null when it writes none (it does not start with `@`). */
export function parseRank(part: string): RankRef | { error: string } | null {
  if (!part.startsWith('@')) return null;
  const m = RANK.exec(part);
  if (!m) return { error: msg.RANK_MALFORMED(part) };
  if (m[3]) return { from: 1, to: null, by: m[4] ?? null };
  const from = Number(m[1]);
  const to = m[2] !== undefined ? Number(m[2]) : from;
  if (from < 1 || to < from) return { error: msg.RANK_MALFORMED(part) };
  return { from, to, by: m[4] ?? null };
}

/** The part of a figure id that stands for the previous election's year. */
const PREVIOUS = '@previous';

/** Whether an id or pattern names a rank (or `@previous`) anywhere. */
export const hasRank = (id: string): boolean => id.split('.').some((p) => p.startsWith('@'));

/** What a reference by rank resolves to, or why it does not. */
export type Resolved =
  | { ok: true; id: string; entities: string[]; ties: { rank: number; metric: string; entity: string; tiedWith: string[] }[] }
  | { ok: false; reason: 'missing' | 'malformed'; message: string; hint: string };

/** The metric `:name[@N]` (no metric of its own) ranks by: seat totals when any entity has one, else vote shares. */
export function leadMetric(r: Rankings): string {
  return LEAD_METRICS.find((m) => (r.metrics.get(m)?.length ?? 0) > 0) ?? LEAD_METRICS[LEAD_METRICS.length - 1]!;
}

/**
 * The entities a rank names, in rank order: one for `@N`, those that exist for a range (none is
 * then "missing"), or a reason a person can act on.
 */
function entitiesAt(written: string, ref: RankRef, metric: string, r: Rankings, ranges: boolean): Resolved {
  const list = r.metrics.get(metric) ?? [];
  if (!ranges && ref.to !== ref.from) return { ok: false, reason: 'malformed', message: msg.RANK_RANGE_HERE(written), hint: msg.RANK_RANGE_HERE_HINT };
  const picked = list.slice(ref.from - 1, ref.to ?? undefined);
  if (!picked.length) {
    return { ok: false, reason: 'missing', message: msg.RANK_MISSING(written, ref.from, metric, list.length), hint: msg.RANK_MISSING_HINT(metric, list.map((x) => x.entity)) };
  }
  const ties = ref.to === ref.from ? picked.filter((x) => x.tiedWith.length).map((x) => ({ rank: ref.from, metric, entity: x.entity, tiedWith: x.tiedWith })) : [];
  return { ok: true, id: picked[0]!.entity, entities: picked.map((x) => x.entity), ties };
}

/**
 * A figure id (or chart pattern) with its rank part resolved: `vote_share.@1` → `vote_share.amanat`,
 * `seats_total.@1.*` → `seats_total.amanat.*`. Only the entity part (the second) may be a rank;
 * an id without one comes back as it is. With `ranges`, `@1-3` and `@*` resolve to one id per
 * entity (`ids`), in rank order.
 */
export function resolveFigureId(written: string, r: Rankings, ranges = false): Resolved & { ids?: string[] } {
  // `@previous` in a later part is the previous election's year: `seats_total.@1.@previous`.
  const parts = written.split('.').map((p, i) => (i >= 2 && p === PREVIOUS && r.previous !== null ? String(r.previous) : p));
  if (parts.includes(PREVIOUS)) return { ok: false, reason: 'missing', message: msg.RANK_NO_PREVIOUS(written), hint: msg.RANK_NO_PREVIOUS_HINT };
  const id = parts.join('.');
  const at = parts.findIndex((p) => p.startsWith('@'));
  if (at < 0) return { ok: true, id, entities: [], ties: [], ids: [id] };
  const ref = parseRank(parts[at]!);
  if (at !== 1 || parts.slice(at + 1).some((p) => p.startsWith('@')) || (ref && 'error' in ref)) {
    return { ok: false, reason: 'malformed', message: ref && 'error' in ref ? ref.error : msg.RANK_PLACE(id), hint: msg.RANK_HINT };
  }
  // A later round's id ranks by that round: `vote_share.@1.round-2`.
  const round = parts.slice(2).find((p) => ROUND_PART.test(p));
  const metric = ref!.by ?? (round ? `${parts[0]!}.${round}` : parts[0]!);
  if (metric.includes('*')) return { ok: false, reason: 'malformed', message: msg.RANK_PLACE(id), hint: msg.RANK_HINT };
  const found = entitiesAt(id, ref!, metric, r, ranges);
  if (!found.ok) return found;
  const ids = found.entities.map((e) => [parts[0], e, ...parts.slice(2)].join('.'));
  return { ...found, id: ids[0]!, ids };
}

/** An entity named by rank (`:name[@1]`, `:name[@2~vote_share]`); an entity id comes back as it is. */
export function resolveEntity(written: string, r: Rankings): Resolved {
  const ref = parseRank(written);
  if (ref === null) return { ok: true, id: written, entities: [written], ties: [] };
  if ('error' in ref) return { ok: false, reason: 'malformed', message: ref.error, hint: msg.RANK_HINT };
  return entitiesAt(written, ref, ref.by ?? leadMetric(r), r, false);
}
