/**
 * Change-list fixtures: test/fixtures/changes/<case>/input/{previous,current}.json (the
 * artifacts of the published build and of this build; no previous.json: first publication)
 * → output/changes.json (the data the briefing renders) and output/changes.txt (`make diff`).
 * The inputs are written by test/fixtures/changes/make-inputs.ts through the real ingest and
 * reconcile stages. Run with UPDATE_FIXTURES=1 to write missing or changed expected files,
 * then review the diff.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  Baseline,
  Changes,
  Snapshot,
  baselineFor,
  changesFor,
  diffBriefings,
  diffReport,
  formatChanges,
  nextBaseline,
  parseBaseline,
  snapshot,
} from '../../pipeline/changes/index.ts';
import { PipelineError, format } from '../../pipeline/shared/errors.ts';
import { toJson } from '../../pipeline/shared/io.ts';
import { Checks, Claims, Corpus, Figures } from '../../pipeline/shared/schema.ts';
import * as msg from '../../pipeline/shared/messages.ts';
import { fixtures } from '../paths.ts';

const dir = join(fixtures, 'changes');
const update = process.env.UPDATE_FIXTURES === '1';

function load(file: string): Snapshot | null {
  if (!existsSync(file)) return null;
  const d = JSON.parse(readFileSync(file, 'utf8'));
  return snapshot(Figures.parse(d.figures), Claims.parse(d.claims), Corpus.parse(d.corpus), Checks.parse(d.checks), d.inputs);
}

function loadCase(name: string): { previous: Snapshot | null; current: Snapshot } {
  return { previous: load(join(dir, name, 'input', 'previous.json')), current: load(join(dir, name, 'input', 'current.json'))! };
}

function expectFile(path: string, actual: string) {
  if (update && (!existsSync(path) || readFileSync(path, 'utf8') !== actual)) {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(existsSync(path), `${path} is missing: run with UPDATE_FIXTURES=1`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const cases = readdirSync(dir).filter((n) => !n.includes('.')).sort();

describe('change-list fixtures', () => {
  it('has the cases the issue asks for', () => {
    expect(cases).toEqual(['conflict-opened', 'conflict-resolved', 'first-publication', 'source-added-final', 'source-edited-removed', 'unchanged']);
  });

  for (const name of cases) {
    it(name, () => {
      const { previous, current } = loadCase(name);
      const changes = diffBriefings(previous, current);
      expect(Changes.parse(changes)).toEqual(changes);
      expectFile(join(dir, name, 'output', 'changes.json'), toJson(changes));
      expectFile(join(dir, name, 'output', 'changes.txt'), formatChanges(changes));
    });
  }
});

describe('what each case says', () => {
  it('first publication: says so, lists nothing, and names this build', () => {
    const { previous, current } = loadCase('first-publication');
    const c = diffBriefings(previous, current);
    expect(c).toMatchObject({ first: true, empty: false, previous: null, count: 0, summary: msg.CHANGES_FIRST });
    expect(c.current.digest).toBe(current.digest);
    expect(formatChanges(c)).toBe(`${msg.CHANGES_FIRST}\n`);
  });

  it('an unchanged rebuild gives an empty change list', () => {
    const { previous, current } = loadCase('unchanged');
    expect(previous!.digest).toBe(current.digest);
    const c = diffBriefings(previous, current);
    expect(c).toMatchObject({ first: false, empty: true, count: 0, sources: [], figures: [], conflicts: [], checks: [], inputs: [] });
    expect(c.summary).toBe(msg.CHANGES_NONE);
  });

  it('an added final result moves a figure from preliminary to final and names the new source', () => {
    const c = diffBriefings(...Object.values(loadCase('source-added-final')) as [Snapshot, Snapshot]);
    expect(c.sources.map((s) => [s.id, s.change])).toEqual([['diplomat', 'added']]);
    const seats = c.figures.find((f) => f.id === 'seats_single_mandate.amanat')!;
    expect(seats.change).toBe('changed');
    expect(seats.aspects).toEqual(['value', 'qualifier', 'status', 'sources', 'dissent']);
    expect([seats.from!.value, seats.from!.qualifier, seats.to!.value, seats.to!.qualifier]).toEqual([22, 'preliminary', 23, 'final']);
    expect(seats.reasons.map((r) => [r.kind, r.items])).toEqual([['source-added', ['diplomat']]]);
    expect(seats.text).toContain('from 22 seats (preliminary, single source) to 23 seats (final, resolved by a rule)');
    expect(c.figures.find((f) => f.id === 'seats_total.amanat')!.change).toBe('added');
    // A figure the new source does not touch is not listed.
    expect(c.figures.map((f) => f.id)).not.toContain('turnout.national');
  });

  it('an edited source is a reason only for the figures where what it states changed', () => {
    const { previous, current } = loadCase('source-added-final');
    const kisi = current.sources.find((s) => s.id === 'kisi')!;
    const edited = { ...current, sources: current.sources.map((s) => (s === kisi ? { ...kisi, sha256: 'edited', text: 'edited' } : s)) };
    const c = diffBriefings(previous, edited);
    expect(c.sources.map((s) => [s.id, s.change])).toEqual([['diplomat', 'added'], ['kisi', 'edited']]);
    const seats = c.figures.find((f) => f.id === 'seats_single_mandate.amanat')!;
    expect(seats.reasons.map((r) => r.kind)).toEqual(['source-added']);
  });

  it('a conflict appears when a new source disagrees, and is resolved when a final result arrives', () => {
    const opened = diffBriefings(...Object.values(loadCase('conflict-opened')) as [Snapshot, Snapshot]);
    expect(opened.conflicts.map((x) => [x.figure, x.change])).toEqual([['vote_share.respublica', 'opened']]);
    expect(opened.conflicts[0]!.text).toContain('8.59 % from Sailau News and 8.9 % from Orda');
    const share = opened.figures.find((f) => f.id === 'vote_share.respublica')!;
    expect(share.to).toMatchObject({ value: null, status: 'conflict', value_text: msg.CHANGE_CONTESTED });
    expect(share.to!.text).toBe('no value (contested: 8.59 % from Sailau News and 8.9 % from Orda)');

    const resolved = diffBriefings(...Object.values(loadCase('conflict-resolved')) as [Snapshot, Snapshot]);
    expect(resolved.conflicts.map((x) => [x.figure, x.change])).toEqual([['vote_share.respublica', 'resolved']]);
    expect(resolved.figures.find((f) => f.id === 'vote_share.respublica')!.to).toMatchObject({ value: 8.59, qualifier: 'final', status: 'resolved' });
  });

  it('an edited and a removed source, and an edited policy, are listed with what they changed', () => {
    const c = diffBriefings(...Object.values(loadCase('source-edited-removed')) as [Snapshot, Snapshot]);
    expect(c.sources.map((s) => [s.id, s.change, s.parts])).toEqual([
      ['diplomat', 'removed', []],
      ['kisi', 'edited', ['text']],
      ['sailau', 'edited', ['details']],
    ]);
    expect(c.inputs.map((i) => [i.path, i.change])).toEqual([['sources/policy.yaml', 'edited']]);
    expect(c.figures.map((f) => [f.id, f.change])).toEqual([
      ['seats_single_mandate.amanat', 'changed'],
      ['seats_total.amanat', 'removed'],
    ]);
    const seats = c.figures[0]!;
    expect([seats.from!.value, seats.from!.qualifier, seats.to!.value, seats.to!.qualifier]).toEqual([23, 'final', 21, 'preliminary']);
    // The edit that changed what KISI states is a reason; the retitled Sailau News changes no figure.
    expect(seats.reasons.map((r) => [r.kind, r.items])).toEqual([
      ['source-removed', ['diplomat']],
      ['source-edited', ['kisi']],
    ]);
    expect(c.figures.map((f) => f.id)).not.toContain('turnout.national');
  });
});

describe('snapshot', () => {
  it('does not depend on the order of its inputs', () => {
    const d = JSON.parse(readFileSync(join(dir, 'conflict-resolved', 'input', 'current.json'), 'utf8'));
    const a = snapshot(d.figures, d.claims, d.corpus, d.checks, d.inputs);
    const b = snapshot([...d.figures].reverse(), [...d.claims].reverse(), { sources: [...d.corpus.sources].reverse() }, [...d.checks].reverse(), [...d.inputs].reverse());
    expect(toJson(b)).toBe(toJson(a));
    expect(Snapshot.parse(a)).toEqual(a);
  });

  it('keeps settings and templates as inputs but leaves the articles to the sources', () => {
    const { current } = loadCase('first-publication');
    expect(current.inputs.map((i) => i.path)).toEqual(['sources/lexicon.yaml', 'sources/policy.yaml', 'templates/briefing.md']);
    expect(current.sources.map((s) => s.id)).toEqual(['kisi', 'sailau']);
    expect(current.date).toBe('2023-03-24');
  });

  it('gives a derived figure the sources of the figures it is computed from', () => {
    const d = JSON.parse(readFileSync(join(dir, 'conflict-resolved', 'input', 'current.json'), 'utf8'));
    const share = Figures.parse(d.figures).find((f) => f.id === 'vote_share.respublica')!;
    const derived = { ...share, id: 'seats_list.respublica.derived', metric: 'seats_list', status: 'derived' as const, claims: [], dissent: [], inputs: [share.id] };
    const s = snapshot([...Figures.parse(d.figures), derived], d.claims, d.corpus, d.checks, d.inputs);
    const got = s.figures.find((f) => f.id === derived.id)!;
    const from = s.figures.find((f) => f.id === share.id)!;
    expect(from.sources).toEqual(['diplomat', 'orda', 'sailau']);
    expect([got.sources, got.supporting]).toEqual([from.sources, from.supporting]);
  });

  it('names itself by a digest that changes with any figure', () => {
    const d = JSON.parse(readFileSync(join(dir, 'unchanged', 'input', 'current.json'), 'utf8'));
    const a = snapshot(d.figures, d.claims, d.corpus, d.checks, d.inputs);
    d.figures[0].rule = `${d.figures[0].rule} `;
    expect(snapshot(d.figures, d.claims, d.corpus, d.checks, d.inputs).digest).not.toBe(a.digest);
  });
});

describe('baseline: what make publish keeps, and what a build is compared with', () => {
  const first = loadCase('source-added-final').previous!;
  const second = loadCase('source-added-final').current;
  const third = loadCase('source-edited-removed').current;

  it('no baseline: first publication; publishing keeps this build as the latest', () => {
    expect(baselineFor(null, first)).toEqual({ previous: null, republished: false });
    expect(nextBaseline(null, first)).toEqual({ latest: first, before: null });
  });

  it('a new build is compared with the latest publication', () => {
    const baseline = nextBaseline(null, first);
    expect(baselineFor(baseline, second)).toEqual({ previous: first, republished: false });
    const c = changesFor(baseline, second);
    expect(c.previous!.digest).toBe(first.digest);
    expect(c.count).toBeGreaterThan(0);
    expect(diffReport(baseline, second)).toBe(formatChanges(c));
  });

  it('a rebuild of the latest publication is compared with the one before it, so publishing twice gives the same bytes', () => {
    const once = nextBaseline(nextBaseline(null, first), second);
    expect(once).toEqual({ latest: second, before: first });
    expect(nextBaseline(once, second)).toBe(once);
    const published = changesFor(nextBaseline(null, first), second);
    const rebuilt = changesFor(once, second);
    expect(toJson(rebuilt)).toBe(toJson(published));
    expect(baselineFor(once, second)).toEqual({ previous: first, republished: true });
    // Only the terminal report says that this is a rebuild.
    expect(diffReport(once, second)).toBe(formatChanges(published, { republished: true }));
    expect(diffReport(once, second)).toContain(msg.CHANGES_REPUBLISHED(second.date));
    expect(formatChanges(published)).not.toContain(msg.CHANGES_REPUBLISHED(second.date));
    // The first publication, rebuilt, is still a first publication.
    expect(changesFor(nextBaseline(null, first), first).first).toBe(true);
  });

  it('after make publish, make diff says the build is the latest publication, not just "First publication"', () => {
    const report = diffReport(nextBaseline(null, first), first);
    expect(report).toBe(`${msg.CHANGES_REPUBLISHED_FIRST(first.date)}\n`);
    expect(report).toContain('is the latest publication');
    // Without a publication it is the first publication.
    expect(diffReport(null, first)).toBe(`${msg.CHANGES_FIRST}\n`);
    // A later one: the report says so above the list it was published with.
    expect(diffReport(nextBaseline(nextBaseline(null, first), second), second)).toContain('This build is the latest publication');
  });

  it('a third publication moves the latest to before', () => {
    const chain = nextBaseline(nextBaseline(nextBaseline(null, first), second), third);
    expect(chain).toEqual({ latest: third, before: second });
    expect(Baseline.parse(JSON.parse(toJson(chain)))).toEqual(chain);
  });

  it('reads a baseline file, and says what to do with one it cannot read', () => {
    const good = nextBaseline(null, first);
    expect(parseBaseline('output/publish/baseline.json', toJson(good))).toEqual(good);
    // A bare snapshot (another build's output/data/snapshot.json) is a publication with none before it.
    expect(parseBaseline('old/snapshot.json', toJson(first))).toEqual(good);
    const problem = (text: string) => {
      try {
        parseBaseline('output/publish/baseline.json', text);
      } catch (e) {
        expect(e).toBeInstanceOf(PipelineError);
        return format((e as PipelineError).diagnostics[0]!);
      }
      throw new Error('no error');
    };
    expect(problem('{"latest": ')).toMatch(/^output\/publish\/baseline\.json: error: the last published baseline cannot be read: .+ \[bad-baseline\]\n {2}.*Delete it/);
    expect(problem(toJson({ latest: { ...first, version: 2 }, before: null }))).toContain('latest.version');
    expect(problem(toJson({ ...first, figures: 'none' }))).toContain(': figures: ');
    expect(problem('[]')).toContain(': (top): ');
  });
});

describe('reader-facing text', () => {
  it('uses none of the characters the briefing font lacks', () => {
    for (const name of cases) {
      const { previous, current } = loadCase(name);
      const c = diffBriefings(previous, current);
      expect(formatChanges(c)).not.toMatch(/[\u2192\u2264\u2265\u2248]/);
      expect(toJson(c)).not.toMatch(/[\u2192\u2264\u2265\u2248]/);
    }
  });
});

describe('the changes stage after make publish', () => {
  it('says the build is the latest publication, read from the baseline publish wrote; the briefing keeps the published list', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { paths, stages } = await import('../../pipeline/build/stages.ts');
    const root = mkdtempSync(join(tmpdir(), 'changes-stage-'));
    try {
      const p = paths(root);
      mkdirSync(p.data, { recursive: true });
      mkdirSync(p.templates, { recursive: true });
      mkdirSync(p.sources, { recursive: true });
      writeFileSync(join(p.templates, 'briefing.md'), 'Briefing\n');
      for (const [f, v] of [['figures.json', []], ['claims.json', []], ['checks.json', []], ['corpus.json', { sources: [] }]] as const) writeFileSync(join(p.data, f), toJson(v));
      const stage = stages.find((s) => s.name === 'changes')!;
      expect(await stage.run(p)).toBe(msg.CHANGES_FIRST);
      const published = readFileSync(join(p.data, 'changes.json'), 'utf8');
      // What make publish leaves: this build as the latest publication.
      const snap = JSON.parse(readFileSync(join(p.data, 'snapshot.json'), 'utf8'));
      mkdirSync(join(p.out, 'publish'));
      writeFileSync(join(p.out, 'publish', 'baseline.json'), toJson(nextBaseline(null, snap)));
      const after = await stage.run(p);
      expect(after).toBe(`${msg.CHANGES_STAGE_REPUBLISHED(true, '')} (unchanged)`);
      expect(after).toContain('is the latest publication');
      // The briefing's own list is the published one, byte for byte.
      expect(readFileSync(join(p.data, 'changes.json'), 'utf8')).toBe(published);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
