/**
 * Stages, snapshots, evidence and arithmetic, each on a few claims written for the case (the
 * situations the issue measured: hourly turnout, counting stages, a mis-attached "final" seat
 * count, a lone "9 seats" chamber, a repost of one wire story, polls and analysts).
 */
import { describe, expect, it } from 'vitest';
import { momentRank, reconcile } from '../../pipeline/reconcile/index.ts';
import type { ClaimIn } from '../../pipeline/reconcile/evidence.ts';
import { DEFAULT_POLICY, Policy, parsePolicy } from '../../pipeline/reconcile/policy.ts';
import { Lexicon } from '../../pipeline/shared/lexicon.ts';
import { errorOf } from '../diagnostics.ts';
import { makeClaim, makeCorpus, type CaseSource } from '../fixtures/reconcile/cases.ts';

const lexicon = Lexicon.parse({
  entities: [
    { id: 'red', name: 'Red Party', kind: 'party', aliases: ['Red'] },
    { id: 'blue', name: 'Blue Party', kind: 'party', aliases: ['Blue'] },
    { id: 'independents', name: 'Independents', kind: 'group', aliases: ['independents'] },
    { id: 'national', name: 'Country', kind: 'place', aliases: ['Country'] },
  ],
  election: { year: 2024, previous: 2020 },
});

type C = Partial<ClaimIn> & { id: string; metric: string };
const claim = (c: C): ClaimIn => ({ ...makeClaim({ election: 2024, ...c }), ...pick(c) });
/** The context fields makeClaim's schema does not carry. */
function pick(c: C): Partial<ClaimIn> {
  const out: Partial<ClaimIn> = {};
  for (const k of ['confidence', 'attribution', 'as_of', 'round', 'place', 'group'] as const) if (c[k] !== undefined) (out as Record<string, unknown>)[k] = c[k];
  return out;
}
const run = (claims: C[], sources: CaseSource[], policy: Policy = DEFAULT_POLICY) => reconcile(claims.map(claim), makeCorpus(sources), lexicon, policy);
const fig = (out: ReturnType<typeof run>, id: string) => {
  const f = out.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}: ${out.figures.map((x) => x.id).join(', ')}`);
  return f;
};
const seats = (id: string, metric: string, entity: string, value: number, extra: Partial<C> = {}): C => ({ id, metric, entity, value, unit: 'seats', ...extra });

describe('stages and time are data', () => {
  it('a qualifier the policy does not list stops the build at the claim; a stage added to the policy is accepted', () => {
    expect(errorOf(() => run([{ id: 'a:c1', metric: 'turnout', value: 50, qualifier: 'certified' }], [{ id: 'a' }]))).toMatch(/^sources\/a\.md:1:1: error: claim a:c1 has the qualifier "certified", which is no stage or kind of the policy \[unknown-qualifier\]\n {2}Add "certified" to sources\/policy\.yaml/);
    const policy = parsePolicy('sources/policy.yaml', 'stages: [preliminary, final, certified]\n');
    const out = run([{ id: 'a:c1', metric: 'turnout', value: 50, qualifier: 'final' }, { id: 'b:c1', metric: 'turnout', value: 51, qualifier: 'certified' }], [{ id: 'a' }, { id: 'b' }], policy);
    expect([fig(out, 'turnout.national').value, fig(out, 'turnout.national').qualifier, fig(out, 'turnout.national').dissent]).toEqual([51, 'certified', []]);
  });

  it('"interim" and the other stages can be written in the policy; an unknown one points at its place', () => {
    expect(() => parsePolicy('sources/policy.yaml', 'status:\n  order: [final, interim, unspecified]\n')).not.toThrow();
    expect(errorOf(() => parsePolicy('sources/policy.yaml', 'status:\n  order: [final, provisional]\n'))).toMatch(/^sources\/policy\.yaml:2:18: error: the reconciliation policy is not valid: "provisional" is no stage or kind of this policy \[bad-policy\]/);
  });

  it('hourly turnout is a series of snapshots, the previous election a figure of its own: neither dissents from the final turnout', () => {
    const out = run(
      [
        { id: 'a:c1', metric: 'turnout', value: 2.91, precision: 0.005, qualifier: 'interim', as_of: '10:00' },
        { id: 'a:c2', metric: 'turnout', value: 40.1, precision: 0.05, qualifier: 'interim', as_of: '18:00' },
        { id: 'b:c1', metric: 'turnout', value: 54.21, precision: 0.005, qualifier: 'final' },
        { id: 'b:c2', metric: 'turnout', value: 63.3, precision: 0.05, qualifier: 'historical', election: 2020 },
        { id: 'c:c1', metric: 'turnout', value: 49.5, precision: 0.05, qualifier: 'preliminary', as_of: '95% counted' },
        { id: 'c:c2', metric: 'turnout', value: 54.2, precision: 0.05, qualifier: 'preliminary', as_of: 'all precincts counted' },
      ],
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
    );
    const t = fig(out, 'turnout.national');
    expect([t.value, t.status, t.dissent]).toEqual([54.21, 'rounded', []]);
    expect(out.figures.filter((f) => f.kind === 'snapshot').map((f) => [f.id, f.as_of, f.value])).toEqual([
      ['turnout.national.at-10-00', '10:00', 2.91],
      ['turnout.national.at-18-00', '18:00', 40.1],
      ['turnout.national.at-95-counted', '95% counted', 49.5],
    ]);
    expect(fig(out, 'turnout.national.2020').value).toBe(63.3);
  });

  it('a quantity only snapshots report gets a headline figure: the latest snapshot, as of its moment, never a result', () => {
    const out = run(
      [
        { id: 'a:c1', metric: 'turnout', value: 2.91, precision: 0.005, qualifier: 'interim', as_of: '10:00' },
        { id: 'a:c2', metric: 'turnout', value: 40.2, precision: 0.05, qualifier: 'interim', as_of: '6 p.m.' },
        { id: 'b:c1', metric: 'turnout', value: 25.1, precision: 0.05, qualifier: 'interim', as_of: '14:00' },
        { id: 'b:c2', metric: 'vote_share', entity: 'red', value: 31.5, precision: 0.05, as_of: '60% counted' },
        { id: 'a:c3', metric: 'vote_share', entity: 'red', value: 33.1, precision: 0.05, as_of: '95% counted' },
        { id: 'a:c4', metric: 'vote_share', entity: 'blue', value: 70, as_of: '95% counted' },
      ],
      [{ id: 'a', published: '2024-03-01' }, { id: 'b', published: '2024-03-02' }],
    );
    const t = fig(out, 'turnout.national');
    expect([t.kind, t.value, t.as_of, t.claims, t.rule]).toEqual(['latest', 40.2, '6 p.m.', ['a:c2'], 'No complete count is reported, only 3 snapshots: this is the latest, as of 6 p.m. Only one source gives this figure: Outlet A.']);
    expect([fig(out, 'vote_share.red').value, fig(out, 'vote_share.red').as_of]).toEqual([33.1, '95% counted']);
    // Never added up with the results: 33.1 + 70 is over 100 %, and no check says so.
    expect(out.checks.filter((c) => c.status === 'fails')).toEqual([]);
    // A snapshot with no moment of its own is said as its stage, not "as of interim".
    const bare = fig(run([{ id: 'a:c1', metric: 'turnout', value: 52.1, precision: 0.05, qualifier: 'interim' }], [{ id: 'a', published: '2024-03-01' }]), 'turnout.national');
    expect([bare.kind, bare.rule]).toEqual(['latest', 'No complete count is reported, only a snapshot of the count (interim, no time or share counted given): this is the latest. Only one source gives this figure: Outlet A.']);
    // With a complete count, the result is the figure and no headline snapshot is made.
    const full = run([{ id: 'a:c1', metric: 'turnout', value: 2.91, precision: 0.005, qualifier: 'interim', as_of: '10:00' }, { id: 'b:c1', metric: 'turnout', value: 61.2, precision: 0.05, qualifier: 'final' }], [{ id: 'a' }, { id: 'b' }]);
    expect([fig(full, 'turnout.national').kind, fig(full, 'turnout.national').value]).toEqual(['result', 61.2]);
    expect(momentRank('6 p.m.')).toEqual({ kind: 'time', rank: 18 * 60 });
    // A decimal comma: 70.09 % counted is later than 24 %, not 9 %.
    expect([momentRank('70,09 per cent of the ballots counted'), momentRank('24.5% counted')]).toEqual([{ kind: 'counted', rank: 70.09 }, { kind: 'counted', rank: 24.5 }]);
    expect([momentRank('10:00'), momentRank('3,110 of 3,111 precincts'), momentRank('the evening')]).toEqual([{ kind: 'time', rank: 600 }, { kind: 'counted', rank: (3110 / 3111) * 100 }, null]);
  });

  it('the automatic count, the recount and the final result are ordered: each later stage supersedes the earlier, each a figure of its own', () => {
    const out = run(
      [
        { id: 'a:c1', metric: 'vote_share', entity: 'red', value: 40.1, precision: 0.05, qualifier: 'automatic_count' },
        { id: 'b:c1', metric: 'vote_share', entity: 'red', value: 40.4, precision: 0.05, qualifier: 'recount' },
        { id: 'c:c1', metric: 'vote_share', entity: 'red', value: 40.3, precision: 0.05, qualifier: 'final' },
      ],
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
    );
    const f = fig(out, 'vote_share.red');
    expect([f.value, f.qualifier, f.dissent]).toEqual([40.3, 'final', []]);
    expect(f.rule).toContain('supersedes the automatic count (40.1 %, Outlet A) and the recount (40.4 %, Outlet B)');
    expect(['automatic_count', 'recount', 'final'].map((s) => fig(out, `vote_share.red.${s}`).value)).toEqual([40.1, 40.4, 40.3]);
  });

  it('shares of different counting stages are never added up: one sum per stage', () => {
    const out = run(
      [
        { id: 'a:c1', metric: 'vote_share', entity: 'red', value: 60.1, precision: 0.05, qualifier: 'preliminary' },
        { id: 'a:c2', metric: 'vote_share', entity: 'blue', value: 39.8, precision: 0.05, qualifier: 'preliminary' },
        { id: 'b:c1', metric: 'vote_share', entity: 'red', value: 60.3, precision: 0.05, qualifier: 'final' },
      ],
      [{ id: 'a' }, { id: 'b' }],
    );
    expect(out.checks.filter((c) => c.id.startsWith('vote-share-sum')).map((c) => [c.id, c.status, c.detail])).toEqual([
      // Blue has no final share: the final count has Red's alone, never Blue's preliminary one,
      // and a sum of one share checks nothing, so there is no final sum.
      ['vote-share-sum.national.preliminary', 'ok', '39.8 (Blue Party) + 60.1 (Red Party) = 99.9 %, at most 100 %.'],
    ]);
  });
});

describe('evidence, not labels', () => {
  it("the electoral commission's own figure outranks an unattributed press figure; the rule says which evidence decided", () => {
    const out = run(
      [
        { id: 'a:c1', metric: 'turnout', value: 61, attribution: 'the Central Election Commission' },
        { id: 'b:c1', metric: 'turnout', value: 63 },
      ],
      [{ id: 'a' }, { id: 'b' }],
    );
    const f = fig(out, 'turnout.national');
    expect(f.value).toBe(61);
    expect(f.rule).toBe(
      "The sources disagree; the evidence for 61 % weighs 1.5 (Outlet A: the electoral authority's own figure (the Central Election Commission)) against 1 for any other value, so 61 % is used.",
    );
  });

  it("an interior ministry's figures are the electoral authority's: they outweigh the same article's mis-read", () => {
    // "League 8.8 percent and Forza Italia 8.1 percent, according to interior ministry figures";
    // later "after taking 17 and 14 percent respectively in 2018", the year missed by the extractor.
    const out = run(
      [
        { id: 'local:c1', metric: 'vote_share', entity: 'red', value: 8.1, precision: 0.05, qualifier: 'final', attribution: 'according to interior ministry figures' },
        { id: 'local:c2', metric: 'vote_share', entity: 'red', value: 14, qualifier: 'final' },
      ],
      [{ id: 'local', outlet: 'The Local' }],
    );
    const f = fig(out, 'vote_share.red');
    expect([f.value, f.rule]).toEqual([
      8.1,
      "The sources disagree; the evidence for 8.1 % weighs 0.94 (The Local: the electoral authority's own figure (according to interior ministry figures), labelled final, an article stating several values counts an equal share for each) against 0.63 for any other value, so 8.1 % is used.",
    ]);
  });

  it('one source labelled "final" never silently overrides two independent sources that agree', () => {
    const out = run(
      [{ id: 'a:c1', metric: 'turnout', value: 61, qualifier: 'final', attribution: 'CEC' }, { id: 'b:c1', metric: 'turnout', value: 63 }, { id: 'c:c1', metric: 'turnout', value: 63 }],
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
    );
    const f = fig(out, 'turnout.national');
    expect(f.value).toBe(63);
    expect(f.dissent.map((d) => d.note)).toEqual(['Outlet A gives 61 %, which does not agree with 63 % even allowing for rounding; its evidence weighs 1.88 against 2.']);
  });

  it('a repost of one wire story counts once', () => {
    const wire = 'The ruling party won 61 percent of the vote, the commission said on Monday morning.';
    const also = 'Turnout was the lowest since independence, according to the commission figures.';
    const out = run(
      [
        { id: 'a:c1', metric: 'vote_share', entity: 'red', value: 61, quote: wire },
        { id: 'a:c2', metric: 'turnout', value: 40, quote: also },
        { id: 'b:c1', metric: 'vote_share', entity: 'red', value: 61, quote: wire },
        { id: 'b:c2', metric: 'turnout', value: 40, quote: also },
        { id: 'c:c1', metric: 'vote_share', entity: 'red', value: 59 },
        { id: 'd:c1', metric: 'vote_share', entity: 'red', value: 59 },
      ],
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
    );
    const f = fig(out, 'vote_share.red');
    expect(f.value).toBe(59);
    expect(f.dissent[0]!.note).toContain('its evidence weighs 1 against 2');
  });

  it("a poll or an analysts' estimate is a figure of its own, never a dissent of a result", () => {
    const out = run(
      [
        { id: 'a:c1', metric: 'vote_share', entity: 'red', value: 55, attribution: 'an exit poll by Ipsos' },
        { id: 'b:c1', metric: 'vote_share', entity: 'red', value: 51, attribution: 'independent analysts' },
        { id: 'c:c1', metric: 'vote_share', entity: 'red', value: 52.3, precision: 0.05 },
      ],
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
    );
    expect(out.figures.map((f) => [f.id, f.value, f.dissent.length])).toEqual([
      ['vote_share.red', 52.3, 0],
      ['vote_share.red.estimate', 51, 0],
      ['vote_share.red.forecast', 55, 0],
    ]);
  });

  it('a bound that agrees with two values supports the one nearest to the number it states', () => {
    // "almost 74 %" agrees with 73.9 % and with a mis-attached 67.69 % alike: it stands for 73.9 %.
    const out = run(
      [
        { id: 'a:c1', metric: 'vote_share', entity: 'red', value: 67.69, precision: 0.005 },
        { id: 'b:c1', metric: 'vote_share', entity: 'red', value: 73.9, precision: 0.05 },
        { id: 'c:c1', metric: 'vote_share', entity: 'red', value: null, high: 74, bound: 'upper-bound', text: 'almost 74' },
      ],
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
    );
    const f = fig(out, 'vote_share.red');
    expect([f.value, f.claims]).toEqual([73.9, ['b:c1', 'c:c1']]);
    expect(f.rule).toContain('weighs 2: 1 (Outlet B) + 1 (Outlet C) against 1');
  });

  it('a bound that agrees with two values supports one past its bound, not one on it', () => {
    // "over 40% of the electorate" agrees with 40 % (a hope that turnout "would achieve 40 per
    // cent") and with 44.36 %: it stands for 44.36 %, past its bound.
    const out = run(
      [
        { id: 'a:c1', metric: 'turnout', entity: 'national', value: 40 },
        { id: 'b:c1', metric: 'turnout', entity: 'national', value: 44.36, precision: 0.005 },
        { id: 'c:c1', metric: 'turnout', entity: 'national', value: null, low: 40, bound: 'lower-bound', text: 'over 40%' },
      ],
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
    );
    const f = fig(out, 'turnout.national');
    expect([f.value, f.claims]).toEqual([44.36, ['b:c1', 'c:c1']]);
  });

  it("an outlet's later article updates its earlier one: the earlier value leaves the choice and is shown", () => {
    // The Daily, on the night: "Red 8.96 %, Blue 13.55 %" (a partial count it called final);
    // four days later: "Red 8.9 %, Blue 13.8 %". Without the update, 8.9 would be 8.96 cut off.
    const out = run(
      [
        { id: 'night:c1', metric: 'vote_share', entity: 'red', value: 8.96, precision: 0.005, qualifier: 'final' },
        { id: 'night:c2', metric: 'vote_share', entity: 'blue', value: 13.55, precision: 0.005, qualifier: 'final' },
        { id: 'later:c1', metric: 'vote_share', entity: 'red', value: 8.9, precision: 0.05, qualifier: 'final' },
        { id: 'later:c2', metric: 'vote_share', entity: 'blue', value: 13.8, precision: 0.05, qualifier: 'final', confidence: { metric: 'cue', entity: 'near', distance: 5 } },
        { id: 'other:c1', metric: 'vote_share', entity: 'blue', value: 13.8, precision: 0.05 },
      ],
      [
        { id: 'night', outlet: 'The Daily', published: '2024-04-03' },
        { id: 'later', outlet: 'The Daily', published: '2024-04-07' },
        { id: 'other', published: '2024-04-05' },
      ],
    );
    const red = fig(out, 'vote_share.red');
    expect([red.value, red.status, red.claims]).toEqual([8.9, 'single', ['later:c1']]);
    expect(red.dissent).toEqual([
      { value: 8.96, low: null, high: null, claims: ['night:c1'], kind: 'updated', note: 'The Daily gave 8.96 % in an earlier article (2024-04-03); its later article (2024-04-07) gives 8.9 %, which replaces it.' },
    ]);
    expect([fig(out, 'vote_share.blue').value, fig(out, 'vote_share.blue').dissent.map((d) => d.kind)]).toEqual([13.8, ['updated']]);
    // Another outlet's earlier article is no update: the two values compete as before.
    const two = run(
      [{ id: 'night:c1', metric: 'turnout', value: 61 }, { id: 'later:c1', metric: 'turnout', value: 63 }],
      [{ id: 'night', published: '2024-04-03' }, { id: 'later', published: '2024-04-07' }],
    );
    expect(fig(two, 'turnout.national').dissent.map((d) => d.kind)).toEqual(['different-value']);
  });

  it("a claim the extractor attached with less confidence weighs less", () => {
    const out = run(
      [
        // Attached by paragraph (0.5), the name 120 characters away (0.8): 0.4.
        { id: 'a:c1', metric: 'seats_total', entity: 'red', value: 40, unit: 'seats', confidence: { metric: 'cue', entity: 'paragraph', distance: 120 } },
        { id: 'b:c1', metric: 'seats_total', entity: 'red', value: 62, unit: 'seats' },
      ],
      [{ id: 'a' }, { id: 'b' }],
    );
    expect(fig(out, 'seats_total.red').value).toBe(62);
    expect(fig(out, 'seats_total.red').rule).toContain('against 0.4');
    const near = run([{ id: 'a:c1', metric: 'turnout', value: 61, confidence: { metric: 'cue', entity: 'name-before', distance: 3 } }, { id: 'b:c1', metric: 'turnout', value: 63 }], [{ id: 'a' }, { id: 'b' }]);
    // A name right before its number weighs in full: 1 against 1, and nothing else decides.
    expect(fig(near, 'turnout.national').status).toBe('conflict');
  });
});

describe('arithmetic as evidence', () => {
  it('a mis-attached "final" list-seat count never beats the official total that list + single-mandate make', () => {
    const out = run(
      [
        seats('diplomat:c1', 'seats_total', 'red', 63),
        seats('wire:c1', 'seats_total', 'red', 40, { qualifier: 'final' }),
        seats('cec:c1', 'seats_total', 'red', 62, { attribution: 'Central Election Commission' }),
        seats('cec:c2', 'seats_list', 'red', 40, { attribution: 'Central Election Commission' }),
        seats('cec:c3', 'seats_single_mandate', 'red', 22, { attribution: 'Central Election Commission' }),
        seats('cec:c4', 'seats_single_mandate', 'independents', 7, { attribution: 'Central Election Commission' }),
        seats('law:c1', 'seats_single_mandate', 'national', 29, { qualifier: 'rule' }),
      ],
      [{ id: 'diplomat' }, { id: 'wire' }, { id: 'cec' }, { id: 'law' }],
    );
    const f = fig(out, 'seats_total.red');
    expect(f.value).toBe(62);
    expect(f.rule).toBe('The sources disagree; with 62 seats the arithmetic holds (40 + 22 = 62), with 40 seats and 63 seats it does not, so 62 seats is used.');
    expect(out.checks.filter((c) => c.status !== 'ok').map((c) => c.id)).toEqual([]);
  });

  it("the chamber's size is settled by consensus and arithmetic: one undated article's \"9 seats\" is a dissent", () => {
    const byTwo = run(
      [seats('a:c1', 'seats_total', 'national', 98, { qualifier: 'rule' }), seats('b:c1', 'seats_total', 'national', 98, { qualifier: 'rule' }), seats('c:c1', 'seats_total', 'national', 9, { qualifier: 'rule' })],
      [{ id: 'a', published: '2024-03-01' }, { id: 'b' }, { id: 'c' }],
    );
    expect([fig(byTwo, 'seats_total.national.rule').value, fig(byTwo, 'seats_total.national.rule').dissent.map((d) => d.value)]).toEqual([98, [9]]);
    const byArithmetic = run(
      [
        seats('a:c1', 'seats_total', 'national', 98, { qualifier: 'rule' }),
        seats('a:c2', 'seats_list', 'national', 69, { qualifier: 'rule' }),
        seats('a:c3', 'seats_single_mandate', 'national', 29, { qualifier: 'rule' }),
        seats('c:c1', 'seats_total', 'national', 9, { qualifier: 'rule' }),
      ],
      [{ id: 'a' }, { id: 'c', published: '2024-03-01' }],
    );
    const f = fig(byArithmetic, 'seats_total.national.rule');
    expect([f.value, f.rule]).toEqual([98, 'The sources disagree; with 98 seats the arithmetic holds (69 + 29 = 98), with 9 seats it does not, so 98 seats is used.']);
  });

  it("one article's own breakdown never outweighs two independent sources of the total: the check shows the gap", () => {
    // Outlet A, written from an earlier count: "38 list seats and 18 constituencies, 56 seats in all".
    const out = run(
      [
        seats('a:c1', 'seats_total', 'red', 56),
        seats('a:c2', 'seats_list', 'red', 38),
        seats('a:c3', 'seats_single_mandate', 'red', 18),
        seats('b:c1', 'seats_total', 'red', 57, { qualifier: 'final' }),
        seats('c:c1', 'seats_total', 'red', 57),
      ],
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
    );
    const f = fig(out, 'seats_total.red');
    expect([f.value, f.dissent.map((d) => [d.value, d.kind])]).toEqual([57, [[56, 'different-value']]]);
    expect(f.rule).toBe('The sources disagree; the evidence for 57 seats weighs 2.25: 1.25 (Outlet B: labelled final) + 1 (Outlet C) against 1 for any other value, so 57 seats is used.');
    expect(out.checks.find((c) => c.id === 'seat-sum.red')!.status).toBe('fails');
  });

  it('an identity no choice satisfies is a failing check that names the claims', () => {
    const out = run(
      [seats('a:c1', 'seats_total', 'red', 50), seats('a:c2', 'seats_total', 'blue', 60), seats('b:c1', 'seats_total', 'national', 100, { qualifier: 'rule' })],
      [{ id: 'a' }, { id: 'b' }],
    );
    const c = out.checks.find((x) => x.id === 'party-sum.seats_total')!;
    expect([c.status, c.detail]).toEqual(['fails', "60 (Blue Party) + 50 (Red Party) = 110; the chamber's figure is 100, which is less. Claims involved: a:c2, a:c1, b:c1."]);
  });
});

describe('a bound and a value inside it', () => {
  it('"over 70 seats" and "74 seats" agree: one value, 74, and no disagreement', () => {
    const out = run([seats('a:c1', 'seats_total', 'red', 70, { bound: 'lower-bound', low: 70, value: null }), seats('b:c1', 'seats_total', 'red', 74)], [{ id: 'a' }, { id: 'b' }]);
    const f = fig(out, 'seats_total.red');
    expect([f.value, f.dissent.length]).toEqual([74, 0]);
  });
});

describe('a coalition listed with its members', () => {
  const withBloc = Lexicon.parse({ ...lexicon, entities: [...lexicon.entities, { id: 'bloc', name: 'Red–Blue bloc', kind: 'party', aliases: ['the bloc'], members: ['red', 'blue'] }] });
  const runBloc = (claims: C[], sources: CaseSource[]) => reconcile(claims.map(claim), makeCorpus(sources), withBloc, DEFAULT_POLICY);

  it("is no part of the parties' seat sum where its members have seats: their seats are its own", () => {
    // "Red won 50 seats and Blue 30; the bloc holds 80 of the 100 seats."
    const out = runBloc(
      [seats('a:c1', 'seats_total', 'red', 50), seats('a:c2', 'seats_total', 'blue', 30), seats('a:c3', 'seats_total', 'bloc', 80), seats('b:c1', 'seats_total', 'national', 100, { qualifier: 'rule' })],
      [{ id: 'a' }, { id: 'b' }],
    );
    const c = out.checks.find((x) => x.id === 'party-sum.seats_total')!;
    expect([c.status, c.figures]).toEqual(['ok', ['seats_total.blue', 'seats_total.national.rule', 'seats_total.red']]);
    // The chamber's size is not dropped for being less than 50 + 30 + 80.
    expect(fig(out, 'seats_total.national.rule').value).toBe(100);
  });

  it('is a part where none of its members has a figure', () => {
    const out = runBloc(
      [seats('a:c1', 'seats_total', 'bloc', 80), seats('a:c2', 'seats_total', 'independents', 30), seats('b:c1', 'seats_total', 'national', 100, { qualifier: 'rule' })],
      [{ id: 'a' }, { id: 'b' }],
    );
    expect(out.checks.find((x) => x.id === 'party-sum.seats_total')!.status).toBe('fails');
  });
});

describe('arithmetic with the values chosen (candidates and referendum options)', () => {
  const contest = Lexicon.parse({
    entities: [
      { id: 'ames', name: 'Ann Ames', kind: 'candidate', aliases: ['Ames'] },
      { id: 'bell', name: 'Bo Bell', kind: 'candidate', aliases: ['Bell'] },
      { id: 'cole', name: 'Cy Cole', kind: 'candidate', aliases: ['Cole'] },
      { id: 'dunn', name: 'Di Dunn', kind: 'candidate', aliases: ['Dunn'] },
      { id: 'yes', name: 'Yes', kind: 'option', aliases: ['Yes'] },
      { id: 'no', name: 'No', kind: 'option', aliases: ['No'] },
      { id: 'abroad', name: 'Abroad', kind: 'place', aliases: ['abroad'] },
    ],
    election: { year: 2024, previous: 2020 },
  });
  const share = (id: string, entity: string, value: number, extra: Partial<C> = {}): C => ({ id, metric: 'vote_share', entity, value, precision: 0.005, ...extra });
  const runOn = (claims: C[], sources: CaseSource[], policy: Policy = DEFAULT_POLICY) => reconcile(claims.map(claim), makeCorpus(sources), contest, policy);

  it("a candidate's share that would take the candidates past 100 % gives way, though the evidence chose it, once the others are chosen", () => {
    // "Cole had 5.28 %, and Dunn 0.41 %": the extractor gave 5.28 to Dunn as well; the other
    // source's 0.41 was attached from farther away. Ames's 25.00 (a mis-read) keeps 5.28 possible
    // until the evidence chooses 49.24 for Ames.
    const claims = [
      share('a:c1', 'ames', 49.24),
      share('b:c1', 'ames', 49.24),
      share('c:c1', 'ames', 25),
      share('a:c2', 'bell', 44.88),
      share('b:c2', 'bell', 44.88),
      share('a:c3', 'cole', 5.28),
      share('a:c4', 'dunn', 5.28),
      share('d:c1', 'dunn', 0.41, { confidence: { metric: 'cue-in-clause', entity: 'near', distance: 10 } }),
      share('e:c1', 'abroad', 88.14),
    ];
    const out = runOn(claims, [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'e' }]);
    const f = fig(out, 'vote_share.dunn');
    expect([f.value, f.status, f.dissent.map((d) => [d.value, d.kind])]).toEqual([0.41, 'resolved', [[5.28, 'arithmetic']]]);
    expect(f.rule).toBe('The sources disagree; with 0.41 % the arithmetic holds (49.24 + 44.88 + 5.28 + 0.41, at most 100), with 5.28 % it does not, so 0.41 % is used.');
    // A place's share is no contender's: the 88.14 % abroad takes part in no sum.
    expect(fig(out, 'vote_share.ames').value).toBe(49.24);
    // Without the candidates as contenders (shares of parties only), the evidence alone chose 5.28.
    const parties = Lexicon.parse({ ...contest, entities: contest.entities.map((e) => (e.kind === 'candidate' ? { ...e, kind: 'place' } : e)) });
    expect(reconcile(claims.map(claim), makeCorpus([{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'e' }]), parties, DEFAULT_POLICY).figures.find((x) => x.id === 'vote_share.dunn')!.value).toBe(5.28);
  });

  it("the options of a referendum make the whole: a county's No share, as strong as the national one, gives way once Yes is chosen", () => {
    const claims = [
      share('paper:c1', 'yes', 66.4, { qualifier: 'final', precision: 0.005 }),
      share('paper:c2', 'no', 33.6, { qualifier: 'final', precision: 0.005 }),
      share('daily:c1', 'yes', 66.4, { precision: 0.05 }),
      // "Wexford saw a Yes vote of 68.4 per cent to 31.6 per cent for No": the county's, attached to the nation.
      share('times:c1', 'yes', 68.4, { qualifier: 'final', precision: 0.05 }),
      share('times:c2', 'no', 31.6, { qualifier: 'final', precision: 0.05 }),
    ];
    const sources = [{ id: 'paper', published: '2024-05-26' }, { id: 'daily', published: '2024-05-26' }, { id: 'times', published: '2024-05-26' }];
    const out = runOn(claims, sources);
    expect(fig(out, 'vote_share.yes').value).toBe(66.4);
    const no = fig(out, 'vote_share.no');
    expect([no.value, no.status, no.rule]).toEqual([33.6, 'resolved', 'The sources disagree; with 33.60 % the arithmetic holds (33.60 + 66.40, 100), with 31.6 % it does not, so 33.60 % is used.']);
    // With no kind listed as exhaustive, the shares only stay within 100 %: nothing decides.
    const policy = Policy.parse({ checks: { vote_share_sum: { metric: 'vote_share', at_most: 100, exhaustive: [] } } });
    expect(fig(runOn(claims, sources, policy), 'vote_share.no').status).toBe('conflict');
  });
});

describe('the legal method as evidence', () => {
  // Red 60 %, Blue 40 %, a 5 % threshold, 10 list seats: the largest remainder gives Red 6.
  const settledClaims: C[] = [
    { id: 'law:c1', metric: 'threshold', value: 5, qualifier: 'rule' },
    seats('law:c2', 'seats_list', 'national', 10, { qualifier: 'rule' }),
    { id: 'cec:c1', metric: 'vote_share', entity: 'red', value: 60 },
    { id: 'cec:c2', metric: 'vote_share', entity: 'blue', value: 40 },
  ];
  const sources = [{ id: 'law' }, { id: 'cec' }, { id: 'a', published: '2024-03-01' }, { id: 'b', published: '2024-03-02' }, { id: 'c', published: '2024-03-02' }];

  it('the seats the largest-remainder method gives a party weigh for the value that states them', () => {
    const claims = [...settledClaims, seats('a:c1', 'seats_list', 'red', 6), seats('b:c1', 'seats_list', 'red', 7)];
    const f = fig(run(claims, sources), 'seats_list.red');
    expect([f.value, f.rule]).toEqual([
      6,
      'The sources disagree; the evidence for 6 seats weighs 1.5: 1 (Outlet A) + 0.5 (the largest-remainder (Hare) method gives 6 of the 10 seats to the shares over the 5 % threshold) against 1 for any other value, so 6 seats is used.',
    ]);
    // Without it, the later source decides.
    expect(fig(run(claims, sources, Policy.parse({ evidence: { allocation: 0 } })), 'seats_list.red').value).toBe(7);
  });

  it('never outvotes two independent sources, and needs the shares, seats and threshold settled', () => {
    const two = [...settledClaims, seats('a:c1', 'seats_list', 'red', 6), seats('b:c1', 'seats_list', 'red', 7), seats('c:c1', 'seats_list', 'red', 7, { source: 'c' })];
    expect(fig(run(two, [...sources.slice(0, 4), { id: 'c', outlet: 'Outlet C', published: '2024-03-01' }]), 'seats_list.red').value).toBe(7);
    // Blue's share contested (40 and 30 % from sources of one date): no allocation, the later source decides.
    const contested = [...settledClaims, { id: 'b:c2', metric: 'vote_share', entity: 'blue', value: 30 } as C, seats('a:c1', 'seats_list', 'red', 6), seats('b:c1', 'seats_list', 'red', 7)];
    const out = run(contested, sources.map((x) => (x.id === 'cec' ? { ...x, published: '2024-03-02' } : x)));
    expect(fig(out, 'vote_share.blue').status).toBe('conflict');
    const f = fig(out, 'seats_list.red');
    expect([f.value, f.rule.includes('Hare')]).toEqual([7, false]);
  });
});
