/**
 * The build graph: what each stage reads and writes, with the files found in Node.
 *
 * Make does not see a single file name of the project. For a goal (`all`, `data`, `html`, `pdf`,
 * `manifest`, or a stage) the CLI builds this graph, plan.ts decides by content hashes which
 * stages are out of date, and the launcher's no-op check (state.mjs) compares the folders and
 * files the graph found with those the last build recorded.
 *
 * A stage's inputs are fixed files (the lexicon, the policy, the templates), the artifacts of
 * the stages before it, files found in folders (sources/*.md; every file of sources/ and
 * templates/ for the stages that list them with their hashes) and its code: its folder of
 * pipeline/ and the folders of the stages whose modules it imports (`USES`), pipeline/shared/,
 * pipeline/build/ but the tools no stage runs (their .ts and .mjs files), the launcher and package-lock.json. A fixed input
 * that is missing stays in the graph: the stage runs and says what is missing, with a hint.
 *
 * Discovery refuses, before any stage runs, a source name outside the safe characters
 * (inputs.ts checkFileName) and a folder whose name ends in .md among the sources.
 */
import { join } from 'node:path';
import { PipelineError, diagnostic } from '../shared/errors.ts';
import { checkFileName } from '../shared/inputs.ts';
import * as msg from '../shared/messages.ts';
import { listing } from './state.mjs';

export interface GraphNode {
  /** A stage of stages.ts, or `manifest`. */
  stage: string;
  /** Its stamp: the hashes it saw the last time it ran (plan.ts). */
  stamp: string;
  outputs: string[];
  inputs: string[];
  /** Inputs read when they exist: recorded as absent when not, so that their arrival counts. */
  optional: string[];
}

export interface Graph {
  nodes: GraphNode[];
  /** Every folder whose entries were read to find inputs, with its entries (state.mjs `listing`). */
  dirs: Record<string, string[] | null>;
}

/** The folders of the project the graph is made for (stages.ts `Paths`). */
export interface GraphPaths {
  root: string;
  sources: string;
  templates: string;
  out: string;
  data: string;
}

/** The stages in the order they run. */
export const STAGES = ['ingest', 'extract', 'reconcile', 'changes', 'charts', 'render', 'print'] as const;

/**
 * The other stage folders a stage's code imports (a test checks this against the imports): an
 * edit there runs the stage again.
 */
export const USES: Readonly<Record<string, readonly string[]>> = {
  changes: ['reconcile'],
  render: ['changes', 'reconcile'],
};

/** Modules of pipeline/build/ that no stage runs (bench and its worst cases, preview, corpus generator, manifest, eval, check-event). */
export const TOOLS = ['bench.ts', 'bench-worst.ts', 'preview.ts', 'corpusgen.ts', 'manifest.ts', 'eval.ts', 'event.ts'];

/** The goals and the stages they name; any stage name is a goal too. */
export const GOALS: Readonly<Record<string, readonly string[]>> = {
  all: [...STAGES, 'manifest'],
  data: ['ingest', 'extract', 'reconcile', 'changes', 'charts'],
  html: ['render'],
  pdf: ['print'],
  manifest: ['manifest'],
};

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Reads folders, remembering what it saw. */
class Finder {
  readonly dirs: Record<string, string[] | null> = {};

  entries(dir: string): string[] {
    if (!(dir in this.dirs)) this.dirs[dir] = listing(dir);
    return this.dirs[dir] ?? [];
  }

  /** Every file below `dir` (at any depth, not hidden), sorted. */
  tree(dir: string, keep: (name: string) => boolean = () => true): string[] {
    return this.entries(dir)
      .flatMap((e) => (e.endsWith('/') ? this.tree(join(dir, e.slice(0, -1)), keep) : keep(e) ? [join(dir, e)] : []))
      .sort(byName);
  }

  /** The articles: sources/*.md (`articlesIn`). */
  articles(p: GraphPaths, shown: string): string[] {
    return articlesIn(p.sources, this.entries(p.sources), shown);
  }
}

/**
 * The articles of a sources folder, from its entries as `listing` gives them (sorted, no hidden
 * name, a folder's with a trailing `/`): every name ending in .md, each name checked; a folder
 * named *.md is an error. The build graph and the ingest stage both read the articles so.
 */
export function articlesIn(dir: string, entries: readonly string[], shown: string): string[] {
  const found: string[] = [];
  for (const e of entries) {
    const name = e.endsWith('/') ? e.slice(0, -1) : e;
    if (!name.endsWith('.md')) continue;
    checkFileName(shown, name);
    if (e.endsWith('/')) {
      throw new PipelineError(diagnostic({ file: `${shown}/${name}` }, 'source-is-folder', msg.SOURCE_IS_FOLDER, msg.SOURCE_IS_FOLDER_HINT));
    }
    found.push(join(dir, name));
  }
  return found;
}

/**
 * The graph of every stage and the manifest, with the files found now. `shownSources` is how
 * diagnostics name the sources folder (relative to the root).
 */
export function buildGraph(p: GraphPaths, shownSources = 'sources'): Graph {
  const find = new Finder();
  const code = join(p.root, 'pipeline');
  const ts = (name: string) => /\.(ts|mjs)$/.test(name);
  const folder = (name: string) => find.tree(join(code, name), ts);
  const lib = [...folder('shared'), ...folder('build').filter((f) => !TOOLS.some((t) => f === join(code, 'build', t)))];
  const common = [...lib, join(code, 'launch.mjs'), join(p.root, 'package-lock.json')];
  const stageCode = (stage: string) => [stage, ...(USES[stage] ?? [])].flatMap(folder);

  const d = (f: string) => join(p.data, f);
  // The event's lexicon, and the general election lexicon read with it (extract/general.yaml).
  const lexicon = join(p.sources, 'lexicon.yaml');
  const general = find.entries(join(code, 'extract')).includes('general.yaml') ? [join(code, 'extract', 'general.yaml')] : [];
  const policy = join(p.sources, 'policy.yaml');
  // Every file of sources/ and templates/: walked once, when first asked for (the order in which
  // the folders are first read is the order of the state's `dirs`).
  let files: string[] | undefined;
  const tree = () => (files ??= [...find.tree(p.sources), ...find.tree(p.templates)]);
  const charts = join(p.templates, 'charts');
  const specs = find.tree(charts, (n) => n.endsWith('.vl.json'));
  const theme = join(charts, 'theme.json');
  const hasTheme = find.entries(charts).includes('theme.json');

  const table: Record<string, { outputs: string[]; inputs: string[]; optional?: string[] }> = {
    ingest: { outputs: [d('corpus.json')], inputs: [...find.articles(p, shownSources), lexicon, ...general] },
    extract: { outputs: [d('claims.json'), d('claims.csv')], inputs: [d('corpus.json'), lexicon, ...general] },
    reconcile: { outputs: [d('figures.json'), d('checks.json')], inputs: [d('claims.json'), d('corpus.json'), policy, lexicon, ...general] },
    changes: {
      outputs: [d('snapshot.json'), d('changes.json')],
      inputs: [d('figures.json'), d('claims.json'), d('corpus.json'), d('checks.json'), ...tree()],
      optional: [join(p.out, 'publish', 'baseline.json')],
    },
    charts: {
      outputs: [d('charts.json')],
      inputs: [join(p.templates, 'briefing.md'), ...specs, ...(hasTheme ? [theme] : []), d('figures.json'), d('checks.json'), d('claims.json'), d('corpus.json'), lexicon],
    },
    render: {
      outputs: [join(p.out, 'briefing.html'), d('briefing.json')],
      inputs: [...tree(), d('corpus.json'), d('claims.json'), d('figures.json'), d('checks.json'), d('charts.json'), d('changes.json')],
    },
    print: { outputs: [join(p.out, 'briefing.pdf')], inputs: [join(p.out, 'briefing.html'), d('briefing.json')] },
  };
  const unique = (files: string[]) => [...new Set(files)];
  const nodes: GraphNode[] = STAGES.map((stage) => ({
    stage,
    stamp: join(p.out, '.stamps', stage),
    outputs: table[stage]!.outputs,
    inputs: unique([...table[stage]!.inputs, ...stageCode(stage), ...common]),
    optional: table[stage]!.optional ?? [],
  }));
  // The manifest hashes every file of sources/, templates/ and pipeline/, package-lock.json and
  // the outputs (manifest.ts).
  const everything = [...tree(), ...find.tree(code), join(p.root, 'package-lock.json')];
  nodes.push({
    stage: 'manifest',
    stamp: join(p.out, '.stamps', 'manifest'),
    outputs: [join(p.out, 'manifest.json')],
    inputs: unique([...nodes.flatMap((n) => n.outputs), ...everything]),
    optional: [],
  });
  return { nodes, dirs: find.dirs };
}

/** The stages a goal names; null for an unknown goal. */
export function goalStages(goal: string): readonly string[] | null {
  if (goal in GOALS) return GOALS[goal]!;
  return (STAGES as readonly string[]).includes(goal) ? [goal] : null;
}

/**
 * The nodes the goals need: those they name and every node that writes one of their inputs,
 * transitively, in graph order. An unknown goal is an error.
 */
export function closure(nodes: GraphNode[], goals: string[]): GraphNode[] {
  const byOutput = new Map<string, GraphNode>();
  for (const node of nodes) for (const o of node.outputs) byOutput.set(o, node);
  const wanted = new Set<GraphNode>();
  const visit = (node: GraphNode) => {
    if (wanted.has(node)) return;
    wanted.add(node);
    for (const input of [...node.inputs, ...node.optional]) {
      const writer = byOutput.get(input);
      if (writer && writer !== node) visit(writer);
    }
  };
  for (const goal of goals) {
    const names = goalStages(goal);
    if (!names) {
      throw new PipelineError(diagnostic({ file: 'build' }, 'usage', msg.GRAPH_UNKNOWN_GOAL(goal, nodes.map((n) => n.stage)), msg.BUILD_NEEDS_GOAL_HINT));
    }
    for (const name of names) visit(nodes.find((n) => n.stage === name)!);
  }
  return nodes.filter((n) => wanted.has(n));
}
