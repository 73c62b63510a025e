/** Arithmetic as evidence on terms written for the case: the identities and what they keep. */
import { describe, expect, it } from 'vitest';
import { chooseByArithmetic, type Term } from '../../pipeline/reconcile/arithmetic.ts';
import { DEFAULT_POLICY } from '../../pipeline/reconcile/policy.ts';

const term = (metric: string, entity: string, values: number[]): Term => ({
  id: `${metric}.${entity}`,
  metric,
  entity,
  options: values.map((v) => ({ lo: v, hi: v, text: String(v) })),
});

describe('chooseByArithmetic', () => {
  it("keeps the chamber's sizes that the parties' seats fit", () => {
    const terms = [term('seats_total', 'red', [50]), term('seats_total', 'blue', [30]), term('seats_total', 'national', [100, 60])];
    const out = chooseByArithmetic(terms, new Set(['red', 'blue']), DEFAULT_POLICY);
    expect(out.get('seats_total.national')).toEqual({ keep: [0], identity: '30 + 50 = 80, at most 100' });
  });

  it('never counts the chamber as one of its own parts when a contender has its id ("national")', () => {
    // A party whose id is "national" (a National Party) is a contender and the chamber's scope at once.
    const terms = [term('seats_total', 'red', [50]), term('seats_total', 'blue', [30]), term('seats_total', 'national', [100, 60, 90, 20])];
    const out = chooseByArithmetic(terms, new Set(['red', 'blue', 'national']), DEFAULT_POLICY);
    expect(out.get('seats_total.national')).toEqual({ keep: [0, 2], identity: '30 + 50 = 80, at most 100' });
  });
});
