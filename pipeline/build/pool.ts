/**
 * Both cores for a large corpus: the per-source work of ingest and extract (each article on its
 * own, see the per-source caches in stages.ts) split into one contiguous slice per core, each
 * computed in a worker thread (`worker.ts`), the results put back in the order of the input. A
 * small corpus is computed in the calling thread: starting a worker costs about a fifth of a
 * second, more than a few hundred articles take.
 *
 * The results are the same values the calling thread would compute (the same functions on the
 * same input), so the artifacts are byte-identical with one core or many.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bundleDir, codeDir, codeNames } from './code.ts';
import { PipelineError, type Diagnostic } from '../shared/errors.ts';
import type { SourceFile } from '../ingest/index.ts';
import type { Lexicon } from '../shared/lexicon.ts';
import type { IngestedSource } from '../shared/schema.ts';

export interface PoolJob {
  task: 'ingest' | 'extract';
  lexicon: { file: string; text: string };
  items: unknown[];
}

/** One item's result, or the diagnostics of a PipelineError it raised (they cross threads as data). */
export type Outcome<O> = { value: O } | { diagnostics: Diagnostic[] };

export function outcome<O>(compute: () => O): Outcome<O> {
  try {
    return { value: compute() };
  } catch (error) {
    if (error instanceof PipelineError) return { diagnostics: error.diagnostics };
    throw error;
  }
}

/** The value of an outcome, or its PipelineError thrown again. */
export function unwrap<O>(o: Outcome<O>): O {
  if ('value' in o) return o.value;
  throw new PipelineError(o.diagnostics);
}

/** From how many items of work the threads pay off (a few hundred articles). */
export const PARALLEL_FROM = 200;
/** At most this many threads, whatever the machine has. */
export const MAX_THREADS = 8;

/** The cores to use: BRIEFING_THREADS when set (1 turns the threads off), else all of them. */
export function cores(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.BRIEFING_THREADS);
  return Number.isInteger(n) && n >= 1 ? n : availableParallelism();
}

/** How many threads `mapInWorkers` would use for `n` items. */
export function threadsFor(n: number, cores_ = cores()): number {
  if (n < PARALLEL_FROM) return 1;
  return Math.max(1, Math.min(cores_, MAX_THREADS, Math.floor(n / (PARALLEL_FROM / 2))));
}

/** Contiguous slices of about equal size, in order. */
export function split<T>(items: T[], parts: number, size: (item: T) => number = () => 1): T[][] {
  const total = items.reduce((n, item) => n + size(item), 0);
  const out: T[][] = Array.from({ length: parts }, () => []);
  let done = 0;
  for (const item of items) {
    out[Math.min(parts - 1, Math.floor((done / Math.max(total, 1)) * parts))]!.push(item);
    done += size(item);
  }
  return out.filter((s) => s.length > 0);
}

/**
 * A worker thread running worker.ts with `workerData`: from the bundle when the CLI runs from
 * one (launch.mjs), else through tsx, which Node 20 does not start in worker threads by itself.
 */
export function startWorker(data: object): Worker {
  const workerData = { ...data, ...codeNames() };
  if (bundleDir) return new Worker(join(bundleDir, 'worker.mjs'), { workerData });
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(pathToFileURL(join(codeDir, 'build', 'worker.ts')).href);
  return new Worker(`import(${api}).then(({ register }) => { register(); return import(${entry}); });`, { eval: true, workerData });
}

/**
 * A slice goes to its worker in batches of at most this `size` (the `size` of `mapInWorkers`, e.g.
 * characters) and number of `items`, two batches in flight: a worker then holds a
 * batch or two of items and results, not a copy of its whole slice (for 10,000 articles, half
 * the corpus each, and all its claims, besides the serialized messages carrying them).
 */
export const BATCH = { size: 1 << 20, items: 256 };
const IN_FLIGHT = 2;

/** Contiguous batches of `items`, each within `limit`'s size and number of items (a larger item alone). */
export function batches<T>(items: T[], size: (item: T) => number = () => 1, limit = BATCH): T[][] {
  const out: T[][] = [];
  let batch: T[] = [];
  let total = 0;
  for (const item of items) {
    const n = size(item);
    if (batch.length > 0 && (total + n > limit.size || batch.length >= limit.items)) {
      out.push(batch);
      batch = [];
      total = 0;
    }
    batch.push(item);
    total += n;
  }
  if (batch.length > 0) out.push(batch);
  return out;
}

/** Runs `jobs` in `worker` one after another (results in order), at most `IN_FLIGHT` sent ahead. */
function runIn(worker: Worker, jobs: PoolJob[]): Promise<Outcome<unknown>[]> {
  return new Promise((resolve, reject) => {
    const out: Outcome<unknown>[] = [];
    let sent = 0;
    let done = 0;
    const stop = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    const onExit = (code: number) => onError(new Error(`a worker thread exited (${code}) before its result`));
    const send = () => {
      while (sent < jobs.length && sent - done < IN_FLIGHT) {
        worker.postMessage(jobs[sent]);
        // The main thread keeps no reference to a batch it has sent.
        jobs[sent++] = undefined as unknown as PoolJob;
      }
    };
    const onMessage = (m: { results?: Outcome<unknown>[]; error?: string }) => {
      if (!m.results) return onError(new Error(`a worker thread failed: ${m.error ?? 'no result'}`));
      for (const r of m.results) out.push(r);
      done += 1;
      if (done === jobs.length) {
        stop();
        resolve(out);
      } else send();
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    send();
  });
}

/**
 * What `task` computes for one item: the one definition, used in this thread and in the worker
 * threads alike, so the two cannot drift apart.
 */
export async function taskFunction(task: PoolJob['task']): Promise<(item: unknown, lexicon: Lexicon) => unknown> {
  if (task === 'ingest') {
    const { ingestSource } = await import('../ingest/index.ts');
    return (file, lexicon) => ingestSource(file as SourceFile, lexicon);
  }
  const { extract } = await import('../extract/index.ts');
  return (source, lexicon) => extract({ sources: [source as IngestedSource] }, lexicon);
}

/**
 * `task` for every item, in worker threads when there are enough items and cores, else in this
 * thread (with `lexicon.parsed`); outcomes in the order of `items`. `size` balances the slices
 * (e.g. bytes).
 */
export async function mapInWorkers<I, O>(
  task: PoolJob['task'],
  lexicon: PoolJob['lexicon'] & { parsed: Lexicon },
  items: I[],
  size?: (item: I) => number,
  threads = threadsFor(items.length),
  batch = BATCH,
): Promise<Outcome<O>[]> {
  if (threads === 1) {
    const compute = await taskFunction(task);
    return items.map((item) => outcome(() => compute(item, lexicon.parsed) as O));
  }
  const slices = split(items, threads, size);
  const workers = slices.map(() => startWorker({ briefingPool: true }));
  const text = { file: lexicon.file, text: lexicon.text };
  try {
    const results = await Promise.all(slices.map((slice, i) => runIn(workers[i]!, batches(slice, size, batch).map((items) => ({ task, lexicon: text, items })))));
    return results.flat() as Outcome<O>[];
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
