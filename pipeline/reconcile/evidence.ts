/**
 * What a claim weighs as evidence (part of the reconcile stage), read from the fields the
 * extractor gives when it gives them (`confidence`, `attribution`, `as_of`, `round`, `place`,
 * `group`: all optional) and from the policy's `evidence:` and `snapshots:` words.
 *
 *   independence   sources of one outlet count once (policy `consensus.independent_by`), and so
 *                  do articles that repeat one story: two sources sharing at least
 *                  `same_story.min_shared` identical sentences of `min_length` characters or
 *                  more are one story (a wire report and its reposts). Union-find over the
 *                  shared sentences, so the cost grows with the number of claims.
 *   kind           a result attributed to a poll or to analysts (`not_results` words) is a
 *                  forecast or estimate, never a dissent of a result.
 *   weight         1 per claim; the electoral authority's own figure (`official.cues` in its
 *                  attribution) `official.weight` times; a claim labelled with its counting
 *                  stage `stage_label` times; times the extractor's confidence when given
 *                  (`evidence.confidence`: the rule that attached the entity, the name's distance).
 *   snapshot       a claim with an `as_of` that is not a complete count ("10:00", "95%
 *                  counted"), or of a snapshot stage (`interim`): a point of a series.
 */
import type { Claim, ClaimContext } from '../shared/schema.ts';
import { kindOf, stageRank, type Kind, type Policy } from './policy.ts';
import type { SourceInfo } from './words.ts';
import { escapeRegex } from '../shared/regex.ts';

/** A claim with whatever context the extractor gives. */
export type ClaimIn = Claim & ClaimContext;

/** A case-insensitive pattern matching any of `words` as whole words; null for no words. */
export function wordsPattern(words: readonly string[]): RegExp | null {
  const list = [...new Set(words.map((w) => w.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map(escapeRegex).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

export interface EvidenceRules {
  policy: Policy;
  official: RegExp | null;
  forecast: RegExp | null;
  estimate: RegExp | null;
  complete: RegExp | null;
}

export function evidenceRules(policy: Policy): EvidenceRules {
  return {
    policy,
    official: wordsPattern(policy.evidence.official.cues),
    forecast: wordsPattern(policy.evidence.not_results.forecast),
    estimate: wordsPattern(policy.evidence.not_results.estimate),
    complete: wordsPattern(policy.snapshots.complete),
  };
}

/** The claim's kind: its qualifier's, unless a result is attributed to a poll or to analysts. */
export function claimKind(c: ClaimIn, r: EvidenceRules): Kind {
  const kind = kindOf(r.policy, c.qualifier);
  if (kind !== 'result' || !c.attribution) return kind;
  if (r.official?.test(c.attribution)) return kind;
  if (r.forecast?.test(c.attribution)) return 'forecast';
  if (r.estimate?.test(c.attribution)) return 'estimate';
  return kind;
}

export function isOfficial(c: ClaimIn, r: EvidenceRules): boolean {
  return !!c.attribution && !!r.official?.test(c.attribution);
}

/**
 * How sure the extractor was, in [0, 1], from how it read the claim (`confidence`): the
 * policy's weight for the rule that attached the entity (`near`, `paragraph`: less sure than a
 * name right before the number), times the `far` weight when the name stood farther from the
 * number than `far.characters`. 1 when the extractor says nothing.
 */
export function confidenceOf(c: ClaimIn, policy: Policy): number {
  const x = c.confidence;
  if (!x) return 1;
  const cfg = policy.evidence.confidence;
  const byRule = cfg.entity[x.entity] ?? 1;
  const far = x.distance != null && x.distance > cfg.far.characters ? cfg.far.weight : 1;
  return Math.round(byRule * far * 1000) / 1000;
}

/** "3,110 of 3,111" is not complete, "3,111 of 3,111" is. */
function completeFraction(asOf: string): boolean {
  const m = /(\d[\d,.]*)\s+(?:of|out of)\s+(\d[\d,.]*)/i.exec(asOf);
  return !!m && m[1]!.replace(/[,.]/g, '') === m[2]!.replace(/[,.]/g, '');
}

/**
 * The moment a snapshot claim stands for ("10:00", "95% counted"), or null when the claim is no
 * snapshot (no `as_of`, or an `as_of` that says the count is complete).
 */
export function snapshotOf(c: ClaimIn, r: EvidenceRules): string | null {
  const asOf = c.as_of?.trim() || null;
  if (asOf && !(r.complete?.test(asOf) || completeFraction(asOf))) return asOf;
  if (r.policy.snapshots.stages.includes(c.qualifier)) return asOf ?? c.qualifier;
  return null;
}

/** A claim's weight as evidence, and the reasons a reader is told. */
export function claimWeight(c: ClaimIn, r: EvidenceRules): { weight: number; official: boolean; labelled: boolean; confidence: number } {
  const official = isOfficial(c, r);
  const labelled = stageRank(r.policy, c.qualifier) != null;
  const confidence = confidenceOf(c, r.policy);
  const weight = (official ? r.policy.evidence.official.weight : 1) * (labelled ? r.policy.evidence.stage_label : 1) * confidence;
  return { weight, official, labelled, confidence };
}

/**
 * Which sources are independent: source id → key; sources with one key count once. The key is
 * the outlet (or the source, per policy), joined for articles that share a story.
 */
export function independence(claims: readonly ClaimIn[], sources: Map<string, SourceInfo>, policy: Policy): Map<string, string> {
  const ids = [...new Set([...sources.keys(), ...claims.map((c) => c.source)])].sort();
  const parent = new Map<string, string>();
  const base = (id: string) => {
    const info = sources.get(id);
    return policy.consensus.independent_by === 'outlet' && info ? info.outletKey : `source:${id}`;
  };
  const find = (x: string): string => {
    let p = parent.get(x) ?? x;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p) ?? p;
    parent.set(x, p);
    return p;
  };
  const union = (a: string, b: string) => {
    const x = find(a);
    const y = find(b);
    if (x === y) return;
    // The smaller key stands for both: the same result whatever the input order.
    if (x < y) parent.set(y, x);
    else parent.set(x, y);
  };
  for (const id of ids) find(base(id));
  // Sentences shared by two or more sources.
  const { min_shared, min_length } = policy.evidence.same_story;
  const bySentence = new Map<string, Set<string>>();
  for (const c of claims) {
    const q = c.quote.replace(/\s+/g, ' ').trim().toLowerCase();
    if (q.length < min_length) continue;
    let set = bySentence.get(q);
    if (!set) bySentence.set(q, (set = new Set()));
    set.add(c.source);
  }
  const shared = new Map<string, number>();
  for (const set of bySentence.values()) {
    if (set.size < 2) continue;
    const list = [...set].sort();
    // A sentence in many sources links each to the first (linear, not all pairs).
    for (const other of list.slice(1)) {
      const key = `${list[0]}\u0000${other}`;
      shared.set(key, (shared.get(key) ?? 0) + 1);
    }
  }
  for (const [key, n] of [...shared].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (n < min_shared) continue;
    const [a, b] = key.split('\u0000') as [string, string];
    union(base(a), base(b));
  }
  return new Map(ids.map((id) => [id, find(base(id))]));
}
