/**
 * Where the pipeline's own TypeScript files are. Run from source (tsx, vitest) that is this
 * module's folder; run from the bundle that `launch.mjs` builds, this module lives in a chunk
 * under node_modules/.cache/, so the launcher names the folder before it loads the bundle.
 * The per-source caches hash these files, and the benchmark starts its children from them.
 */
const named = (globalThis as { briefingCodeDir?: unknown }).briefingCodeDir;
export const codeDir: string = typeof named === 'string' ? named : import.meta.dirname;
