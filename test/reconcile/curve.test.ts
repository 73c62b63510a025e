/**
 * The sources-added curve (make eval-corpus): an invented event (test/fixtures/reconcile/curve/)
 * whose articles are added one at a time, each with the claims an extractor could have made of
 * it (written here); the key figures annotated final or official are scored after each step.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addingOrder, chosenText, formatCurves, keyState, readEvent, referenceKeys, sourcesCurve, type Extracted } from '../../pipeline/reconcile/corpus.ts';
import type { ClaimIn } from '../../pipeline/reconcile/evidence.ts';
import { DEFAULT_POLICY } from '../../pipeline/reconcile/policy.ts';
import { makeClaim, makeCorpus } from '../fixtures/reconcile/cases.ts';
import { fixtures } from '../paths.ts';
import type { Figure } from '../../pipeline/shared/schema.ts';

const dir = join(fixtures, 'reconcile', 'curve');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'event.yaml').sort();
const ev = readEvent(readFileSync(join(dir, 'event.yaml'), 'utf8'), files.map((f) => readFileSync(join(dir, f), 'utf8')));

type C = Partial<ClaimIn> & { id: string; metric: string };
const claim = (c: C): ClaimIn => ({ ...makeClaim({ election: 2031, ...c }), ...(c.attribution ? { attribution: c.attribution } : {}) });
const seats = (id: string, entity: string, value: number, extra: Partial<C> = {}): ClaimIn => claim({ id, metric: 'seats_total', entity, value, unit: 'seats', ...extra });
const turnout = (id: string, value: number, precision: number, extra: Partial<C> = {}): ClaimIn => claim({ id, metric: 'turnout', value, precision, ...extra });
const commission = { qualifier: 'final', attribution: 'the Electoral Commission' } as const;

/** What the extractor made of each article, mistakes included ("53" for Blue's 35). */
const claimsOf: Record<string, ClaimIn[]> = {
  'fl-2031-blog': [turnout('fl-2031-blog:c1', 61, 0.5)],
  'fl-2031-wire': [seats('fl-2031-wire:c1', 'red', 40, { qualifier: 'preliminary' }), seats('fl-2031-wire:c2', 'blue', 53)],
  // The chamber's size the extractor reads as a rule of the election, the annotation as a final result.
  'fl-2031-gazette': [seats('fl-2031-gazette:c1', 'red', 40, commission), seats('fl-2031-gazette:c2', 'blue', 35, commission), turnout('fl-2031-gazette:c3', 61.2, 0.05, commission), seats('fl-2031-gazette:c4', 'national', 100, { qualifier: 'rule' })],
  'fl-2031-undated': [seats('fl-2031-undated:c1', 'blue', 53)],
};
const extracted = (id: string): Extracted => (claimsOf[id] ? { corpus: makeCorpus([{ id }]), claims: claimsOf[id]! } : null);

describe('more right with every source added', () => {
  it('adds the articles by publication date, then id, undated last', () => {
    expect(addingOrder(ev.articles).map((a) => a.id)).toEqual(['fl-2031-blog', 'fl-2031-wire', 'fl-2031-gazette', 'fl-2031-undated']);
  });

  it("scores the key figures annotated final or official, national and of this election (not a place's, not the previous election's)", () => {
    const keys = referenceKeys(ev, DEFAULT_POLICY);
    expect(keys.map((k) => [k.figure, k.official])).toEqual([
      ['seats_total.blue', ['35']],
      ['seats_total.national', ['100']],
      ['seats_total.red', ['40']],
      ['turnout.national', ['61.2']],
    ]);
    const red = keys[2]!;
    const chosen = (value: number | null, status: Figure['status'], low: number | null = null, high: number | null = null) => ({ value, low, high, status, precision: 0.5 });
    expect([keyState(undefined, red), keyState(chosen(40, 'agreed'), red), keyState(chosen(41, 'single'), red), keyState(chosen(null, 'conflict'), red)]).toEqual(['absent', 'right', 'wrong', 'contested']);
    // A bound ("fewer than 41 seats") is right when the official value lies within it.
    expect([keyState(chosen(null, 'single', null, 41), red), keyState(chosen(null, 'single', 45, null), red), chosenText(chosen(null, 'single', null, 41))]).toEqual(['right', 'wrong', 'less than 41']);
    // Where the official claims themselves disagree ("122 seats", then "123"), showing the conflict is right.
    const split = { ...red, official: ['40', '42'], claims: [red.claims[0]!, { ...red.claims[0]!, id: 'x:c9', value: 42 }] };
    expect([keyState(chosen(null, 'conflict'), split), keyState(chosen(42, 'resolved'), split), keyState(chosen(41, 'resolved'), split)]).toEqual(['right', 'right', 'wrong']);
  });

  it('counts the key figures right after each source and names every one a step loses', () => {
    const curve = sourcesCurve(ev, DEFAULT_POLICY, ev.lexicon, extracted);
    expect(curve.steps.map((s) => [s.added, s.right, s.wrong, s.contested])).toEqual([
      ['fl-2031-blog', 0, 1, 0],
      ['fl-2031-wire', 1, 2, 0],
      // The chamber's 100 seats are right as the rule of the election.
      ['fl-2031-gazette', 4, 0, 0],
      // Two independent sources' "53" outweigh one official "35": the step is worse.
      ['fl-2031-undated', 3, 1, 0],
    ]);
    expect(curve.steps.map((s) => s.lost.map((l) => `${l.figure} ${l.chosen} / ${l.official.join(' or ')}`))).toEqual([[], [], [], ['seats_total.blue 53 / 35']]);
    const text = formatCurves([curve, { ...curve, event: 'held-out-event', half: 'test' }]);
    expect(text).toContain('fl-2031-hall (tune): 4 key figures; right after 1..4 sources: 0 1 4 3; at the end 1 wrong, 0 contested; 1 step worse');
    expect(text).toContain('    step 4 (+fl-2031-undated): seats_total.blue no longer right: chosen 53, official 35');
    expect(text).toContain('test: 1 events, key figures right after the last source 3/4; worse steps 1 of 4');
    // The test half is reported in totals only: never an event's name, curve or figures.
    expect(text).not.toContain('held-out-event');
    // An event none of whose texts is present says so, instead of an empty curve.
    const none = formatCurves([{ ...curve, steps: [], missing: ['fl-2031-blog', 'fl-2031-wire'] }]);
    expect(none).toContain('fl-2031-hall (tune): 4 key figures; no article text present, so no curve');
    expect(none).toContain('    texts missing (left out): fl-2031-blog, fl-2031-wire');
    expect(none).not.toContain('right after 1..0');
  });

  it('counts apart a key figure right only as the latest snapshot (no complete count among the sources yet)', () => {
    const early = (id: string): Extracted =>
      id === 'fl-2031-blog' ? { corpus: makeCorpus([{ id }]), claims: [turnout('fl-2031-blog:c1', 61.2, 0.05, { qualifier: 'interim', as_of: '20:00' })] } : extracted(id);
    const curve = sourcesCurve(ev, DEFAULT_POLICY, ev.lexicon, early);
    expect(curve.steps.map((s) => [s.right, s.rightAsSnapshot])).toEqual([
      [1, 1],
      [2, 1],
      [4, 0],
      [3, 0],
    ]);
    expect(formatCurves([{ ...curve, steps: curve.steps.slice(0, 1) }])).toContain('right after 1..1 sources: 1 (1 of them as the latest snapshot); at the end 0 wrong');
    expect(formatCurves([{ ...curve, half: 'test', steps: curve.steps.slice(0, 2) }])).toContain('test: 1 events, key figures right after the last source 2/4 (1 of them as the latest snapshot); worse steps 0 of 2');
  });

  it('a step that loses only a figure right as the latest snapshot (a later snapshot replaced it) is counted apart', () => {
    const later = (id: string): Extracted =>
      id === 'fl-2031-blog'
        ? { corpus: makeCorpus([{ id }]), claims: [turnout('fl-2031-blog:c1', 61.2, 0.05, { qualifier: 'interim', as_of: '20:00' })] }
        : id === 'fl-2031-wire'
          ? { corpus: makeCorpus([{ id }]), claims: [turnout('fl-2031-wire:c1', 63.5, 0.05, { qualifier: 'interim', as_of: '21:00' })] }
          : extracted(id);
    const curve = sourcesCurve(ev, DEFAULT_POLICY, ev.lexicon, later);
    expect(curve.steps.map((s) => [s.right, s.lost.length, s.lostSnapshot])).toEqual([
      [1, 0, 0],
      [0, 1, 1],
      [4, 0, 0],
      // Blue's "53" has one source now: the official 35 stays.
      [4, 0, 0],
    ]);
    expect(formatCurves([{ ...curve, half: 'test' }])).toContain('worse steps 1 of 4 (1 of them losing only figures right as the latest snapshot)');
  });

  it('leaves out an article whose text is missing and says so', () => {
    const curve = sourcesCurve(ev, DEFAULT_POLICY, ev.lexicon, (id) => (id === 'fl-2031-wire' ? null : extracted(id)));
    expect([curve.steps.map((s) => s.added), curve.missing]).toEqual([['fl-2031-blog', 'fl-2031-gazette', 'fl-2031-undated'], ['fl-2031-wire']]);
  });
});
