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

  it("one source's own arithmetic never drops a value that two other independent sources state", () => {
    // Outlet A: "38 list seats and 18 constituencies, 56 in all"; outlets B and C: "57 seats".
    const from = (metric: string, entity: string, values: [number, string[]][]): Term => ({
      id: `${metric}.${entity}`,
      metric,
      entity,
      options: values.map(([v, sources]) => ({ lo: v, hi: v, text: String(v), sources })),
    });
    const terms = (total: [number, string[]][]) => [from('seats_list', 'red', [[38, ['a']]]), from('seats_single_mandate', 'red', [[18, ['a']]]), from('seats_total', 'red', total)];
    expect(chooseByArithmetic(terms([[56, ['a']], [57, ['b', 'c']]]), new Set(['red']), DEFAULT_POLICY).get('seats_total.red')).toBeUndefined();
    // One other source is one source's word against another's: the arithmetic decides.
    expect(chooseByArithmetic(terms([[56, ['a']], [57, ['b']]]), new Set(['red']), DEFAULT_POLICY).get('seats_total.red')).toEqual({ keep: [0], identity: '38 + 18 = 56' });
    // Deciding values that another source states too are no longer one source's word.
    const shared = [from('seats_list', 'red', [[38, ['a', 'd']]]), from('seats_single_mandate', 'red', [[18, ['a', 'd']]]), from('seats_total', 'red', [[56, ['a']], [57, ['b', 'c']]])];
    expect(chooseByArithmetic(shared, new Set(['red']), DEFAULT_POLICY).get('seats_total.red')).toEqual({ keep: [0], identity: '38 + 18 = 56' });
  });
});
