/**
 * The build's decisions in Node: graph.ts (which files each stage reads and writes, found with
 * readdir), plan.ts (a stage is out of date by the hashes of its files) and state.mjs (the
 * launcher's no-op check). The Makefile side is in makefile.test.ts, the real stages in
 * ../e2e/e2e.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PipelineError } from '../../pipeline/shared/errors.ts';
import { buildGraph, closure, type GraphNode } from '../../pipeline/build/graph.ts';
import { goalState, staleness, writeGoalState, writeStamp, type Stamp } from '../../pipeline/build/plan.ts';
import { hashFile, listing, noOpGoal, stateFile } from '../../pipeline/build/state.mjs';

function error(f: () => unknown): PipelineError {
  try {
    f();
  } catch (e) {
    if (e instanceof PipelineError) return e;
    throw e;
  }
  throw new Error('no error');
}

let dir: string;
const at = (rel: string) => join(dir, rel);
function write(rel: string, text: string): void {
  mkdirSync(join(at(rel), '..'), { recursive: true });
  writeFileSync(at(rel), text);
}
const project = () => ({ root: dir, sources: at('sources'), templates: at('templates'), out: at('out'), data: at('out/data') });
const names = (nodes: GraphNode[]) => nodes.map((n) => n.stage);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-test-'));
  for (const f of ['sources/a.md', 'sources/b.md', 'sources/lexicon.yaml', 'sources/policy.yaml', 'sources/notes.txt', 'sources/.hidden.md', 'templates/briefing.md', 'templates/charts/x.vl.json', 'templates/charts/README.md']) write(f, `${f}\n`);
  for (const f of ['shared/io.ts', 'build/cli.ts', 'build/bench.ts', 'ingest/index.ts', 'extract/index.ts', 'reconcile/index.ts', 'changes/index.ts', 'charts/index.ts', 'render/index.ts', 'render/directives/fig.ts', 'render/README.md', 'print/index.ts', 'launch.mjs']) write(`pipeline/${f}`, `${f}\n`);
  write('package-lock.json', '{}\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('buildGraph', () => {
  it('finds the articles with readdir (no hidden file, no other kind) and the fixed inputs', () => {
    const ingest = buildGraph(project()).nodes[0]!;
    expect(ingest.stage).toBe('ingest');
    expect(ingest.outputs).toEqual([at('out/data/corpus.json')]);
    expect(ingest.inputs.filter((f) => f.startsWith(at('sources')))).toEqual([at('sources/a.md'), at('sources/b.md'), at('sources/lexicon.yaml')]);
    expect(ingest.stamp).toBe(at('out/.stamps/ingest'));
  });

  it("gives each stage its code: its folder at any depth, the folders it imports, shared/, build/ but the tools, the launcher, the lock file", () => {
    const render = buildGraph(project()).nodes.find((n) => n.stage === 'render')!;
    const code = render.inputs.filter((f) => f.startsWith(at('pipeline')) || f.endsWith('package-lock.json'));
    expect(code.sort()).toEqual(
      ['pipeline/build/cli.ts', 'pipeline/changes/index.ts', 'pipeline/launch.mjs', 'pipeline/reconcile/index.ts', 'pipeline/render/directives/fig.ts', 'pipeline/render/index.ts', 'pipeline/shared/io.ts', 'package-lock.json'].map(at).sort(),
    );
  });

  it('lists every file of sources/ and templates/ for the stages that hash them, and the last publication as optional', () => {
    const changes = buildGraph(project()).nodes.find((n) => n.stage === 'changes')!;
    expect(changes.inputs).toContain(at('sources/notes.txt'));
    expect(changes.inputs).toContain(at('templates/charts/README.md'));
    expect(changes.inputs).not.toContain(at('sources/.hidden.md'));
    expect(changes.optional).toEqual([at('out/publish/baseline.json')]);
  });

  it('gives the manifest every output and every file of pipeline/ (not only code)', () => {
    const manifest = buildGraph(project()).nodes.at(-1)!;
    expect(manifest.stage).toBe('manifest');
    expect(manifest.inputs).toContain(at('out/briefing.pdf'));
    expect(manifest.inputs).toContain(at('pipeline/render/README.md'));
    expect(manifest.inputs).toContain(at('pipeline/build/bench.ts'));
  });

  it('remembers every folder it read, with its entries', () => {
    const { dirs } = buildGraph(project());
    expect(dirs[at('sources')]).toEqual(['a.md', 'b.md', 'lexicon.yaml', 'notes.txt', 'policy.yaml']);
    expect(dirs[at('templates')]).toEqual(['briefing.md', 'charts/']);
    expect(dirs[at('pipeline/render/directives')]).toEqual(['fig.ts']);
  });

  it('refuses a source name outside the safe characters, naming the file and a name to use', () => {
    for (const name of ['$(shell id).md', 'a b.md', 'x\ny.md', '<a>.md']) {
      write(`sources/${name}`, 'x\n');
      try {
        const d = error(() => buildGraph(project(), 'sources')).diagnostics[0]!;
        expect(d).toMatchObject({ file: `sources/${JSON.stringify(name).slice(1, -1)}`, ruleId: 'bad-file-name' });
        expect(d.hint).toMatch(/e\.g\. "[A-Za-z0-9][A-Za-z0-9._-]*"/);
      } finally {
        rmSync(at(`sources/${name}`));
      }
    }
  });

  it('refuses a folder named x.md among the sources, naming it', () => {
    mkdirSync(at('sources/x.md'));
    try {
      expect(error(() => buildGraph(project(), 'sources')).diagnostics[0]).toMatchObject({ file: 'sources/x.md', ruleId: 'source-is-folder' });
    } finally {
      rmSync(at('sources/x.md'), { recursive: true });
    }
  });
});

describe('closure', () => {
  const { nodes } = buildGraph({ root: '.', sources: 'sources', templates: 'templates', out: 'o', data: 'o/data' });
  it('adds every stage that writes an input of a goal, in graph order', () => {
    expect(names(closure(nodes, ['pdf']))).toEqual(['ingest', 'extract', 'reconcile', 'changes', 'charts', 'render', 'print']);
    expect(names(closure(nodes, ['extract']))).toEqual(['ingest', 'extract']);
    expect(names(closure(nodes, ['data']))).toEqual(['ingest', 'extract', 'reconcile', 'changes', 'charts']);
    expect(names(closure(nodes, ['all']))).toEqual(names(nodes));
  });

  it('refuses a goal the build does not have', () => {
    expect(error(() => closure(nodes, ['typeset'])).message).toContain('"typeset" is not a goal of the build');
  });
});

describe('staleness', () => {
  const node: GraphNode = { stage: 'extract', stamp: 'st/extract', outputs: ['claims.json', 'claims.csv'], inputs: ['corpus.json', 'code.ts'], optional: ['baseline.json'] };
  const files = { 'claims.json': 'h1', 'claims.csv': 'h2', 'corpus.json': 'h3', 'code.ts': 'h4' };
  const stamp: Stamp = { inputs: { 'corpus.json': 'h3', 'code.ts': 'h4', 'baseline.json': null }, outputs: { 'claims.json': 'h1', 'claims.csv': 'h2' } };
  const hashes = (h: Record<string, string>) => (path: string) => h[path] ?? null;

  it('is up to date when every input and output has the recorded hash (times play no part)', () => {
    expect(staleness(node, hashes(files), stamp)).toBeNull();
  });

  it('runs when an input has other bytes, whatever its time', () => {
    expect(staleness(node, hashes({ ...files, 'corpus.json': 'old' }), stamp)).toBe('corpus.json changed');
  });

  it('runs when an optional input appears, and when it goes', () => {
    expect(staleness(node, hashes({ ...files, 'baseline.json': 'h5' }), stamp)).toBe('baseline.json changed');
    const withBaseline = { ...stamp, inputs: { ...stamp.inputs, 'baseline.json': 'h5' } };
    expect(staleness(node, hashes(files), withBaseline)).toBe('baseline.json changed');
  });

  it('runs when an input was added or removed', () => {
    expect(staleness({ ...node, inputs: [...node.inputs, 'new.md'] }, hashes({ ...files, 'new.md': 'h6' }), stamp)).toBe('new.md is new');
    expect(staleness({ ...node, inputs: ['corpus.json'] }, hashes(files), stamp)).toBe('code.ts was removed');
  });

  it('runs when an output was deleted or edited by hand, or it never ran', () => {
    const { ['claims.csv']: _, ...deleted } = files;
    expect(staleness(node, hashes(deleted), stamp)).toBe('claims.csv is missing');
    expect(staleness(node, hashes({ ...files, 'claims.json': 'edited' }), stamp)).toBe('claims.json differs from what the build wrote');
    expect(staleness(node, hashes(files), null)).toBe('never built');
  });

  it('runs when an input is missing, so the stage reports it', () => {
    const { ['corpus.json']: _, ...gone } = files;
    expect(staleness(node, hashes(gone), stamp)).toBe('corpus.json is missing');
  });
});

describe('the recorded state and the no-op check', () => {
  const rel = (f: string) => f.slice(dir.length + 1);
  let argv: string[];

  beforeAll(() => {
    const p = project();
    const graph = buildGraph(p);
    const nodes = closure(graph.nodes, ['extract']);
    for (const n of nodes) {
      for (const o of n.outputs) write(rel(o), `${n.stage}\n`);
      writeStamp(n, Object.fromEntries([...n.inputs, ...n.optional].map((f) => [f, hashFile(f)])), hashFile);
    }
    writeGoalState(goalState('extract', dir, p.out, graph, nodes));
    argv = ['build', '--goal', 'extract', '--root', dir, '--out', p.out];
  });

  it('holds when nothing changed, and after a touch', () => {
    expect(noOpGoal(argv)).toBe('extract');
    // Options before the command (make puts CLIFLAGS, e.g. --quiet, there): still a build.
    expect(noOpGoal(['--quiet', ...argv])).toBe('extract');
    expect(noOpGoal(['--root', dir, '--quiet', 'build', '--goal', 'extract', '--out', at('out')])).toBe('extract');
    expect(noOpGoal(['--out', 'build', 'ingest', '--goal', 'extract'])).toBeNull();
    utimesSync(at('sources/a.md'), new Date(), new Date());
    expect(noOpGoal(argv)).toBe('extract');
  });

  it('fails for an edit dated into the past, an added or removed file, a lost stamp', () => {
    write('sources/a.md', 'edited\n');
    utimesSync(at('sources/a.md'), 0, 0);
    expect(noOpGoal(argv)).toBeNull();
    write('sources/a.md', 'sources/a.md\n');
    expect(noOpGoal(argv)).toBe('extract');
    write('sources/c.md', 'c\n');
    expect(noOpGoal(argv)).toBeNull();
    rmSync(at('sources/c.md'));
    expect(noOpGoal(argv)).toBe('extract');
    rmSync(at('sources/notes.txt'));
    expect(noOpGoal(argv)).toBeNull();
    write('sources/notes.txt', 'sources/notes.txt\n');
    expect(noOpGoal(argv)).toBe('extract');
    rmSync(at('out/.stamps/ingest'));
    expect(noOpGoal(argv)).toBeNull();
  });

  it('answers only the command line it was made for', () => {
    expect(noOpGoal(['build', '--goal', 'all', '--root', dir, '--out', at('out')])).toBeNull();
    expect(noOpGoal(['build', '--goal', 'extract', '--root', dir, '--out', at('elsewhere')])).toBeNull();
    expect(noOpGoal(['ingest', '--goal', 'extract', '--root', dir, '--out', at('out')])).toBeNull();
    writeFileSync(stateFile(at('out'), 'extract'), '{"version": 1');
    expect(noOpGoal(argv)).toBeNull();
  });

  it('lists a folder as the graph does: no hidden entries, folders marked, sorted; null when absent', () => {
    expect(listing(at('templates'))).toEqual(['briefing.md', 'charts/']);
    expect(listing(at('nothing'))).toBeNull();
  });
});

describe('the hashes of one build (io.ts fileHash)', () => {
  it('hashes a file once per build, again after this process writes it, and every time outside a build', async () => {
    const { fileHash, hashOncePerBuild, writeAtomic, sha256 } = await import('../../pipeline/shared/io.ts');
    const f = at('memo.txt');
    writeFileSync(f, 'one');
    try {
      hashOncePerBuild(true);
      expect(fileHash(f)).toBe(sha256('one'));
      writeFileSync(f, 'two'); // behind the build's back: the build keeps what it saw first
      expect(fileHash(f)).toBe(sha256('one'));
      writeAtomic(f, 'three'); // written by the build: hashed again
      expect(fileHash(f)).toBe(sha256('three'));
      expect(fileHash(at('no-such-file'))).toBeNull();
    } finally {
      hashOncePerBuild(false);
    }
    writeFileSync(f, 'four');
    expect(fileHash(f)).toBe(sha256('four'));
    writeFileSync(f, 'five');
    expect(fileHash(f)).toBe(sha256('five'));
  });
});
