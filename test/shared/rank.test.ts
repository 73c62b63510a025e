/**
 * Figure references by rank (pipeline/shared/rank.ts): who ranks, in which order, how ties are
 * broken, what a rank that does not exist says, and ranges for chart selectors.
 */
import { describe, expect, it } from 'vitest';
import { leadMetric, parseRank, rankings, resolveEntity, resolveFigureId } from '../../pipeline/shared/rank.ts';
import * as msg from '../../pipeline/shared/messages.ts';

const lexicon = {
  entities: [
    { id: 'blue', kind: 'party' },
    { id: 'green', kind: 'party' },
    { id: 'red', kind: 'party' },
    { id: 'ames', kind: 'candidate' },
    { id: 'self-nominated', kind: 'group' },
    { id: 'national', kind: 'place' },
    { id: 'north', kind: 'place' },
  ],
  election: { previous: 2027 },
} as never;
const fig = (id: string, value: number | null, kind = 'result') => {
  const [metric, entity] = id.split('.');
  return { id, metric: metric!, entity: entity ?? null, kind, value };
};
const figures = [
  fig('vote_share.red', 18.1),
  fig('vote_share.green', 27.5),
  fig('vote_share.blue', 41.2),
  fig('vote_share.blue.forecast', 60, 'forecast'),
  fig('vote_share.blue.2027', 45, 'historical'),
  fig('vote_share.self-nominated', 50),
  fig('turnout.national', 63.4),
  fig('turnout.north', 71.2),
  fig('seats_total.green', 35),
  fig('seats_total.blue', 54),
  fig('seats_total.red', 35),
  fig('seats_list.red', null),
];
const r = rankings(figures, lexicon);

describe('rankings', () => {
  it('ranks parties, candidates and options by their result with a chosen value, highest first; no place, group, other kind or valueless figure', () => {
    expect(r.metrics.get('vote_share')!.map((x) => x.entity)).toEqual(['blue', 'green', 'red']);
    expect(r.metrics.has('turnout')).toBe(false);
    expect(r.metrics.has('seats_list')).toBe(false);
  });

  it('breaks a tie by the order of the lexicon and says who ties', () => {
    expect(r.metrics.get('seats_total')!.map((x) => `${x.entity}:${x.tiedWith.join(',')}`)).toEqual(['blue:', 'green:red', 'red:green']);
    const tied = resolveFigureId('seats_total.@2', r);
    expect(tied).toMatchObject({ ok: true, id: 'seats_total.green', ties: [{ rank: 2, metric: 'seats_total', entity: 'green', tiedWith: ['red'] }] });
    expect(resolveFigureId('seats_total.@1', r)).toMatchObject({ ok: true, id: 'seats_total.blue', ties: [] });
  });
});

describe('counts in progress', () => {
  it('ranks an entity whose only figure is the latest snapshot of a count in progress (kind latest)', () => {
    const live = rankings([fig('vote_share.blue', 41.2), fig('vote_share.green', 44.0, 'latest'), fig('vote_share.red', 9, 'snapshot')], lexicon);
    expect(live.metrics.get('vote_share')!.map((x) => x.entity)).toEqual(['green', 'blue']);
  });
});

describe('a later round ranks on its own', () => {
  const runoff = rankings([...figures, fig('vote_share.green.round-2', 52.4), fig('vote_share.blue.round-2', 47.6), fig('vote_share.blue.round-x', 1)], lexicon);

  it('ranks `<metric>.<entity>.round-N` as `<metric>.round-N`, apart from the first round', () => {
    expect(runoff.metrics.get('vote_share.round-2')!.map((x) => x.entity)).toEqual(['green', 'blue']);
    expect(runoff.metrics.get('vote_share')!.map((x) => x.entity)).toEqual(['blue', 'green', 'red']);
  });

  it('a rank in an id with a round part ranks by that round; a name ranks by `~metric.round-N`', () => {
    expect(resolveFigureId('vote_share.@1.round-2', runoff)).toMatchObject({ ok: true, id: 'vote_share.green.round-2' });
    expect(resolveFigureId('vote_share.@2.round-2', runoff)).toMatchObject({ ok: true, id: 'vote_share.blue.round-2' });
    expect(resolveEntity('@1~vote_share.round-2', runoff)).toMatchObject({ ok: true, id: 'green' });
    expect(resolveFigureId('vote_share.@3.round-2', runoff)).toMatchObject({ ok: false, reason: 'missing', message: msg.RANK_MISSING('vote_share.@3.round-2', 3, 'vote_share.round-2', 2) });
    expect(resolveFigureId('vote_share.@1.round-2', r)).toMatchObject({ ok: false, reason: 'missing' });
  });
});

describe('resolving a reference by rank', () => {
  it('resolves the entity part by the id\'s own metric, or by the metric after ~', () => {
    expect(resolveFigureId('vote_share.@2', r)).toMatchObject({ ok: true, id: 'vote_share.green' });
    expect(resolveFigureId('vote_share.@1~seats_total', r)).toMatchObject({ ok: true, id: 'vote_share.blue' });
    expect(resolveFigureId('seats_list.@3~vote_share', r)).toMatchObject({ ok: true, id: 'seats_list.red' });
    expect(resolveFigureId('turnout.national', r)).toMatchObject({ ok: true, id: 'turnout.national' });
  });

  it('keeps the parts after the rank, and writes @previous as the lexicon\'s previous election', () => {
    expect(resolveFigureId('vote_share.@1.forecast', r)).toMatchObject({ ok: true, id: 'vote_share.blue.forecast' });
    expect(resolveFigureId('seats_total.@1.@previous', r)).toMatchObject({ ok: true, id: 'seats_total.blue.2027' });
    expect(resolveFigureId('turnout.national.@previous', r)).toMatchObject({ ok: true, id: 'turnout.national.2027' });
    const none = resolveFigureId('turnout.national.@previous', rankings(figures, { entities: [] } as never));
    expect(none).toMatchObject({ ok: false, reason: 'missing', message: msg.RANK_NO_PREVIOUS('turnout.national.@previous') });
  });

  it('says which rank is missing, by which metric, and who is ranked', () => {
    const missing = resolveFigureId('vote_share.@4', r);
    expect(missing).toEqual({ ok: false, reason: 'missing', message: msg.RANK_MISSING('vote_share.@4', 4, 'vote_share', 3), hint: msg.RANK_MISSING_HINT('vote_share', ['blue', 'green', 'red']) });
    expect(msg.RANK_MISSING('vote_share.@2', 2, 'vote_share', 1)).toBe('"vote_share.@2" names rank 2 by vote_share, but only one entity has a result for vote_share with a chosen value');
    expect(resolveFigureId('registered.@1', r)).toMatchObject({ ok: false, reason: 'missing', message: msg.RANK_MISSING('registered.@1', 1, 'registered', 0) });
  });

  it('refuses a rank anywhere but the entity part, a malformed one, and a range where one figure is meant', () => {
    expect(resolveFigureId('@1.blue', r)).toMatchObject({ ok: false, reason: 'malformed', message: msg.RANK_PLACE('@1.blue') });
    expect(resolveFigureId('vote_share.@0', r)).toMatchObject({ ok: false, reason: 'malformed', message: msg.RANK_MALFORMED('@0') });
    expect(resolveFigureId('vote_share.@first', r)).toMatchObject({ ok: false, reason: 'malformed' });
    expect(resolveFigureId('vote_share.@1-2', r)).toMatchObject({ ok: false, reason: 'malformed', message: msg.RANK_RANGE_HERE('vote_share.@1-2') });
    expect(parseRank('blue')).toBeNull();
  });

  it('resolves a range or every rank to one id each, in rank order, for a chart selector', () => {
    expect(resolveFigureId('vote_share.@1-2', r, true)).toMatchObject({ ok: true, ids: ['vote_share.blue', 'vote_share.green'] });
    expect(resolveFigureId('vote_share.@2-9', r, true)).toMatchObject({ ok: true, ids: ['vote_share.green', 'vote_share.red'] });
    expect(resolveFigureId('seats_total.@*.*', r, true)).toMatchObject({ ok: true, ids: ['seats_total.blue.*', 'seats_total.green.*', 'seats_total.red.*'] });
    expect(resolveFigureId('vote_share.@5-9', r, true)).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('names the leading entity by seat totals when the election has them, else by vote share', () => {
    expect(leadMetric(r)).toBe('seats_total');
    expect(resolveEntity('@1', r)).toMatchObject({ ok: true, id: 'blue' });
    expect(resolveEntity('@2~vote_share', r)).toMatchObject({ ok: true, id: 'green' });
    const presidential = rankings([fig('vote_share.ames', 52), fig('vote_share.red', 48)], lexicon);
    expect(leadMetric(presidential)).toBe('vote_share');
    expect(resolveEntity('@1', presidential)).toMatchObject({ ok: true, id: 'ames' });
    expect(resolveEntity('@3', presidential)).toMatchObject({ ok: false, reason: 'missing', message: msg.RANK_MISSING('@3', 3, 'vote_share', 2) });
    expect(resolveEntity('blue', r)).toMatchObject({ ok: true, id: 'blue' });
  });
});
