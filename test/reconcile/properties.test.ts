/**
 * Properties of reconciliation over real corpora, with fast-check: the seeds' claims (the
 * committed fixture test/fixtures/reconcile/five-sources) and the development corpus's
 * tune-half events (a frozen copy of their annotations, no article text, in
 * test/fixtures/reconcile/corpus-events/: the live corpus changes and is measured by
 * `make eval-corpus`, never by a test). The policy is the default one, never sources/policy.yaml.
 *
 *   confirming   adding a source that states a figure's chosen value never changes it;
 *   removing     removing any one source never changes a figure that two other independent
 *                sources support;
 *   official     for each tune event with an official-results article: the other articles
 *                with that article added choose its key figures (shares, seats, turnout);
 *   curve        each tune event's articles added one at a time (by date): no step loses a key
 *                figure annotated final or official, and after the last all are right.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimInterval, overlaps, reconcile } from '../../pipeline/reconcile/index.ts';
import { independence, type ClaimIn } from '../../pipeline/reconcile/evidence.ts';
import { DEFAULT_POLICY } from '../../pipeline/reconcile/policy.ts';
import { articleClaims, articlesCorpus, evaluateEvent, readEvent, sourcesCurve, type EventCase } from '../../pipeline/reconcile/corpus.ts';
import { sourceInfo } from '../../pipeline/reconcile/words.ts';
import { parseLexicon, type Lexicon } from '../../pipeline/shared/lexicon.ts';
import type { Corpus, Figure } from '../../pipeline/shared/schema.ts';
import { loadCase } from '../fixtures/reconcile/cases.ts';
import { fixtures } from '../paths.ts';

const fixtureDir = join(fixtures, 'reconcile');
const eventsDir = join(fixtureDir, 'corpus-events');
const runs = Number(process.env.FUZZ_RUNS ?? 60);
/** Each run reconciles a whole corpus: the time grows with FUZZ_RUNS (make fuzz). */
const timeout = 10_000 + runs * 50;

interface Case {
  name: string;
  claims: ClaimIn[];
  corpus: Corpus;
  lexicon: Lexicon;
}

function tuneEvents(): EventCase[] {
  return readdirSync(eventsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((e) => {
      const files = readdirSync(join(eventsDir, e)).filter((f) => f.endsWith('.yaml') && f !== 'event.yaml').sort();
      return readEvent(readFileSync(join(eventsDir, e, 'event.yaml'), 'utf8'), files.map((f) => readFileSync(join(eventsDir, e, f), 'utf8')));
    });
}

const events = tuneEvents();
const seeds = loadCase(fixtureDir, 'five-sources');
const cases: Case[] = [
  { name: 'seeds', claims: seeds.claims, corpus: seeds.corpus, lexicon: parseLexicon('test/fixtures/reconcile/lexicon.yaml', readFileSync(join(fixtureDir, 'lexicon.yaml'), 'utf8')) },
  ...events.map((e) => ({ name: e.event, claims: e.articles.flatMap(articleClaims), corpus: articlesCorpus(e.articles), lexicon: e.lexicon })),
];

const run = (c: Case, claims = c.claims, corpus = c.corpus) => reconcile(claims, corpus, c.lexicon, DEFAULT_POLICY);
const chosen = (figures: Figure[]) => figures.filter((f) => f.kind !== 'derived' && f.status !== 'conflict');
const valueOf = (f: Figure | undefined) => (f ? [f.value, f.low, f.high] : null);
/** The two figures state the same value within the precision of each ("54" and 54.19 agree). */
const agree = (a: Figure | undefined, b: Figure) =>
  !!a && a.status !== 'conflict' && overlaps(claimInterval({ ...a, bound: a.low != null && a.high != null && a.value == null ? 'range' : 'exact' }), claimInterval({ ...b, bound: b.low != null && b.high != null && b.value == null ? 'range' : 'exact' }));

describe('the corpora the properties run on', () => {
  it('are the seeds and every tune event, each with figures to choose', () => {
    // Every tune event annotated so far (the corpus grows; these four were the first).
    expect(cases.map((c) => c.name)).toEqual(expect.arrayContaining(['seeds', 'ar-2023-president', 'de-2025-bundestag', 'ge-2024-parliament', 'ie-2018-referendum']));
    expect(cases.every((c) => c.name === 'seeds' || events.some((e) => e.event === c.name && e.half === 'tune'))).toBe(true);
    for (const c of cases) expect(chosen(run(c).figures).length).toBeGreaterThan(5);
  });
});

describe('properties', () => {
  const before = new Map(cases.map((c) => [c.name, run(c)]));

  it('adding a source that confirms a figure’s chosen value never changes that figure', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: cases.length - 1 }),
        fc.nat(),
        fc.option(fc.constantFrom('2000-01-01', '2030-12-31'), { nil: null }),
        fc.integer({ min: 0, max: 3 }),
        (i, pick, published, tier) => {
          const c = cases[i]!;
          const figures = chosen(before.get(c.name)!.figures);
          const f = figures[pick % figures.length]!;
          const model = c.claims.find((x) => x.id === f.claims[0])!;
          const confirm: ClaimIn = {
            ...model,
            id: 'confirming:c1',
            source: 'confirming',
            value: f.value,
            low: f.low,
            high: f.high,
            precision: f.precision,
            quote: 'A confirming sentence that no other source has.',
          };
          const corpus: Corpus = { sources: [...c.corpus.sources, { ...c.corpus.sources[0]!, meta: { ...c.corpus.sources[0]!.meta, id: 'confirming', outlet: 'A confirming outlet', title: null, published, tier } }] };
          const after = run(c, [...c.claims, confirm], corpus).figures.find((x) => x.id === f.id);
          expect(valueOf(after), `${c.name}: ${f.id}`).toEqual(valueOf(f));
        },
      ),
      { numRuns: runs },
    );
  }, timeout);

  it('removing any one source never changes a figure that two other independent sources support', () => {
    const pairs = cases.flatMap((c, i) => c.corpus.sources.map((s) => `${i} ${s.meta.id}`));
    fc.assert(
      fc.property(fc.constantFrom(...pairs), (pair) => {
        const [i, removed] = pair.split(' ') as [string, string];
        const c = cases[Number(i)]!;
        const keys = independence(c.claims, sourceInfo(c.corpus), DEFAULT_POLICY);
        const source = new Map(c.claims.map((x) => [x.id, x.source]));
        const after = new Map(run(c, c.claims.filter((x) => x.source !== removed), { sources: c.corpus.sources.filter((s) => s.meta.id !== removed) }).figures.map((f) => [f.id, f]));
        for (const f of chosen(before.get(c.name)!.figures)) {
          const others = new Set(f.claims.map((id) => source.get(id)!).filter((s) => keys.get(s) !== keys.get(removed)).map((s) => keys.get(s)));
          if (others.size < 2) continue;
          // The value may lose digits that only the removed source gave ("54" for 54.19), never change.
          // A stage figure that no longer differs from the other stages is the figure itself.
          const now = after.get(f.id) ?? (f.kind === 'stage' ? after.get(f.id.slice(0, f.id.lastIndexOf('.'))) : undefined);
          expect(agree(now, f), `${c.name} without ${removed}: ${f.id} was ${valueOf(f)}, is ${valueOf(now)}`).toBe(true);
        }
      }),
      { numRuns: Math.min(runs, pairs.length * 2) },
    );
  }, timeout);

  it('for each tune event with an official-results article, adding that article makes its key figures the chosen ones', () => {
    const withOfficial = events.filter((e) => e.official.length);
    expect(withOfficial.map((e) => e.event)).toEqual(expect.arrayContaining(['de-2025-bundestag', 'ge-2024-parliament', 'ie-2018-referendum']));
    let compared = 0;
    for (const e of withOfficial) {
      const r = evaluateEvent(e, DEFAULT_POLICY);
      for (const a of r.added) {
        compared += a.keys.length;
        expect(a.keys.filter((k) => !k.ok), `${e.event} with ${a.article}`).toEqual([]);
      }
      expect(r.keys.filter((k) => !k.ok), e.event).toEqual([]);
    }
    // Not vacuous: dozens of key figures are compared (45 from the first three events alone).
    expect(compared).toBeGreaterThanOrEqual(45);
  });

  it('more right with every source added: on the tune events\' annotations, added one at a time by date, no step loses a key figure and the last gets them all', () => {
    const curves = events.map((e) => sourcesCurve(e, DEFAULT_POLICY, e.lexicon, (id) => {
      const a = e.articles.find((x) => x.id === id)!;
      return { corpus: articlesCorpus([a]), claims: articleClaims(a) };
    }));
    for (const c of curves) {
      expect(c.steps.flatMap((s) => s.lost.map((l) => `${s.added}: ${l.figure} ${l.chosen}, official ${l.official.join(' or ')}`)), c.event).toEqual([]);
      expect(c.steps.at(-1)?.notRight ?? [], c.event).toEqual([]);
    }
    // Not vacuous: key figures of most tune events are scored.
    expect(curves.reduce((n, c) => n + c.keys, 0)).toBeGreaterThanOrEqual(45);
  });
});
