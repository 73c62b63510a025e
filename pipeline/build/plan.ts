/**
 * The incremental build in one process (`cli.ts build --goal G`): which stages of the graph
 * (graph.ts) are out of date, by the content of their files, not their times.
 *
 * Each stage has a stamp, `<out>/.stamps/<stage>`: the sha256 of every input and output it saw
 * the last time it ran (JSON). A stage runs when
 *
 *   - one of its outputs is missing, or its stamp is;
 *   - an input was added or removed (a new article), or its bytes differ from the recorded hash
 *     (an edit, also one restored with an older time: `cp -p`, `git checkout`);
 *   - an output's bytes differ from what the stage wrote (edited by hand).
 *
 * A touch that changes no byte runs nothing. The inputs are hashed before the stage runs and
 * the outputs after it, so an edit made while the stage runs is seen by the next build. A stage
 * rewrites only the outputs whose bytes changed (io.ts writeIfChanged), and the stages after it
 * compare hashes, so the chain stops where an artifact comes out byte-identical.
 *
 * The stamps of the stages a goal needs, with the folders the graph read, make the goal's state
 * (state.mjs), which lets the launcher answer a no-op without loading the pipeline.
 */
import { readFileSync } from 'node:fs';
import { writeAtomic } from '../shared/io.ts';
import type { Graph, GraphNode } from './graph.ts';
import { STATE_VERSION, hashFile, stateFile, type BuildState } from './state.mjs';

/** The sha256 of a file, or null when it is missing (io.ts fileHash: once per file and build). */
export type Hash = (path: string) => string | null;

/** What a stage saw the last time it ran. */
export interface Stamp {
  /** Input → sha256, null for an optional input that was absent. */
  inputs: Record<string, string | null>;
  outputs: Record<string, string>;
}

/** A stage's stamp, or null when there is none (or it cannot be read: the stage runs again). */
export function readStamp(path: string): Stamp | null {
  try {
    const stamp = JSON.parse(readFileSync(path, 'utf8')) as Partial<Stamp>;
    if (typeof stamp.inputs === 'object' && stamp.inputs !== null && typeof stamp.outputs === 'object' && stamp.outputs !== null) return stamp as Stamp;
  } catch {
    // missing, or not what a build writes
  }
  return null;
}

/** The hashes of a stage's inputs now (optional inputs included, null when absent). */
export function inputHashes(node: GraphNode, hash: Hash): Record<string, string | null> {
  const hashes: Record<string, string | null> = {};
  for (const f of [...node.inputs, ...node.optional]) hashes[f] = hash(f);
  return hashes;
}

/** Why a stage must run (the first reason found), or null when it is up to date. */
export function staleness(node: GraphNode, hash: Hash, stamp: Stamp | null = readStamp(node.stamp)): string | null {
  for (const o of node.outputs) if (hash(o) === null) return `${o} is missing`;
  if (stamp === null) return 'never built';
  const now = inputHashes(node, hash);
  for (const i of Object.keys(now)) {
    if (!(i in stamp.inputs)) return `${i} is new`;
    // A missing input is left to the stage, which reports it with file and hint.
    if (now[i] === null && !node.optional.includes(i)) return `${i} is missing`;
    if (now[i] !== stamp.inputs[i]) return `${i} changed`;
  }
  for (const i of Object.keys(stamp.inputs)) if (!(i in now)) return `${i} was removed`;
  for (const o of node.outputs) if (hash(o) !== stamp.outputs[o]) return `${o} differs from what the build wrote`;
  return null;
}

/**
 * Records what a stage saw: its inputs as hashed before it ran, its outputs as it left them; at
 * `at` (the stamp's place in a build's staging folder, staging.ts), else at the node's stamp.
 */
export function writeStamp(node: GraphNode, inputs: Record<string, string | null>, hash: Hash, at = node.stamp): void {
  const outputs: Record<string, string> = {};
  for (const o of node.outputs) {
    const h = hash(o);
    if (h !== null) outputs[o] = h;
  }
  writeAtomic(at, `${JSON.stringify({ inputs, outputs }, null, 1)}\n`);
}

/**
 * The state of a goal after a successful build: the folders the graph read, and every file of
 * the stamps of `nodes` (each up to date) with the stamps themselves.
 */
export function goalState(goal: string, root: string, out: string, graph: Graph, nodes: GraphNode[]): BuildState {
  const files: Record<string, string | null> = {};
  for (const node of nodes) {
    const stamp = readStamp(node.stamp);
    if (stamp === null) throw new Error(`no stamp for ${node.stage} after a successful build`);
    Object.assign(files, stamp.inputs, stamp.outputs);
    files[node.stamp] = hashFile(node.stamp);
  }
  return { version: STATE_VERSION, goal, root, out, dirs: graph.dirs, files };
}

export function writeGoalState(state: BuildState): void {
  writeAtomic(stateFile(state.out, state.goal), `${JSON.stringify(state, null, 1)}\n`);
}
