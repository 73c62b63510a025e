/**
 * Where the pipeline's own TypeScript files are. Run from source (tsx, vitest) that is this
 * module's folder; run from the bundle that `launch.mjs` builds, this module lives in a chunk
 * under node_modules/.cache/, so the launcher names the folder before it loads the bundle.
 * The per-source caches hash these files, and the benchmark starts its children from them.
 */
const launched = globalThis as { briefingCodeDir?: unknown; briefingBundleDir?: unknown };
export const codeDir: string = typeof launched.briefingCodeDir === 'string' ? launched.briefingCodeDir : import.meta.dirname;
/** The folder of the bundle the CLI runs from (its worker threads start from `worker.mjs` there), or null from source. */
export const bundleDir: string | null = typeof launched.briefingBundleDir === 'string' ? launched.briefingBundleDir : null;
