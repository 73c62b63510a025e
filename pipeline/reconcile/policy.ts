/**
 * The reconciliation policy: the analyst-editable rules (sources/policy.yaml) that choose
 * one value per figure when the articles disagree, and the metric ids the cross-checks
 * read. Validated with a zod schema; an unknown rule or field is an error that points at
 * its line and column in the file.
 *
 * `describePolicy` states the policy in sentences for the briefing's methods note.
 */
import { z } from 'zod';
import { parseDocument } from 'yaml';
import { PipelineError, diagnostic, lineColumn } from '../shared/errors.ts';
import { parseYamlFile } from '../shared/lexicon.ts';
import * as msg from '../shared/messages.ts';
import { Qualifier } from '../shared/schema.ts';

export const RuleName = z.enum(['precision', 'status', 'consensus', 'source-order']);
export type RuleName = z.infer<typeof RuleName>;

export const Kind = z.enum(['result', 'forecast', 'estimate', 'historical', 'rule']);
export type Kind = z.infer<typeof Kind>;

const metricId = z.string().regex(/^[a-z0-9_]+$/, 'a metric id: lower-case letters, digits and "_"');

export const Policy = z
  .object({
    rules: z.array(RuleName).default(['precision', 'status', 'consensus', 'source-order']),
    precision: z
      .object({ truncation: z.enum(['disagree', 'agree']).default('disagree') })
      .strict()
      .default({ truncation: 'disagree' }),
    status: z
      .object({ order: z.array(Qualifier).min(1).default(['final', 'preliminary', 'unspecified']) })
      .strict()
      .default({ order: ['final', 'preliminary', 'unspecified'] }),
    consensus: z
      .object({
        min_sources: z.number().int().min(2).default(2),
        independent_by: z.enum(['outlet', 'source']).default('outlet'),
      })
      .strict()
      .default({ min_sources: 2, independent_by: 'outlet' }),
    source_order: z
      .object({
        by: z.array(z.enum(['tier', 'published'])).default(['tier', 'published']),
        unknown_date: z.enum(['never-wins', 'undecided']).default('never-wins'),
      })
      .strict()
      .default({ by: ['tier', 'published'], unknown_date: 'never-wins' }),
    kinds: z
      .object({
        final: Kind.default('result'),
        preliminary: Kind.default('result'),
        unspecified: Kind.default('result'),
        forecast: Kind.default('forecast'),
        estimate: Kind.default('estimate'),
        historical: Kind.default('historical'),
        rule: Kind.default('rule'),
        interim: Kind.default('estimate'),
        exit_poll: Kind.default('forecast'),
        recount: Kind.default('result'),
      })
      .strict()
      .default({
        final: 'result',
        preliminary: 'result',
        unspecified: 'result',
        forecast: 'forecast',
        estimate: 'estimate',
        historical: 'historical',
        rule: 'rule',
        interim: 'estimate',
        exit_poll: 'forecast',
        recount: 'result',
      }),
    checks: z
      .object({
        seat_sum: z
          .object({ list: metricId, single_mandate: metricId, total: metricId })
          .strict()
          .nullable()
          .default({ list: 'seats_list', single_mandate: 'seats_single_mandate', total: 'seats_total' }),
        vote_share_sum: z
          .object({ metric: metricId, at_most: z.number().positive() })
          .strict()
          .nullable()
          .default({ metric: 'vote_share', at_most: 100 }),
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
  .strict();
export type Policy = z.infer<typeof Policy>;

/** The default policy (what an empty policy file means). */
export const DEFAULT_POLICY: Policy = Policy.parse({});

export function parsePolicy(file: string, text: string): Policy {
  const policy = parseYamlFile(file, text, Policy, 'bad-policy', msg.BAD_POLICY, msg.BAD_POLICY_HINT);
  const seen = new Set<string>();
  policy.rules.forEach((rule, i) => {
    if (seen.has(rule)) {
      // Point at the second mention in the file.
      const node = parseDocument(text).getIn(['rules', i], true) as { range?: [number, number] } | undefined;
      const at = node?.range ? lineColumn(text, node.range[0]) : {};
      throw new PipelineError(diagnostic({ file, ...at }, 'bad-policy', msg.BAD_POLICY(msg.POLICY_DUPLICATE_RULE(rule)), msg.POLICY_DUPLICATE_RULE_HINT));
    }
    seen.add(rule);
  });
  return policy;
}

function list(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return msg.LIST(words.slice(0, -1), words[words.length - 1]!);
}

/** The policy as sentences a reader understands, in the order they apply (for the methods note). */
export function describePolicy(policy: Policy): string[] {
  const out: string[] = [];
  const apart = (Object.keys(policy.kinds) as Qualifier[]).filter((q) => policy.kinds[q] !== 'result').map((q) => msg.QUALIFIER_PLURAL[q] ?? q);
  out.push(msg.METHOD_GROUPING(apart.length ? capitalize(list(apart)) : ''));
  out.push(msg.METHOD_INTERVALS);
  out.push(policy.precision.truncation === 'disagree' ? msg.METHOD_TRUNCATION_DISAGREE : msg.METHOD_TRUNCATION_AGREE);
  policy.rules.forEach((rule, i) => {
    const first = msg.METHOD_ORDINALS[i] ?? msg.METHOD_THEN;
    const lead = i === 0 ? msg.METHOD_RULES_LEAD(first) : first;
    if (rule === 'precision') {
      out.push(msg.METHOD_PRECISION(lead));
    } else if (rule === 'status') {
      const order = policy.status.order.map((q) => msg.QUALIFIER_PLURAL[q] ?? q);
      out.push(msg.METHOD_STATUS(lead, msg.METHOD_STATUS_RANKED(order[0] ?? '', order.slice(1))));
    } else if (rule === 'consensus') {
      out.push(msg.METHOD_CONSENSUS(lead, policy.consensus.min_sources, policy.consensus.independent_by === 'outlet'));
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

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
