/**
 * The incremental build in one process (`cli.ts build`).
 *
 * Make decides whether anything is to be done: it compares file timestamps and starts no
 * process when nothing changed. When a stage is out of date, its recipe runs `build`, which
 * brings every stage the goals need up to date in this one process, by the rule Make itself
 * applies to the stamps:
 *
 *     a stage runs when one of its outputs is missing, its stamp is missing, or one of its
 *     inputs is newer than its stamp; after it ran, its stamp is touched.
 *
 * A stage rewrites only the outputs whose bytes changed (io.ts writeIfChanged), so the stages
 * after it see those as newer and run too, and the chain stops where the bytes stop changing,
 * as it does under Make. Running the stages in one process instead of one process each saves a
 * Node start per stage, and lets Chromium start while the stages before print run.
 *
 * The graph (what each stage reads and writes) is the Makefile's: Make writes it to a file
 * when it calls `build`, one line per stage, `name <TAB> stamp <TAB> outputs <TAB> inputs`,
 * paths separated by spaces. So the tables are written once, in the Makefile.
 */
import { PipelineError, diagnostic } from '../shared/errors.ts';
import * as msg from '../shared/messages.ts';

export interface GraphNode {
  /** A stage of stages.ts, or `manifest`. */
  stage: string;
  stamp: string;
  outputs: string[];
  inputs: string[];
}

const words = (field: string) => field.split(' ').filter((w) => w !== '');

/** The graph file Make writes; `file` names it in errors. */
export function parseGraph(file: string, text: string): GraphNode[] {
  const nodes: GraphNode[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const fields = line.split('\t');
    const stage = fields[0]?.trim() ?? '';
    if (fields.length !== 4 || stage === '' || fields[1]!.trim() === '') {
      throw new PipelineError(diagnostic({ file, line: i + 1, column: 1 }, 'bad-graph', msg.BAD_GRAPH_LINE, msg.BAD_GRAPH_HINT));
    }
    nodes.push({ stage, stamp: fields[1]!.trim(), outputs: words(fields[2]!), inputs: words(fields[3]!) });
  });
  return nodes;
}

/**
 * The goals and every stage that writes one of their inputs, transitively, in graph order.
 * An unknown goal is an error (the Makefile and stages.ts disagree).
 */
export function closure(graph: GraphNode[], goals: string[], file: string): GraphNode[] {
  const byOutput = new Map<string, GraphNode>();
  for (const node of graph) for (const o of node.outputs) byOutput.set(o, node);
  const wanted = new Set<GraphNode>();
  const visit = (node: GraphNode) => {
    if (wanted.has(node)) return;
    wanted.add(node);
    for (const input of node.inputs) {
      const writer = byOutput.get(input);
      if (writer && writer !== node) visit(writer);
    }
  };
  for (const goal of goals) {
    const node = graph.find((n) => n.stage === goal);
    if (!node) {
      throw new PipelineError(diagnostic({ file }, 'bad-graph', msg.GRAPH_UNKNOWN_GOAL(goal, graph.map((n) => n.stage)), msg.BAD_GRAPH_HINT));
    }
    visit(node);
  }
  return graph.filter((n) => wanted.has(n));
}

/** A file's modification time in nanoseconds, or null when it does not exist. */
export type MTime = (path: string) => bigint | null;

/** Why a stage must run (the first reason found), or null when it is up to date. */
export function staleness(node: GraphNode, mtime: MTime): string | null {
  for (const o of node.outputs) if (mtime(o) === null) return `${o} is missing`;
  const stamp = mtime(node.stamp);
  if (stamp === null) return 'never built';
  for (const i of node.inputs) {
    const t = mtime(i);
    // A missing input is left to the stage, which reports it with file and hint.
    if (t === null) return `${i} is missing`;
    if (t > stamp) return `${i} changed`;
  }
  return null;
}
