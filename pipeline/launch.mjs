#!/usr/bin/env node
/**
 * Starts the CLI (pipeline/build/cli.ts) from a bundle: `node pipeline/launch.mjs <stage|command…>`.
 *
 * Run from source, a stage process spends over a second before its first line of work: tsx
 * compiles the TypeScript, and Node resolves and reads the thousand files of unified,
 * Puppeteer, pdf-lib and Vega one by one. esbuild bundles every .ts file of pipeline/ and the packages into
 * a few chunks once per version of the code, which then load in about a fifth of that time.
 * Chunks are split at the stages' dynamic imports, so a process that runs `manifest` does not
 * read Vega.
 *
 * The bundle is a cache, not an output: it lives in node_modules/.cache/briefing-pipeline/<key>/,
 * the key being the sha256 of every file in pipeline/ and of package-lock.json, so a changed
 * line of code or an upgraded package gives a new bundle, and two trees with the same code
 * (the copies `make reproducible` builds in) share one. It is written to a temporary folder
 * and renamed into place, so a build that is killed leaves no half bundle.
 *
 * `build --goal G` with nothing to do (every folder and file as the last build of G recorded
 * them, build/state.mjs) ends here, before the bundle is keyed or loaded.
 *
 * BRIEFING_FROM_SOURCE=1 skips the bundle and runs the TypeScript through tsx, as the tests
 * (vitest) do, e.g. to debug with the source's own line numbers. Without esbuild, the launcher
 * says so and runs from source too.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { noOpGoal, nothingToDo } from './build/state.mjs';

const codeDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(codeDir);
/** Bundles of other versions of the code kept besides the current one (other branches, copies). */
const KEEP = 4;
/** A bundle started from this recently may be in use: it is kept (the cache's age, never an output). */
const IN_USE_MS = 60 * 60 * 1000;

function codeFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? codeFiles(join(dir, e.name)) : [join(dir, e.name)]))
    .filter((f) => /\.(ts|mjs)$/.test(f))
    .sort();
}

function bundleKey() {
  const hash = createHash('sha256');
  for (const f of codeFiles(codeDir)) hash.update(`${f.slice(codeDir.length)}\0`).update(readFileSync(f)).update('\0');
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex').slice(0, 20);
}

/**
 * Puppeteer's browser downloader (@puppeteer/browsers) imports proxy-agent, which brings a
 * JavaScript engine for proxy auto-config scripts, an FTP client and more: two megabytes that
 * every print would load and compile. The pipeline never downloads a browser (it is given
 * Chromium's path), so the bundle gets a stand-in that refuses to be used.
 */
const noDownloads = {
  name: 'no-downloads',
  setup(b) {
    b.onResolve({ filter: /^proxy-agent$/ }, () => ({ path: 'proxy-agent', namespace: 'no-downloads' }));
    b.onLoad({ filter: /.*/, namespace: 'no-downloads' }, () => ({
      contents: "export class ProxyAgent { constructor() { throw new Error('the briefing pipeline downloads nothing: set CHROMIUM_PATH'); } }",
      loader: 'js',
    }));
  },
};

async function build(dir) {
  const esbuild = await import('esbuild');
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    await esbuild.build({
      // The CLI, and the worker threads that ingest and extract a large corpus on every core.
      entryPoints: [join(codeDir, 'build', 'cli.ts'), join(codeDir, 'build', 'worker.ts')],
      outdir: tmp,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunk-[hash]',
      sourcemap: 'linked',
      // Packages written as CommonJS call require(); in an ES module bundle it has to be made.
      banner: { js: "import { createRequire as __briefingRequire } from 'node:module'; const require = __briefingRequire(import.meta.url);" },
      logLevel: 'error',
      // The TypeScript compiler is read only by `make lexicon-fields` (the doc comments of the
      // lexicon's schema): loaded from node_modules when that command runs, never bundled.
      external: ['typescript'],
      plugins: [noDownloads],
    });
    try {
      renameSync(tmp, dir);
    } catch (error) {
      // Another build made the same bundle at the same time: theirs is as good as ours.
      if (!existsSync(join(dir, 'cli.mjs'))) throw error;
      rmSync(tmp, { recursive: true, force: true });
    }
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  // Keep the newest few bundles of other code versions; they are rebuilt in seconds if needed.
  // A bundle another process may still be loading chunks from (used within IN_USE_MS: each
  // start touches its bundle) is never removed, whatever its rank: removing it would fail that
  // build with "Cannot find module" (two trees sharing one node_modules, building at once).
  const parent = dirname(dir);
  const { bundlesToRemove } = await import('./build/bundles.mjs');
  const others = readdirSync(parent)
    .filter((n) => /^[0-9a-f]{20}$/.test(n) && join(parent, n) !== dir)
    .map((name) => ({ name, usedMs: statSync(join(parent, name)).mtimeMs }));
  for (const n of bundlesToRemove(others, Date.now(), KEEP, IN_USE_MS)) rmSync(join(parent, n), { recursive: true, force: true });
}

async function loadCli() {
  const fromSource = async () => {
    const { register } = await import('tsx/esm/api');
    register();
    return import(pathToFileURL(join(codeDir, 'build', 'cli.ts')).href);
  };
  if (process.env.BRIEFING_FROM_SOURCE === '1') return fromSource();
  const dir = join(root, 'node_modules', '.cache', 'briefing-pipeline', bundleKey());
  if (!existsSync(join(dir, 'cli.mjs'))) {
    try {
      mkdirSync(dirname(dir), { recursive: true });
      await build(dir);
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      process.stderr.write(`warning: could not bundle the pipeline (${reason}); running it from source, which starts slower\n`);
      return fromSource();
    }
  }
  // Mark the bundle as in use (its folder's time), so that a build of other code keeps it.
  try {
    const t = new Date();
    utimesSync(dir, t, t);
  } catch {
    // A read-only cache: nothing prunes it either.
  }
  globalThis.briefingCodeDir = codeDir;
  globalThis.briefingBundleDir = dir;
  if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
  return import(pathToFileURL(join(dir, 'cli.mjs')).href);
}

// A build with nothing to do is answered before anything else is loaded: the state the last
// build of the goal recorded still holds (build/state.mjs). Otherwise the pipeline decides.
const argv = process.argv.slice(2);
const noOp = noOpGoal(argv);
if (noOp !== null) {
  if (!argv.includes('--quiet')) process.stdout.write(`${nothingToDo(noOp)}\n`);
} else {
  const cli = await loadCli();
  // Once the command has returned, its work is done (outputs written, browser closed): exit as
  // soon as what it printed is out. A timer left in a library (Puppeteer waits 30 s for a page
  // target that a failed build closed) must not hold the process open after the error.
  const code = await cli.main(argv);
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}
