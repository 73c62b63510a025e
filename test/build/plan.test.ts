/**
 * plan.ts: the graph the Makefile writes, the stages a goal needs, and when a stage is out of
 * date (the rule Make applies to the stamps). The Makefile side is in makefile.test.ts, the real
 * stages in ../e2e/e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { PipelineError } from '../../pipeline/shared/errors.ts';
import { closure, parseGraph, staleness, type GraphNode } from '../../pipeline/build/plan.ts';

const GRAPH = [
  'ingest\tst/ingest\tdata/corpus.json\tsources sources/a.md code/ingest.ts',
  ' extract\tst/extract\tdata/claims.json data/claims.csv\tdata/corpus.json code/extract.ts',
  ' reconcile\tst/reconcile\tdata/figures.json\tdata/claims.json',
  ' render\tst/render\tbriefing.html\ttemplates/b.md data/figures.json',
  ' print\tst/print\tbriefing.pdf\tbriefing.html',
  'manifest\tst/manifest\tmanifest.json\tdata/claims.csv briefing.pdf',
].join('\n');

const graph = parseGraph('graph', GRAPH);
const names = (nodes: GraphNode[]) => nodes.map((n) => n.stage);

function error(f: () => unknown): PipelineError {
  try {
    f();
  } catch (e) {
    if (e instanceof PipelineError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('parseGraph', () => {
  it('reads one stage per line: name, stamp, outputs, inputs (Make indents the lines after the first)', () => {
    expect(graph[1]).toEqual({ stage: 'extract', stamp: 'st/extract', outputs: ['data/claims.json', 'data/claims.csv'], inputs: ['data/corpus.json', 'code/extract.ts'] });
    expect(names(graph)).toEqual(['ingest', 'extract', 'reconcile', 'render', 'print', 'manifest']);
  });

  it('names the line that is not four tab-separated fields', () => {
    const e = error(() => parseGraph('out/.stamps/graph', 'ingest\tst/ingest\tx\ty\nextract st/extract x y\n'));
    expect(e.diagnostics[0]).toMatchObject({ file: 'out/.stamps/graph', line: 2, column: 1, ruleId: 'bad-graph' });
  });
});

describe('closure', () => {
  it('adds every stage that writes an input of a goal, in graph order', () => {
    expect(names(closure(graph, ['print'], 'g'))).toEqual(['ingest', 'extract', 'reconcile', 'render', 'print']);
    expect(names(closure(graph, ['extract'], 'g'))).toEqual(['ingest', 'extract']);
    expect(names(closure(graph, ['manifest', 'ingest'], 'g'))).toEqual(names(graph));
  });

  it('refuses a goal the graph does not have', () => {
    expect(error(() => closure(graph, ['typeset'], 'g')).message).toContain('"typeset" is not a stage of the build graph');
  });
});

describe('staleness', () => {
  const node = graph[1]!;
  const times = (t: Record<string, number>) => (path: string) => (path in t ? BigInt(t[path]!) : null);
  const built = { 'st/extract': 10, 'data/claims.json': 9, 'data/claims.csv': 9, 'data/corpus.json': 5, 'code/extract.ts': 1 };

  it('is up to date when the stamp is newer than every input and the outputs exist', () => {
    expect(staleness(node, times(built))).toBeNull();
    // Equal times are not newer (as in Make).
    expect(staleness(node, times({ ...built, 'data/corpus.json': 10 }))).toBeNull();
  });

  it('runs when an input is newer than the stamp', () => {
    expect(staleness(node, times({ ...built, 'data/corpus.json': 11 }))).toBe('data/corpus.json changed');
    expect(staleness(node, times({ ...built, 'code/extract.ts': 12 }))).toBe('code/extract.ts changed');
  });

  it('runs when an output was deleted, or it never ran', () => {
    const { ['data/claims.csv']: _, ...deleted } = built;
    expect(staleness(node, times(deleted))).toBe('data/claims.csv is missing');
    const { ['st/extract']: __, ...never } = built;
    expect(staleness(node, times(never))).toBe('never built');
  });

  it('runs when an input is missing, so the stage reports it', () => {
    const { ['data/corpus.json']: _, ...gone } = built;
    expect(staleness(node, times(gone))).toBe('data/corpus.json is missing');
  });
});
