/**
 * What the CLI runs, as items: a stage, or a stage of a `build` (the build graph, graph.ts, and
 * the content-hash stamps, plan.ts). The CLI runs them with progress lines; the preview runs
 * the items of a `build` in its own process (preview.ts warmBuild), with the stage modules kept
 * loaded between builds.
 */
import { relative } from 'node:path';
import type { Paths, Stage } from './stages.ts';
import type { Staging } from './staging.ts';
import { stateRoot } from './state.mjs';

/** Seconds with two decimals: `0.42 s`. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** The plain progress line of a finished stage: `ingest       0.42 s  5 sources, …`. */
export function progressLine(name: string, result: string, ms: number): string {
  return `${name.padEnd(10)} ${seconds(ms).padStart(8)}  ${result}`;
}

/** One thing the CLI runs: a stage, a command, or a stage of a `build`. */
export interface Item {
  name: string;
  /** Reports a progress line (stages and non-interactive commands). */
  shown: boolean;
  /** Writes into the output folder, so the run holds its lock. */
  writes: boolean;
  run(): Promise<string | void> | string | void;
  /** A `build` skips a stage that is up to date when its turn comes. */
  skip?(): boolean;
  /** After a successful run (a `build` writes the stage's stamp). */
  done?(): void;
  /** A `build` says whether the stage will probably run: it or a stage it reads from is out of date. */
  willRun?(): boolean;
  warmUp?(): Promise<void>;
  coolDown?(): Promise<void>;
}

/**
 * Runs the items in order, as the CLI and the preview both do: an item a `build` finds up to
 * date is skipped; each other one runs, then its `done` (a build's stamp). `started` and
 * `finished` (with the result and the milliseconds it took) are for progress lines. Returns how
 * many items ran. An error stops the loop and goes to the caller.
 */
export async function runItems(
  items: Item[],
  on: { started?(item: Item): void; finished?(item: Item, result: string | void, ms: number): void } = {},
): Promise<number> {
  let ran = 0;
  for (const item of items) {
    if (item.skip?.()) continue;
    ran += 1;
    on.started?.(item);
    const start = performance.now();
    const result = await item.run();
    const ms = performance.now() - start;
    item.done?.();
    on.finished?.(item, result, ms);
  }
  return ran;
}

export function stageItem(stage: Stage, p: Paths): Item {
  return {
    name: stage.name,
    shown: true,
    writes: true,
    run: () => stage.run(p),
    warmUp: stage.warmUp && (() => stage.warmUp!(p)),
    coolDown: stage.coolDown && (() => stage.coolDown!()),
  };
}

/** The stages of a `build`, and what it does before the first and after the last one. */
export interface Build {
  items: Item[];
  /** Once the output folder is held: starts the staging folder the stages write in (staging.ts). */
  begin(): void;
  /** After every stage is up to date: moves the staged outputs into place, records the goal's state (for the launcher's no-op check). */
  finish(): void;
  /** When the build ends, well or not: removes the staging folder (a failed build's outputs with it). */
  end(): void;
  /** A message as the person should read it: the output folder's paths for the staging folder's. */
  shown(text: string): string;
}

/**
 * `build --goal GOAL`: the stages of the build graph (graph.ts) the goal needs, each run only
 * if out of date by the hashes of its files when its turn comes (plan.ts), its stamp written
 * after it. The stages write in a staging folder (staging.ts) whose files replace the outputs
 * together once the last stage has run; the graph and the stamps name the output folder's
 * files, and are read and written at their staged places.
 */
export async function buildItems(args: string[], values: { goal?: string; root?: string; out?: string; sources?: string; templates?: string }, stages: Stage[], p: Paths): Promise<Build> {
  const { buildGraph, closure } = await import('./graph.ts');
  const { goalState, inputHashes, readStamp, staleness, writeGoalState, writeStamp } = await import('./plan.ts');
  const { fileHash, forgetHash, hashOncePerBuild } = await import('../shared/io.ts');
  const { stageOutputs } = await import('./staging.ts');
  const { PipelineError, diagnostic } = await import('../shared/errors.ts');
  const msg = await import('../shared/messages.ts');
  const goal = values.goal ?? '';
  if (!/^[a-z]+$/.test(goal) || args.length > 0) {
    throw new PipelineError(diagnostic({ file: 'build' }, 'usage', msg.BUILD_NEEDS_GOAL, msg.BUILD_NEEDS_GOAL_HINT));
  }
  const graph = buildGraph(p, relative(p.root, p.sources).split('\\').join('/') || '.');
  const nodes = closure(graph.nodes, [goal]);
  hashOncePerBuild(true);
  // The paths the stages run with: the output folder's become the staging folder's in begin().
  const sp: Paths = { ...p, shownOut: p.out };
  let staging: Staging | null = null;
  const at = (path: string) => (staging ? staging.map(path) : path);
  const hash = (path: string) => fileHash(at(path));
  const stale = (node: (typeof nodes)[number]) => staleness(node, hash, readStamp(at(node.stamp))) !== null;
  const items = nodes.map((node): Item => {
    const stage = stages.find((s) => s.name === node.stage);
    const base: Item = stage
      ? stageItem(stage, sp)
      : { name: 'manifest', shown: true, writes: true, run: async () => (await import('./manifest.ts')).writeManifest(sp) };
    let seen: Record<string, string | null> = {};
    return {
      ...base,
      skip: () => {
        if (!stale(node)) return true;
        // The inputs as they are before the stage reads them: an edit made meanwhile runs it again next time.
        seen = inputHashes(node, hash);
        return false;
      },
      // It or a stage it reads from, transitively (graph.ts closure), is out of date.
      willRun: () => closure(nodes, [node.stage]).some(stale),
      done: () => {
        for (const o of node.outputs) forgetHash(at(o));
        writeStamp(node, seen, hash, at(node.stamp));
      },
    };
  });
  return {
    items,
    begin: () => {
      staging = stageOutputs(p.out);
      sp.out = staging.dir;
      sp.data = staging.map(p.data);
    },
    finish: () => {
      staging?.commit();
      staging?.discard();
      staging = null;
      hashOncePerBuild(true);
      writeGoalState(goalState(goal, stateRoot(values.root ?? '.', values.sources, values.templates), p.out, graph, nodes));
    },
    end: () => {
      staging?.discard();
      staging = null;
      hashOncePerBuild(false);
    },
    shown: (text) => {
      if (!staging) return text;
      const relStaged = relative(p.root, staging.dir).split('\\').join('/');
      const relOut = relative(p.root, p.out).split('\\').join('/');
      return text.replaceAll(staging.dir, p.out).replaceAll(relStaged, relOut);
    },
  };
}
