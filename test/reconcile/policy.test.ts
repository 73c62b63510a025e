/**
 * The reconciliation policy: sources/policy.yaml parses and states the defaults; every
 * mistake in it is an error at its line and column that says what to do; the methods note
 * follows the policy and uses no character the embedded font lacks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PipelineError, format } from '../../pipeline/shared/errors.ts';
import { DEFAULT_POLICY, checkPolicyMetrics, describePolicy, parsePolicy } from '../../pipeline/reconcile/policy.ts';
import { seeds } from '../paths.ts';

const file = 'sources/policy.yaml';
const text = readFileSync(join(seeds, file), 'utf8');

function errorOf(yaml: string): string {
  try {
    parsePolicy(file, yaml);
  } catch (e) {
    expect(e).toBeInstanceOf(PipelineError);
    return (e as PipelineError).diagnostics.map(format).join('\n');
  }
  throw new Error('no error');
}

describe('policy file', () => {
  it('sources/policy.yaml is valid and writes out the defaults', () => {
    expect(parsePolicy(file, text)).toEqual(DEFAULT_POLICY);
  });

  it('an empty file means the defaults', () => {
    expect(parsePolicy(file, '{}\n')).toEqual(DEFAULT_POLICY);
  });

  it('an unknown rule points at its line and column', () => {
    expect(errorOf('rules:\n  - status\n  - majority\n')).toBe(
      'sources/policy.yaml:3:5: error: the reconciliation policy is not valid: rules.1: Invalid option: expected one of "precision"|"status"|"consensus"|"arithmetic"|"source-order" [bad-policy]\n' +
        '  See the comments at the top of sources/policy.yaml. Known rules: precision, status, consensus, arithmetic, source-order; a qualifier is a stage listed under `stages:` or a key of `kinds:`.',
    );
  });

  it('an unknown field, a wrong kind of value and broken YAML are errors with their place', () => {
    expect(errorOf('consensus:\n  min_source: 2\n')).toMatch(/^sources\/policy\.yaml:2:3: error: .*consensus: "min_source" is no field here \(nearest: "min_sources"\); the fields of consensus are .*min_sources.* \[bad-policy\]/);
    expect(errorOf('consensus:\n  min_sources: one\n')).toMatch(/^sources\/policy\.yaml:2:16: error: .*consensus\.min_sources: Invalid input: expected number/);
    expect(errorOf('rules: [status\n')).toMatch(/^sources\/policy\.yaml:\d+:\d+: error: the reconciliation policy is not valid: /);
  });

  it('a rule listed twice is an error', () => {
    expect(errorOf('rules: [status, consensus, status]\n')).toBe(
      'sources/policy.yaml:1:28: error: the reconciliation policy is not valid: rule "status" is listed twice under "rules" [bad-policy]\n' +
        '  List each rule once, in the order the rules should be tried.',
    );
  });
});

describe('methods note', () => {
  it('states the rules in the order of the policy', () => {
    const lines = describePolicy(parsePolicy(file, 'rules: [source-order, status]\nprecision: { truncation: agree }\n'));
    const rules = lines.filter((l) => /^(When values still disagree|First|Second|Third)/.test(l));
    expect(rules.map((l) => /(stage|evidence|source order):/.exec(l)?.[1])).toEqual(['source order', 'stage']);
    expect(lines.join(' ')).toContain('taken to agree with the more precise value');
    expect(describePolicy(DEFAULT_POLICY).join(' ')).toContain('named as a truncation');
  });

  it('names only the cross-checks the policy computes', () => {
    const all = describePolicy(DEFAULT_POLICY).join(' ');
    expect(all).toContain('largest-remainder (Hare)');
    const none = describePolicy(parsePolicy(file, 'checks: { seat_sum: null, vote_share_sum: null, seat_allocation: null, turnout_ratio: null }\n'));
    expect(none.join(' ')).not.toContain('Cross-checks');
  });

  it('uses none of the characters the embedded font lacks, and types no figure', () => {
    const all = describePolicy(DEFAULT_POLICY).join('\n');
    expect(all).not.toMatch(/[→≤≥≈]/);
    // The only numbers are the policy's own settings (the evidence weights, the vote-share limit).
    expect(all.match(/\d+(\.\d+)?/g)).toEqual([
      String(DEFAULT_POLICY.evidence.official.weight),
      String(DEFAULT_POLICY.evidence.stage_label),
      String(DEFAULT_POLICY.evidence.allocation),
      String(DEFAULT_POLICY.checks.vote_share_sum!.at_most),
    ]);
  });
});

describe('policy: the metrics a check names', () => {
  const METRICS = ['seats_list', 'seats_single_mandate', 'seats_total', 'vote_share', 'threshold', 'turnout', 'ballots_cast', 'registered_voters'];
  const check = (text: string, metrics = METRICS) => {
    try {
      checkPolicyMetrics('sources/policy.yaml', text, parsePolicy('sources/policy.yaml', text), metrics);
      return null;
    } catch (error) {
      return (error as PipelineError).diagnostics.map(format).join('\n');
    }
  };

  it('a metric the lexicon does not have is an error at its place, with the nearest id', () => {
    expect(check('checks:\n  vote_share_sum:\n    metric: vote_shares\n    at_most: 100\n')).toBe(
      'sources/policy.yaml:3:13: error: the reconciliation policy is not valid: checks.vote_share_sum.metric names the metric "vote_shares", which the lexicon does not have [unknown-metric]\n' +
        '  Did you mean "vote_share"? A check reads metrics by their ids under "metrics:" in the lexicon (sources/lexicon.yaml, or the general one, pipeline/extract/general.yaml); write one of those, or set the check to null to leave it out.',
    );
    expect(check('checks:\n  turnout_ratio: {turnout: turnout, ballots: ballots_cast, registered: electorate}\n')).toMatch(/^sources\/policy\.yaml:2:72: error: .*checks\.turnout_ratio\.registered names the metric "electorate"/);
  });

  it('metrics the lexicon has, a check set to null, and the defaults of a check the file does not write pass', () => {
    expect(check(readFileSync(join(seeds, 'sources', 'policy.yaml'), 'utf8'))).toBeNull();
    expect(check('checks:\n  seat_sum: null\n', ['vote_share'])).toBeNull();
    // An election whose lexicon has no seat metrics: the default checks find no figure, no error.
    expect(check('rules: [precision, status]\n', ['turnout'])).toBeNull();
  });
});
