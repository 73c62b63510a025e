/**
 * Where the pipeline's own TypeScript files are (pipeline/, the folder above this one). Run from
 * source (tsx, vitest) that is the parent of this module's folder; run from the bundle that `launch.mjs` builds, this module lives in a chunk
 * under node_modules/.cache/, so the launcher names the folder before it loads the bundle, and
 * `pool.ts startWorker` passes the names on to worker threads in their `workerData` (a thread
 * has a `globalThis` of its own).
 * The per-source caches hash these files, and the benchmark starts its children from them.
 */
import { dirname } from 'node:path';
import { isMainThread, workerData } from 'node:worker_threads';

type Named = { briefingCodeDir?: unknown; briefingBundleDir?: unknown };
const launched: Named = isMainThread ? (globalThis as Named) : ((workerData ?? {}) as Named);
export const codeDir: string = typeof launched.briefingCodeDir === 'string' ? launched.briefingCodeDir : dirname(import.meta.dirname);
/** The folder of the bundle the CLI runs from (its worker threads start from `worker.mjs` there), or null from source. */
export const bundleDir: string | null = typeof launched.briefingBundleDir === 'string' ? launched.briefingBundleDir : null;

/** What a worker thread needs in its `workerData` for `codeDir` and `bundleDir` to name the same folders there. */
export const codeNames = (): Named => ({ briefingCodeDir: codeDir, briefingBundleDir: bundleDir ?? undefined });
