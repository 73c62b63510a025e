/**
 * The reconciliation policy: the analyst-editable rules (sources/policy.yaml) that choose
 * one value per figure when the articles disagree, and the metric ids the cross-checks
 * read. Validated with a zod schema; an unknown rule or field is an error that points at
 * its line and column in the file.
 *
 * `describePolicy` states the policy in sentences for the briefing's methods note.
 */
import { z } from 'zod';
import { PipelineError, diagnostic } from './errors.ts';
import { parseYamlFile } from './lexicon.ts';
import * as msg from './messages.ts';
import { Qualifier } from './schema.ts';

export const RuleName = z.enum(['status', 'consensus', 'source-order']);
export type RuleName = z.infer<typeof RuleName>;

export const Kind = z.enum(['result', 'forecast', 'estimate', 'historical', 'rule']);
export type Kind = z.infer<typeof Kind>;

const metricId = z.string().regex(/^[a-z0-9_]+$/, 'a metric id: lower-case letters, digits and "_"');

export const Policy = z
  .object({
    rules: z.array(RuleName).default(['status', 'consensus', 'source-order']),
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
  for (const rule of policy.rules) {
    if (seen.has(rule)) {
      throw new PipelineError(diagnostic({ file }, 'bad-policy', msg.BAD_POLICY(msg.POLICY_DUPLICATE_RULE(rule)), msg.POLICY_DUPLICATE_RULE_HINT));
    }
    seen.add(rule);
  }
  return policy;
}

function list(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  final: 'final results',
  preliminary: 'preliminary results',
  unspecified: 'figures whose status is not stated',
  forecast: 'forecasts',
  estimate: 'estimates',
  historical: 'historical figures',
  rule: 'rules of the election',
};

const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth'];

/** The policy as sentences a reader understands, in the order they apply (for the methods note). */
export function describePolicy(policy: Policy): string[] {
  const out: string[] = [];
  const apart = (Object.keys(policy.kinds) as Qualifier[]).filter((q) => policy.kinds[q] !== 'result').map((q) => QUALIFIER_WORDS[q]);
  out.push(
    `Each figure brings together the claims about one quantity: the same measure, for the same party or place, in the same election. ${
      apart.length ? `${capitalize(list(apart))} are figures of their own and are never mixed with results.` : ''
    }`.trim(),
  );
  out.push(
    'A number is read as the interval it stands for: a value written "12" means anything from 11.5 to 12.5, "12.34" anything from 12.335 to 12.345, and a range such as "10-12" anything from 10 to 12. Values whose intervals overlap agree, and the most precise of them is used.',
  );
  out.push(
    policy.precision.truncation === 'disagree'
      ? 'A value with digits cut off rather than rounded ("4.5" for 4.59, which rounds to 4.6) does not agree; the disagreement is named as a truncation.'
      : 'A value with digits cut off rather than rounded ("4.5" for 4.59) is taken to agree with the more precise value.',
  );
  policy.rules.forEach((rule, i) => {
    const first = ORDINALS[i] ?? 'Then';
    const lead = i === 0 ? `When values still disagree, the rules are tried in this order. ${first}` : first;
    if (rule === 'status') {
      const order = policy.status.order.map((q) => QUALIFIER_WORDS[q]);
      const ranked = order.length > 1 ? `${order[0]} come first, then ${order.slice(1).join(', then ')}` : `${order[0] ?? 'results'} come first`;
      out.push(`${lead}, status: ${ranked}; an estimate or forecast never replaces a reported result.`);
    } else if (rule === 'consensus') {
      out.push(
        `${lead}, agreement: a value on which at least ${policy.consensus.min_sources} independent sources agree (within their precision) comes before values with fewer sources. Sources count as independent when they are ${
          policy.consensus.independent_by === 'outlet' ? 'from different outlets' : 'different articles'
        }. An article that contradicts itself counts once, an equal share for each of its values, and its self-contradiction is reported.`,
      );
    } else {
      const by = policy.source_order.by.map((b) => (b === 'tier' ? 'the higher weight given to a source in its front matter (tier)' : 'the later publication date'));
      out.push(
        `${lead}, source order: ${by.length ? `${by.join(', and after it ')} decides` : 'nothing decides'} between otherwise equal values. ${
          policy.source_order.unknown_date === 'never-wins'
            ? 'A source whose publication date is unknown never wins on date.'
            : 'When a publication date is unknown, the date decides nothing.'
        }`,
      );
    }
  });
  out.push('Where no rule decides, the figure is marked as contested: the briefing shows every value with its source and chooses none.');
  const checks: string[] = [];
  if (policy.checks.seat_sum) checks.push('list seats plus single-mandate seats against the total, per party and for the chamber');
  if (policy.checks.vote_share_sum) checks.push(`the sum of the party-list vote shares (with "against all") against ${policy.checks.vote_share_sum.at_most} %`);
  if (policy.checks.seat_allocation)
    checks.push('the list seats that the vote shares imply under the largest-remainder (Hare) method among the parties over the threshold, against the seats reported');
  if (policy.checks.turnout_ratio) checks.push('the turnout against ballots cast and registered voters, where both are stated');
  if (checks.length) out.push(`Cross-checks computed from the figures: ${checks.join('; ')}. A failing check is shown, never dropped.`);
  return out;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
