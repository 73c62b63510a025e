/**
 * Cross-checks (checks.ts) on figures built by hand: the largest-remainder method on a
 * textbook case, each check's ok / fails / skipped with its numbers, and the policy turning
 * a check off. The fixture cases checks-ok, checks-fail and checks-skipped in
 * test/fixtures/reconcile/ run the same checks from claims.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeChecks, hare } from '../../pipeline/reconcile/checks.ts';
import { parseLexicon } from '../../pipeline/shared/lexicon.ts';
import { DEFAULT_POLICY, Policy } from '../../pipeline/reconcile/policy.ts';
import { Figure } from '../../pipeline/shared/schema.ts';
import { fixtures } from '../paths.ts';

const lexicon = parseLexicon(
  'test/fixtures/reconcile/lexicon.yaml',
  readFileSync(join(fixtures, 'reconcile', 'lexicon.yaml'), 'utf8'),
);

function figure(id: string, value: number | null, extra: Partial<Figure> = {}): Figure {
  const [metric, entity, suffix] = id.split('.');
  return Figure.parse({
    id,
    metric,
    entity,
    election: 2023,
    kind: suffix === 'rule' ? 'rule' : 'result',
    value,
    low: null,
    high: null,
    precision: metric === 'vote_share' || metric === 'turnout' || metric === 'threshold' ? 0.05 : 0.5,
    unit: metric!.startsWith('seats') ? 'seats' : metric === 'ballots_cast' || metric === 'registered_voters' ? 'people' : '%',
    qualifier: 'final',
    status: 'single',
    rule: 'test',
    claims: [`x:${id}`],
    dissent: [],
    checks: [],
    ...extra,
  });
}

describe('largest remainder (Hare)', () => {
  it('reproduces the textbook case: 10 seats, 47/16/15.8/12/6.1/3.1 thousand votes give 5/2/1/1/1/0', () => {
    const shares = [47000, 16000, 15800, 12000, 6100, 3100].map((share, i) => ({ party: 'abcdef'[i]!, share }));
    expect(hare(10, shares).map((r) => r.seats)).toEqual([5, 2, 1, 1, 1, 0]);
    expect(hare(10, shares).filter((r) => r.extra).map((r) => r.party)).toEqual(['a', 'b', 'e']);
  });

  it('gives out exactly the seats there are, and breaks equal remainders by share, then by id', () => {
    const r = hare(3, [
      { party: 'b', share: 1 },
      { party: 'a', share: 1 },
      { party: 'c', share: 1 },
      { party: 'd', share: 1 },
    ]);
    expect(r.reduce((s, x) => s + x.seats, 0)).toBe(3);
    expect(r.map((x) => [x.party, x.seats])).toEqual([
      ['b', 1],
      ['a', 1],
      ['c', 1],
      ['d', 0],
    ]);
  });

  it('gives no seat when there are no votes', () => {
    expect(hare(5, [{ party: 'a', share: 0 }]).map((r) => r.seats)).toEqual([0]);
  });
});

describe('cross-checks', () => {
  it('seat sums: a range total holds every sum inside it; a sum outside fails with the numbers', () => {
    const ok = computeChecks(
      [figure('seats_list.amanat', 40), figure('seats_single_mandate.amanat', 23), figure('seats_total.amanat', null, { low: 62, high: 64, status: 'rounded' })],
      lexicon,
      DEFAULT_POLICY,
    );
    expect(ok.checks.map((c) => [c.id, c.status, c.detail])).toEqual([['seat-sum.amanat', 'ok', '40 + 23 = 63; the total given is 62 to 64.']]);
    const fails = computeChecks(
      [figure('seats_list.amanat', 40), figure('seats_single_mandate.amanat', 23), figure('seats_total.amanat', 62)],
      lexicon,
      DEFAULT_POLICY,
    );
    expect(fails.checks.map((c) => [c.status, c.detail])).toEqual([
      ['fails', '40 + 23 = 63; the total given is 62, which does not match. Claims involved: x:seats_list.amanat, x:seats_single_mandate.amanat, x:seats_total.amanat.'],
    ]);
  });

  it('seat sums: no check from one figure alone; a contested figure skips it with the reason', () => {
    expect(computeChecks([figure('seats_total.amanat', 63)], lexicon, DEFAULT_POLICY).checks).toEqual([]);
    const skipped = computeChecks(
      [figure('seats_list.amanat', 40), figure('seats_total.amanat', null, { status: 'conflict' })],
      lexicon,
      DEFAULT_POLICY,
    ).checks;
    expect(skipped.map((c) => [c.status, c.detail])).toEqual([['skipped', 'Not computed: no figure for single-mandate seats (Amanat).']]);
  });

  it('vote shares: the sum may exceed the limit only by the rounding of its terms', () => {
    const shares = (a: number, b: number) =>
      computeChecks([figure('vote_share.amanat', a), figure('vote_share.auyl', b)], lexicon, DEFAULT_POLICY).checks.find((c) => c.id === 'vote-share-sum.national')!;
    expect(shares(50, 50.05).status).toBe('ok'); // 49.95 + 50.0 at least: within rounding
    expect(shares(50, 50.2).status).toBe('fails');
    expect(shares(50, 50.2).detail).toBe('50.0 (Amanat) + 50.2 (Auyl) = 100.2 %, more than 100 % even allowing for rounding. Claims involved: x:vote_share.amanat, x:vote_share.auyl.');
  });

  it('vote shares: a run-off adds up on its own, and a place\'s shares are no part of the nation\'s', () => {
    const out = computeChecks(
      [
        figure('vote_share.amanat', 48.2),
        figure('vote_share.auyl', 39.5),
        figure('vote_share.amanat.round-2', 53.1, { round: 2 }),
        figure('vote_share.auyl.round-2', 46.9, { round: 2 }),
        figure('vote_share.amanat.in-almaty', 60, { place: 'almaty' }),
      ],
      lexicon,
      DEFAULT_POLICY,
    ).checks;
    expect(out.map((c) => [c.id, c.status, c.title, c.figures])).toEqual([
      ['vote-share-sum.national', 'ok', 'The vote shares add up to at most 100 %', ['vote_share.amanat', 'vote_share.auyl']],
      ['vote-share-sum.national.round-2', 'ok', 'The vote shares add up to at most 100 % (round 2)', ['vote_share.amanat.round-2', 'vote_share.auyl.round-2']],
    ]);
  });

  it('allocation: parties under the threshold get no seat; the derived figure shows formula and inputs', () => {
    const out = computeChecks(
      [
        figure('vote_share.amanat', 60),
        figure('vote_share.auyl', 36),
        figure('vote_share.baytaq', 4),
        figure('threshold.national.rule', 5),
        figure('seats_list.national', 10),
        figure('seats_list.amanat', 6),
        figure('seats_list.baytaq', 1),
      ],
      lexicon,
      DEFAULT_POLICY,
    );
    expect(out.figures.map((f) => [f.id, f.value, f.status])).toEqual([
      ['seats_list.amanat.derived', 6, 'derived'],
      ['seats_list.auyl.derived', 4, 'derived'],
    ]);
    expect(out.figures[0]!.formula).toBe('10 × 60.0 / 96.0 = 6.25; 6 whole seats.');
    expect(out.figures[0]!.inputs).toEqual(['seats_list.national', 'threshold.national.rule', 'vote_share.amanat', 'vote_share.auyl']);
    expect(out.checks.filter((c) => c.id.startsWith('seat-allocation')).map((c) => [c.id, c.status])).toEqual([
      ['seat-allocation.amanat', 'ok'],
      ['seat-allocation.baytaq', 'fails'],
    ]);
  });

  it('turnout: the ratio of two approximations is an interval', () => {
    const fig = (t: number) =>
      computeChecks(
        [
          figure('turnout.national', t),
          figure('ballots_cast.national', 6_300_000, { precision: 50_000 }),
          figure('registered_voters.national', 12_000_000, { precision: 500_000 }),
        ],
        lexicon,
        DEFAULT_POLICY,
      ).checks[0]!;
    expect([fig(54.2).status, fig(55.1).status, fig(56).status, fig(50).status, fig(49.9).status]).toEqual(['ok', 'ok', 'fails', 'ok', 'fails']);
    expect(fig(56).detail).toBe(
      '6.3 million people out of 12 million people is between 50.0 % and 55.2 % (allowing for the precision stated); the turnout given, 56.0 %, lies outside that interval. Claims involved: x:ballots_cast.national, x:registered_voters.national, x:turnout.national.',
    );
  });

  it('a check the policy turns off is not computed', () => {
    const policy = Policy.parse({ ...DEFAULT_POLICY, checks: { ...DEFAULT_POLICY.checks, seat_sum: null } });
    const figs = [figure('seats_list.amanat', 40), figure('seats_single_mandate.amanat', 23), figure('seats_total.amanat', 62)];
    expect(computeChecks(figs, lexicon, policy).checks).toEqual([]);
  });

  it('only results enter a check: forecasts and earlier elections do not', () => {
    const figs = [figure('vote_share.amanat', 80, { kind: 'forecast' }), figure('vote_share.auyl', 40, { kind: 'historical' })];
    expect(computeChecks(figs, lexicon, DEFAULT_POLICY).checks).toEqual([]);
  });
});
