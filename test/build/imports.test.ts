/**
 * The import graph of pipeline/: every relative import (static, `export … from`, dynamic
 * `import()`, type-only too) of every .ts and .mjs file. A cycle fails the test with its path,
 * e.g. `pipeline/build/stages.ts → pipeline/build/cli.ts → pipeline/build/stages.ts`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USES } from '../../pipeline/build/graph.ts';

const root = join(import.meta.dirname, '..', '..');

/** Every .ts and .mjs file under `dir`, as paths relative to the project root. */
function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? codeFiles(join(dir, e.name)) : /\.(ts|mjs)$/.test(e.name) ? [join(dir, e.name)] : []))
    .map((f) => relative(root, f).split('\\').join('/'))
    .sort();
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;

/** The relative module specifiers a source text imports, in order of appearance. */
export function relativeImports(text: string): string[] {
  // Comments name modules too ("see ./io.ts"): only code counts.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...code.matchAll(IMPORT)].map((m) => m[2]!);
}

/** file → the files it imports (each a path relative to the project root). */
export function importGraph(files: string[], read: (file: string) => string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = relativeImports(read(file)).map((spec) => relative(root, resolve(root, dirname(file), spec)).split('\\').join('/'));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** One cycle of the graph as its path (first node repeated at the end), or null when there is none. */
export function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('the cycle finder', () => {
  it('finds the imports of a file: static, type-only, re-exports and dynamic, not those in comments', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type { B } from '../b/index.ts';",
      "export { c } from './c.ts';",
      "import './d.ts';",
      "const e = () => import('./e.ts');",
      "import { z } from 'zod';",
      '// see ./f.ts, and: import { f } from "./f.ts"',
      "/* import { g } from './g.ts'; */",
    ].join('\n');
    expect(relativeImports(text)).toEqual(['./a.ts', '../b/index.ts', './c.ts', './d.ts', './e.ts']);
  });

  it('finds a cycle in a small graph and gives its path', () => {
    const files: Record<string, string> = {
      'pipeline/x/index.ts': "import { y } from '../y/index.ts';",
      'pipeline/y/index.ts': "import type { Z } from './z.ts';",
      'pipeline/y/z.ts': "const x = () => import('../x/index.ts');",
      'pipeline/w.ts': "import { x } from './x/index.ts';",
    };
    const graph = importGraph(Object.keys(files), (f) => files[f]!);
    expect(findCycle(graph)).toEqual(['pipeline/x/index.ts', 'pipeline/y/index.ts', 'pipeline/y/z.ts', 'pipeline/x/index.ts']);
  });

  it('finds a file that imports itself, and nothing in a graph without a cycle', () => {
    expect(findCycle(new Map([['a.ts', ['a.ts']]]))).toEqual(['a.ts', 'a.ts']);
    expect(findCycle(new Map([['a.ts', ['b.ts', 'c.ts']], ['b.ts', ['c.ts']], ['c.ts', []]]))).toBeNull();
  });
});

describe('the import graph of pipeline/', () => {
  const files = codeFiles(join(root, 'pipeline'));
  const graph = importGraph(files, (f) => readFileSync(join(root, f), 'utf8'));

  it('has no import cycle', () => {
    const cycle = findCycle(graph);
    expect(cycle, cycle ? `import cycle: ${cycle.join(' → ')}` : '').toBeNull();
  });

  it('imports only files that exist', () => {
    const missing = [...graph].flatMap(([file, targets]) => targets.filter((t) => !graph.has(t)).map((t) => `${file} → ${t}`));
    expect(missing).toEqual([]);
  });

  it('has one entry module per stage folder, which the build loads', () => {
    const stages = readFileSync(join(root, 'pipeline/build/stages.ts'), 'utf8');
    for (const stage of ['ingest', 'extract', 'reconcile', 'changes', 'charts', 'render', 'print']) {
      expect(files).toContain(`pipeline/${stage}/index.ts`);
      expect(stages).toContain(`import('../${stage}/index.ts')`);
    }
  });

  const STAGES = ['ingest', 'extract', 'reconcile', 'changes', 'charts', 'render', 'print'];
  const folderOf = (file: string) => file.split('/')[1]!;
  /** The other stage folders a folder's files import, directly or through each other. */
  const stagesUsed = (folder: string): string[] => {
    const seen = new Set<string>();
    const todo = [folder];
    while (todo.length) {
      const f = todo.pop()!;
      for (const [file, targets] of graph) {
        if (folderOf(file) !== f) continue;
        for (const t of targets.map(folderOf)) if (STAGES.includes(t) && t !== folder && !seen.has(t)) (seen.add(t), todo.push(t));
      }
    }
    return [...seen].sort();
  };

  it('keeps shared/ free of the stages and the build: it imports only itself', () => {
    const out = [...graph].flatMap(([file, targets]) => (folderOf(file) === 'shared' ? targets.filter((t) => folderOf(t) !== 'shared').map((t) => `${file} → ${t}`) : []));
    expect(out).toEqual([]);
  });

  it('lists in graph.ts USES every other stage a stage\'s code imports (so an edit there re-runs it)', () => {
    for (const stage of STAGES) expect([...(USES[stage] ?? [])].sort(), stage).toEqual(stagesUsed(stage));
  });
});
