/**
 * The reconciliation policy: the analyst-editable rules (sources/policy.yaml) that choose
 * one value per figure when the articles disagree, and the metric ids the cross-checks
 * read. Validated with a zod schema; an unknown rule or field is an error that points at
 * its line and column in the file.
 *
 * `describePolicy` states the policy in sentences for the briefing's methods note.
 */
import { z } from 'zod';
import { closest, distance } from 'fastest-levenshtein';
import { parseDocument } from 'yaml';
import { PipelineError, diagnostic, lineColumn } from '../shared/errors.ts';
import { parseYamlFile } from '../shared/lexicon.ts';
import * as msg from '../shared/messages.ts';

export const RuleName = z.enum(['precision', 'status', 'consensus', 'arithmetic', 'source-order']);
export type RuleName = z.infer<typeof RuleName>;

export const Kind = z.enum(['result', 'forecast', 'estimate', 'historical', 'rule']);
export type Kind = z.infer<typeof Kind>;

const metricId = z.string().regex(/^[a-z0-9_]+$/, 'a metric id: lower-case letters, digits and "_"');
const qualifierId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'a qualifier: lower-case letters, digits and "_"');
const words = z.array(z.string().min(1));

/** Counting stages and kinds of figure, earliest first (forecasts before the count, the final result last). */
export const DEFAULT_STAGES = ['forecast', 'exit_poll', 'interim', 'preliminary', 'automatic_count', 'recount', 'final'];
/** Qualifiers that are figures of their own, not results of this election's count. */
export const DEFAULT_KINDS: Record<string, Kind> = { forecast: 'forecast', exit_poll: 'forecast', estimate: 'estimate', historical: 'historical', rule: 'rule' };
const DEFAULT_EVIDENCE = {
  official: {
    weight: 1.5,
    cues: ['election commission', 'electoral commission', 'electoral office', 'electoral council', 'electoral authority', 'electoral tribunal', 'returning officer', 'CEC', 'official results', 'official count', 'official data', 'final data', 'interior ministry', 'ministry of the interior', 'ministry of interior'],
  },
  stage_label: 1.25,
  allocation: 0.5,
  not_results: {
    forecast: ['exit poll', 'poll', 'survey', 'projection', 'projected', 'pollster'],
    estimate: ['analyst', 'analysts', 'expert', 'experts', 'observers estimate', 'estimate', 'estimated', 'parallel vote tabulation'],
  },
  same_story: { min_shared: 2, min_length: 40 },
  confidence: {
    entity: { near: 0.75, paragraph: 0.5, reference: 0.85, 'same-metric': 0.85 } as Record<string, number>,
    far: { characters: 80, weight: 0.8 },
  },
};

export const Policy = z
  .object({
    rules: z.array(RuleName).default(['precision', 'status', 'arithmetic', 'consensus', 'source-order']),
    precision: z
      .object({ truncation: z.enum(['disagree', 'agree']).default('disagree') })
      .strict()
      .default({ truncation: 'disagree' }),
    /** The stages, earliest first; any qualifier listed here or under `kinds` (and `unspecified`) may be a claim's. */
    stages: z.array(qualifierId).min(1).default(DEFAULT_STAGES),
    /** Snapshots: a stage that is a moment of the count, and the `as_of` words that mean the count is complete. */
    snapshots: z
      .object({ stages: z.array(qualifierId).default(['interim']), complete: words.default(['all', 'complete', 'completed', 'fully', '100%', '100 %', '100 per cent', '100 percent']) })
      .strict()
      .prefault({}),
    status: z
      .object({ order: z.array(qualifierId).min(1).optional() })
      .strict()
      .default({}),
    consensus: z
      .object({
        min_sources: z.number().int().min(1).default(2),
        independent_by: z.enum(['outlet', 'source']).default('outlet'),
      })
      .strict()
      .default({ min_sources: 2, independent_by: 'outlet' }),
    evidence: z
      .object({
        official: z.object({ weight: z.number().min(1).default(DEFAULT_EVIDENCE.official.weight), cues: words.default(DEFAULT_EVIDENCE.official.cues) }).strict().prefault({}),
        stage_label: z.number().min(1).default(DEFAULT_EVIDENCE.stage_label),
        /** What the seats the legal method gives (checks.seat_allocation) add to the value that states them: less than one source. */
        allocation: z.number().min(0).max(0.99).default(DEFAULT_EVIDENCE.allocation),
        not_results: z
          .object({ forecast: words.default(DEFAULT_EVIDENCE.not_results.forecast), estimate: words.default(DEFAULT_EVIDENCE.not_results.estimate) })
          .strict()
          .prefault({}),
        same_story: z
          .object({ min_shared: z.number().int().min(1).default(DEFAULT_EVIDENCE.same_story.min_shared), min_length: z.number().int().min(1).default(DEFAULT_EVIDENCE.same_story.min_length) })
          .strict()
          .prefault({}),
        /** How sure the extractor was: a weight per rule that attached the entity (1 when not listed), less for a name far from its number. */
        confidence: z
          .object({
            entity: z.record(z.string(), z.number().min(0).max(1)).default(DEFAULT_EVIDENCE.confidence.entity),
            far: z
              .object({ characters: z.number().int().min(1).default(DEFAULT_EVIDENCE.confidence.far.characters), weight: z.number().min(0).max(1).default(DEFAULT_EVIDENCE.confidence.far.weight) })
              .strict()
              .prefault({}),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    source_order: z
      .object({
        by: z.array(z.enum(['tier', 'published'])).default(['tier', 'published']),
        unknown_date: z.enum(['never-wins', 'undecided']).default('never-wins'),
      })
      .strict()
      .default({ by: ['tier', 'published'], unknown_date: 'never-wins' }),
    /** Qualifier → kind; a qualifier not listed is a result (`unspecified` and every counting stage). */
    kinds: z.record(qualifierId, Kind).default(DEFAULT_KINDS),
    checks: z
      .object({
        seat_sum: z
          .object({ list: metricId, single_mandate: metricId, total: metricId })
          .strict()
          .nullable()
          .default({ list: 'seats_list', single_mandate: 'seats_single_mandate', total: 'seats_total' }),
        /** The shares add up to at most `at_most`; those of the entity kinds in `exhaustive` (every option of a referendum is listed) to exactly that, within their precision. */
        vote_share_sum: z
          .object({ metric: metricId, at_most: z.number().positive(), exhaustive: z.array(z.enum(['party', 'group', 'candidate', 'option'])).default(['option']) })
          .strict()
          .nullable()
          .default({ metric: 'vote_share', at_most: 100, exhaustive: ['option'] }),
        seat_allocation: z
          .object({
            method: z.enum(['hare']),
            shares: metricId,
            seats: metricId,
            threshold: metricId,
            scope: z.string().min(1),
          })
          .strict()
          .nullable()
          .default({ method: 'hare', shares: 'vote_share', seats: 'seats_list', threshold: 'threshold', scope: 'national' }),
        turnout_ratio: z
          .object({ turnout: metricId, ballots: metricId, registered: metricId })
          .strict()
          .nullable()
          .default({ turnout: 'turnout', ballots: 'ballots_cast', registered: 'registered_voters' }),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .refine((p) => p.evidence.official.weight * p.evidence.stage_label < 2, {
    message: 'evidence.official.weight times evidence.stage_label must stay below 2, so that no single source outweighs two independent sources that agree',
    path: ['evidence', 'stage_label'],
  });
export type Policy = z.infer<typeof Policy>;

/** The default policy (what an empty policy file means). */
export const DEFAULT_POLICY: Policy = Policy.parse({});

/** The line and column of the node at `path` in the policy's text (of the key, with `key`); {} when the file does not give it. */
function placeIn(text: string, path: (string | number)[], key = false): { line?: number; column?: number } {
  const doc = parseDocument(text);
  let node = doc.getIn(path, true) as { range?: [number, number] } | undefined;
  if (key) {
    // The key of a map entry (kinds: {projection: …}) rather than its value.
    const parent = doc.getIn(path.slice(0, -1), true) as { items?: { key: { value?: unknown; range?: [number, number] } }[] } | undefined;
    node = parent?.items?.find((p) => p.key?.value === path[path.length - 1])?.key;
  }
  return node?.range ? lineColumn(text, node.range[0]) : {};
}

export function parsePolicy(file: string, text: string): Policy {
  const policy = parseYamlFile(file, text, Policy, 'bad-policy', msg.BAD_POLICY, msg.BAD_POLICY_HINT);
  const at = (path: (string | number)[], key = false) => placeIn(text, path, key);
  const fail = (path: (string | number)[], reason: string, hint: string, key = false): never => {
    throw new PipelineError(diagnostic({ file, ...at(path, key) }, 'bad-policy', msg.BAD_POLICY(reason), hint));
  };
  const seen = new Set<string>();
  policy.rules.forEach((rule, i) => {
    if (seen.has(rule)) fail(['rules', i], msg.POLICY_DUPLICATE_RULE(rule), msg.POLICY_DUPLICATE_RULE_HINT);
    seen.add(rule);
  });
  const stages = new Set<string>();
  policy.stages.forEach((s, i) => {
    if (stages.has(s)) fail(['stages', i], msg.POLICY_DUPLICATE_STAGE(s), msg.POLICY_DUPLICATE_STAGE_HINT);
    stages.add(s);
  });
  const known = knownQualifiers(policy);
  (policy.status.order ?? []).forEach((q, i) => {
    if (!known.has(q)) fail(['status', 'order', i], msg.POLICY_UNKNOWN_QUALIFIER(q), msg.POLICY_UNKNOWN_QUALIFIER_HINT([...known]));
  });
  return policy;
}

/** The fields of each cross-check that name a metric (the others are a method, a scope or a bound). */
const CHECK_METRICS: Readonly<Record<keyof Policy['checks'], readonly string[]>> = {
  seat_sum: ['list', 'single_mandate', 'total'],
  vote_share_sum: ['metric'],
  seat_allocation: ['shares', 'seats', 'threshold'],
  turnout_ratio: ['turnout', 'ballots', 'registered'],
};

/**
 * Every metric the policy file names for a cross-check must be one of the lexicon's (`metrics`):
 * a check on a metric that does not exist would find no figure and be reported as "not computed"
 * without a word. An error at its place in the policy file (`text`), with the nearest metric id.
 * The defaults of a check the file does not write are not held to it (an election whose lexicon
 * has no such metric simply has no such check).
 */
export function checkPolicyMetrics(file: string, text: string, policy: Policy, metrics: readonly string[]): void {
  const known = new Set(metrics);
  for (const check of Object.keys(CHECK_METRICS) as (keyof Policy['checks'])[]) {
    const config = policy.checks[check] as Record<string, unknown> | null;
    if (!config) continue;
    for (const field of CHECK_METRICS[check]) {
      const metric = config[field];
      if (typeof metric !== 'string' || known.has(metric)) continue;
      // A default the file does not write (a lexicon of another election's metrics): the check finds no figure.
      const place = placeIn(text, ['checks', check, field]);
      if (place.line === undefined) continue;
      const near = metrics.length > 0 ? closest(metric, [...metrics]) : null;
      throw new PipelineError(
        diagnostic(
          { file, ...place },
          'unknown-metric',
          msg.BAD_POLICY(msg.POLICY_UNKNOWN_METRIC(`checks.${check}.${field}`, metric)),
          msg.POLICY_UNKNOWN_METRIC_HINT(near !== null && distance(near, metric) <= Math.max(2, metric.length / 3) ? near : null),
        ),
      );
    }
  }
}

/** Every qualifier a claim may carry under this policy: the stages, the kinds' keys and `unspecified`. */
export function knownQualifiers(policy: Policy): Set<string> {
  return new Set([...policy.stages, ...Object.keys(policy.kinds), 'unspecified']);
}

/** What a qualifier makes of a claim: a result, or a figure of its own (forecast, estimate, …). */
export function kindOf(policy: Policy, qualifier: string): Kind {
  return policy.kinds[qualifier] ?? 'result';
}

/** A qualifier id as prose writes it: `automatic_count` → "automatic count". */
export const stageWord = (q: string): string => q.replace(/_/g, ' ');

/** A result stage's place in the count (higher is later), or null for `unspecified` and what is no stage of a result. */
export function stageRank(policy: Policy, qualifier: string): number | null {
  if (kindOf(policy, qualifier) !== 'result') return null;
  const i = policy.stages.indexOf(qualifier);
  return i === -1 ? null : i;
}

function list(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return msg.LIST(words.slice(0, -1), words[words.length - 1]!);
}

/** The policy as sentences a reader understands, in the order they apply (for the methods note). */
export function describePolicy(policy: Policy): string[] {
  const out: string[] = [];
  const apart = Object.keys(policy.kinds)
    .filter((q) => policy.kinds[q] !== 'result')
    .map((q) => msg.QUALIFIER_PLURAL[q] ?? stageWord(q));
  out.push(msg.METHOD_GROUPING(apart.length ? capitalize(list([...new Set(apart)])) : ''));
  const stages = policy.stages.filter((q) => kindOf(policy, q) === 'result').map(stageWord);
  out.push(msg.METHOD_STAGES(stages, policy.snapshots.stages.map(stageWord)));
  out.push(msg.METHOD_UPDATED);
  out.push(msg.METHOD_INTERVALS);
  out.push(policy.precision.truncation === 'disagree' ? msg.METHOD_TRUNCATION_DISAGREE : msg.METHOD_TRUNCATION_AGREE);
  policy.rules.forEach((rule, i) => {
    const first = msg.METHOD_ORDINALS[i] ?? msg.METHOD_THEN;
    const lead = i === 0 ? msg.METHOD_RULES_LEAD(first) : first;
    if (rule === 'precision') {
      out.push(msg.METHOD_PRECISION(lead));
    } else if (rule === 'status') {
      out.push(msg.METHOD_STATUS(lead));
    } else if (rule === 'consensus') {
      out.push(msg.METHOD_CONSENSUS(lead, policy.consensus.independent_by === 'outlet', formatWeight(policy.evidence.official.weight), formatWeight(policy.evidence.stage_label)));
      if (policy.checks.seat_allocation && policy.evidence.allocation > 0) out.push(msg.METHOD_ALLOCATION(formatWeight(policy.evidence.allocation)));
    } else if (rule === 'arithmetic') {
      out.push(msg.METHOD_ARITHMETIC(lead));
    } else {
      const by = policy.source_order.by.map((b) => (b === 'tier' ? msg.METHOD_SOURCE_TIER : msg.METHOD_SOURCE_DATE));
      out.push(msg.METHOD_SOURCE_ORDER(lead, by, policy.source_order.unknown_date === 'never-wins'));
    }
  });
  out.push(msg.METHOD_CONFLICT);
  const checks: string[] = [];
  const c = policy.checks;
  if (c.seat_sum) checks.push(msg.METHOD_CHECK_SEATS);
  if (c.vote_share_sum) checks.push(msg.METHOD_CHECK_SHARES(`${c.vote_share_sum.at_most} %`));
  if (c.seat_allocation) checks.push(msg.METHOD_CHECK_HARE);
  if (c.turnout_ratio) checks.push(msg.METHOD_CHECK_TURNOUT);
  if (checks.length) out.push(msg.METHOD_CHECKS(checks));
  return out;
}

function formatWeight(w: number): string {
  return String(Math.round(w * 100) / 100);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
