/**
 * `make bench`: a benchmark that prints, not a test that times. In one run, side by side:
 *
 * - build times, measured with `make` in a fresh copy of the tree (node_modules linked,
 *   output/ absent): the print floor (a bare script that launches Chromium, prints the
 *   final HTML and exits), a cold `make` and its ratio to the floor, a no-op `make`, a
 *   template edit until the rebuilt PDF and its ratio to the floor, and the time of each
 *   stage in the cold build (read from the CLI's progress lines);
 * - ingest + extract throughput and peak memory on generated corpora (corpusgen.ts) of
 *   1, 100, 1,000 and 10,000 articles, each size in its own process (so its peak memory is
 *   its own), on every core with worker threads once the corpus is large;
 * - ingest + extract against remark-parse alone (the issue's 1.5× goal) on the development
 *   corpus's real articles where their texts are present (corpus-ratio-child: one thread taking
 *   turns, so the machine's load falls on both alike; the generated corpora copy the seeds, which
 *   are lighter than most real articles);
 * - reconcile on 1,000 articles (reconcile.ts `benchReconcile`);
 * - the charts: the vega import, the first render of every spec and the warm median (charts-child);
 * - the data files (ingest → charts, not the PDF) of the largest corpus built by the wired
 *   stages themselves in one process, with its time and peak memory;
 * - worst-case inputs at doubling sizes (bench-worst.ts): many figures in one article, one long
 *   line, deep nesting, many small articles up to render; each stage's time and the ratio of
 *   each size to the one before (linear: the ratio of the bytes).
 *
 * A stage or module that is not there yet is reported as "not available", never a failure.
 * The figures depend on the machine, which is printed first.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Worker, isMainThread, parentPort } from 'node:worker_threads';
import { corpusBytes, generateCorpus } from './corpusgen.ts';
import type { SourceFile } from '../ingest/index.ts';
import { codeDir } from './code.ts';
import { split, startWorker, threadsFor } from './pool.ts';
import { copyTree, makeEnv } from './manifest.ts';
import { GOALS } from './graph.ts';
import * as msg from '../shared/messages.ts';
import type { Paths } from './stages.ts';

export const DEFAULT_SIZES = [1, 100, 1000, 10000];
/** Articles each thread ingests and extracts before the timing starts: loads the modules and lets V8 optimise the code, so the figure is the steady speed. */
export const WARM_UP = 50;
const RECONCILE_ARTICLES = 1000;
/** Articles for the remark-parse-alone figure (fewer when the largest size asked for is smaller). */
const PARSE_ARTICLES = 1000;

export interface BenchOptions {
  /** Corpus sizes, comma-separated (`1,100,1000`). */
  sizes?: string;
  /** Leave out the make timings (cold, no-op, template edit, print floor). */
  noBuild?: boolean;
  /** Leave out the data build of the largest corpus. */
  noData?: boolean;
  /** `preview`: only the preview's edit-to-screen times. */
  only?: string;
  /** Leave out the worst-case inputs. */
  noWorst?: boolean;
  write?: (line: string) => void;
}

// ── small helpers ─────────────────────────────────────────────────────────────────────────

export function parseSizes(text: string | undefined): number[] {
  if (text === undefined || text.trim() === '') return DEFAULT_SIZES;
  const sizes = text.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
  for (const n of sizes) if (!Number.isInteger(n) || n < 1) throw new RangeError(`--sizes: "${text}" is not a list of whole numbers such as 1,100,1000`);
  return sizes;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/** Milliseconds count for a no-op: three decimals. */
const secs3 = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
const mib = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MiB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

/** A table with columns padded to their widest cell; `align` r right-aligns a column (numbers). */
export function table(rows: string[][], align = ''): string[] {
  if (rows.length === 0) return [];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) =>
    r
      .map((c, i) => (align[i] === 'r' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** The stage lines of the CLI's plain progress output: `ingest       0.42 s  what it did`. */
export function stageTimes(stdout: string): { stage: string; ms: number; what: string }[] {
  const out: { stage: string; ms: number; what: string }[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^([a-z][\w-]*)\s+(\d+\.\d+) s {2}(.*)$/.exec(line);
    if (m) out.push({ stage: m[1]!, ms: Number(m[2]) * 1000, what: m[3]! });
  }
  return out;
}

function timed(run: () => SpawnSyncReturns<string>): { ms: number; r: SpawnSyncReturns<string> } {
  const t0 = performance.now();
  const r = run();
  return { ms: performance.now() - t0, r };
}

/**
 * Runs a command through bash and returns, besides its wall time, the processor time (user +
 * system) of it and its children, from bash's `times` (on a busy shared machine the wall time of
 * a short command is mostly waiting for a core; the processor time is what the command costs).
 */
function timedCpu(dir: string, command: string[]): { ms: number; cpuMs: number; r: SpawnSyncReturns<string> } {
  const script = '"$@"; s=$?; times >&3; exit $s';
  const t0 = performance.now();
  const r = spawnSync('bash', ['-c', `exec 3>&2; { ${script}; } 2>/dev/null`, 'bash', ...command], { cwd: dir, encoding: 'utf8', env: makeEnv({ CI: 'true' }) });
  const ms = performance.now() - t0;
  // `times` prints the shell's own times, then its children's: "0m0.062s 0m0.011s".
  const children = r.stderr.trim().split('\n').at(-1) ?? '';
  const cpuMs = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + (Number(m[1]) * 60 + Number(m[2])) * 1000, 0);
  return { ms, cpuMs, r };
}

// This module's source file (`node --import tsx pipeline/build/bench.ts <mode> …` runs one measurement).
const here = join(codeDir, 'build', 'bench.ts');

/**
 * Runs one measurement in a child process and parses its JSON line: through launch.mjs, so from
 * the bundle, as builds run (tsx would name every function it defines, which costs extract
 * several percent).
 */
function child<T>(root: string, args: string[]): T | { error: string } {
  const r = spawnSync(process.execPath, [join(codeDir, 'launch.mjs'), 'bench-child', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: makeEnv(),
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) return { error: (r.stderr.trim().split('\n')[0] ?? '') || `exit ${r.status}` };
  return JSON.parse(line) as T;
}

// ── extraction: ingest + extract on a generated corpus ────────────────────────────────────

type ExtractFn = (corpus: unknown, lexicon: unknown) => unknown;

async function loadExtract(): Promise<ExtractFn | null> {
  try {
    const mod = (await import('../extract/index.ts')) as { extract?: ExtractFn };
    return typeof mod.extract === 'function' ? mod.extract : null;
  } catch {
    return null;
  }
}

function count(claims: unknown): number {
  if (Array.isArray(claims)) return claims.length;
  if (claims && typeof claims === 'object' && 'claims' in claims && Array.isArray((claims as { claims: unknown[] }).claims)) {
    return (claims as { claims: unknown[] }).claims.length;
  }
  return 0;
}

interface ChunkResult {
  sources: number;
  sentences: number;
  claims: number;
}

/** Ingest (and extract when it exists) one slice of the corpus: what each worker runs. */
async function runChunk(files: SourceFile[], root: string): Promise<ChunkResult & { extracted: boolean }> {
  const { ingest } = await import('../ingest/index.ts');
  const { loadLexicon, paths } = await import('./stages.ts');
  const lexicon = loadLexicon(paths(root));
  const extract = await loadExtract();
  const corpus = ingest(files, lexicon);
  const claims = extract ? extract(corpus, lexicon) : [];
  return {
    sources: corpus.sources.length,
    sentences: corpus.sources.reduce((n, s) => n + s.sentences.length, 0),
    claims: count(claims),
    extracted: extract !== null,
  };
}

export interface ExtractFigures {
  articles: number;
  bytes: number;
  ms: number;
  workers: number;
  sentences: number;
  claims: number;
  extracted: boolean;
  maxRssBytes: number;
}

function seeds(root: string): Promise<SourceFile[]> {
  return import('./stages.ts').then(({ paths, sourceFiles }) => sourceFiles(paths(root)));
}

/** Contiguous slices of about equal bytes, one per worker (pool.ts split, as builds cut them). */
export const slices = (files: SourceFile[], n: number): SourceFile[][] => split(files, n, (f) => Buffer.byteLength(f.text, 'utf8'));

/** In the child process: generate `n` articles, then time ingest + extract on `workers` threads. */
export async function extractChild(root: string, n: number, threads?: number): Promise<ExtractFigures> {
  const files = generateCorpus(await seeds(root), n);
  const bytes = corpusBytes(files);
  // As many threads as a build of this many articles uses (pool.ts threadsFor).
  const workers = threads ?? threadsFor(n);
  let result: ChunkResult & { extracted: boolean };
  let ms: number;
  if (workers === 1) {
    await runChunk(files.slice(0, WARM_UP), root); // load the modules and let V8 optimise, outside the timing
    const t0 = performance.now();
    result = await runChunk(files, root);
    ms = performance.now() - t0;
  } else {
    const parts = slices(files, workers);
    const threads = parts.map((_, i) => startWorker({ briefingBench: true, root, n, index: i, of: parts.length }));
    // A worker that fails (or exits) fails the whole measurement, and every worker is stopped.
    const delivered = new Set<Worker>();
    const failed = new Promise<never>((_, rej) => {
      for (const w of threads) {
        w.on('error', rej);
        // A worker ends by itself once it has sent its result; before that, an exit is a failure.
        w.on('exit', (code) => {
          if (!delivered.has(w)) rej(new Error(`a worker thread exited (${code}) before its result`));
        });
      }
    });
    failed.catch(() => undefined);
    try {
      await Promise.race([Promise.all(threads.map((w) => new Promise<void>((res) => w.once('message', () => res())))), failed]);
      const t0 = performance.now();
      const results = await Promise.race([
        Promise.all(
          threads.map(
            (w) =>
              new Promise<ChunkResult & { extracted: boolean }>((res) => {
                w.once('message', (m: ChunkResult & { extracted: boolean }) => {
                  delivered.add(w);
                  res(m);
                });
                w.postMessage('go');
              }),
          ),
        ),
        failed,
      ]);
      ms = performance.now() - t0;
      result = {
        sources: results.reduce((a, r) => a + r.sources, 0),
        sentences: results.reduce((a, r) => a + r.sentences, 0),
        claims: results.reduce((a, r) => a + r.claims, 0),
        extracted: results.every((r) => r.extracted),
      };
    } finally {
      for (const w of threads) w.removeAllListeners('exit');
      await Promise.all(threads.map((w) => w.terminate()));
    }
  }
  return {
    articles: result.sources,
    bytes,
    ms,
    workers,
    sentences: result.sentences,
    claims: result.claims,
    extracted: result.extracted,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

/** A worker thread: regenerate the corpus, take its slice, warm up, say ready, run on 'go'. */
export async function extractWorker(data: { root: string; n: number; index: number; of: number }): Promise<void> {
  const files = slices(generateCorpus(await seeds(data.root), data.n), data.of)[data.index]!;
  await runChunk(files.slice(0, WARM_UP), data.root);
  parentPort!.postMessage('ready');
  parentPort!.once('message', async () => parentPort!.postMessage(await runChunk(files, data.root)));
}

// ── the data build of a large corpus, by the wired stages ─────────────────────────────────

export interface DataBuildFigures {
  articles: number;
  bytes: number;
  stages: { stage: string; ms: number; what: string }[];
  ms: number;
  maxRssBytes: number;
}

/** In the child: a tree with `n` generated sources in `dir`, built by the stage functions, one process. */
async function dataChild(root: string, dir: string, n: number): Promise<DataBuildFigures> {
  const { paths, stages } = await import('./stages.ts');
  const p = paths(dir);
  // The generated texts are written, then let go: the stages read them from the files, as a
  // build does; a copy held here would count in the build's peak memory.
  const bytes = writeCorpus(dir, generateCorpus(await seeds(root), n));
  const chosen = stages.filter((s) => GOALS.data!.includes(s.name));
  const times: DataBuildFigures['stages'] = [];
  const t0 = performance.now();
  for (const s of chosen) {
    const t = performance.now();
    const what = await s.run(p);
    times.push({ stage: s.name, ms: performance.now() - t, what });
  }
  return { articles: n, bytes, stages: times, ms: performance.now() - t0, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
}

/** Writes the generated articles into the tree's sources/; returns their size in bytes. */
function writeCorpus(dir: string, files: SourceFile[]): number {
  for (const f of files) writeFileSync(join(dir, f.file), f.text);
  return corpusBytes(files);
}

/** A tree for the data build: sources/ holds only the lexicon and policy, templates/ is copied. */
function dataTree(root: string): string {
  const dir = copyTree(root, 'briefing-bench-data-');
  for (const f of readdirSync(join(dir, 'sources'))) if (f.endsWith('.md')) rmSync(join(dir, 'sources', f));
  return dir;
}

// ── the make timings ──────────────────────────────────────────────────────────────────────

export interface BuildFigures {
  floorMs: number | null;
  floorNote: string | null;
  coldMs: number;
  coldStages: { stage: string; ms: number; what: string }[];
  coldOk: boolean;
  coldError: string | null;
  /** Five no-op makes: median, fastest and slowest (ms), and the median processor time. */
  noopMs: number;
  noopRange: [number, number];
  noopCpuMs: number;
  noopSaid: boolean;
  /** The same after touching every input (times changed, no byte): still answered from the state. */
  touchMs: number;
  touchSaid: boolean;
  /** `node -e 0`: the start of any Node process on this machine now, the floor of a no-op. */
  nodeMs: number;
  nodeCpuMs: number;
  /** The launcher's state check alone, median of 5 in one process (null when it did not hold). */
  checkMs: number | null;
  editMs: number | null;
  editStages: string[];
  editPdf: boolean;
}

/** Times the launcher's no-op check (state.mjs noOpGoal) five times in one process; prints the median in ms, or fails. */
export const CHECK_SCRIPT = `
const { noOpGoal } = await import(process.argv[1]);
const times = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  if (noOpGoal(['build', '--goal', 'all']) !== 'all') process.exit(1);
  times.push(performance.now() - t);
}
console.log(times.sort((a, b) => a - b)[2]);
`;

/** The bare print: launch Chromium, print the HTML file to PDF, exit (run as `node -e`, nothing of ours loaded). */
export const FLOOR_SCRIPT = `
import puppeteer from 'puppeteer-core';
import { readFileSync, writeFileSync } from 'node:fs';
const [chromium, html, pdf, root] = process.argv.slice(1);
const args = ['--disable-gpu', '--font-render-hinting=none'];
if (root === '1') args.push('--no-sandbox');
const browser = await puppeteer.launch({ executablePath: chromium, headless: true, pipe: true, args });
const page = await browser.newPage();
await page.setContent(readFileSync(html, 'utf8'), { waitUntil: 'load' });
writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
await browser.close();
`;

function make(dir: string, args: string[] = []): SpawnSyncReturns<string> {
  return spawnSync('make', args, { cwd: dir, encoding: 'utf8', env: makeEnv({ CI: 'true' }), maxBuffer: 64 * 1024 * 1024 });
}

async function buildFigures(root: string, log: (line: string) => void): Promise<BuildFigures> {
  const dir = copyTree(root, 'briefing-bench-');
  try {
    log('  cold make …');
    const cold = timed(() => make(dir));
    const coldOk = cold.r.status === 0;
    const coldError = coldOk ? null : ((cold.r.stderr || cold.r.stdout).trim().split('\n').find((l) => /error/i.test(l)) ?? `exit ${cold.r.status}`);
    log('  no-op make …');
    const noops = [0, 1, 2, 3, 4].map(() => timedCpu(dir, ['make']));
    const noopSaid = noops.every((n) => n.r.stdout.includes('Nothing to be done'));
    const nodes = [0, 1, 2, 3, 4].map(() => timedCpu(dir, [process.execPath, '-e', '0']));
    const later = new Date();
    const touch = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) touch(join(d, e.name));
        else utimesSync(join(d, e.name), later, later);
      }
    };
    for (const d of ['sources', 'templates', 'pipeline']) touch(join(dir, d));
    const touched = [0, 1, 2].map(() => timedCpu(dir, ['make']));
    // The launcher's check alone, in one process: what a no-op adds to the start of Node.
    const check = spawnSync(process.execPath, ['--input-type=module', '-e', CHECK_SCRIPT, pathToFileURL(join(codeDir, 'build', 'state.mjs')).href], { cwd: dir, encoding: 'utf8' });
    const checkMs = check.status === 0 ? Number(check.stdout.trim()) : null;

    const html = join(dir, 'output', 'briefing.html');
    const pdf = join(dir, 'output', 'briefing.pdf');
    let floorMs: number | null = null;
    let floorNote: string | null = null;
    if (!existsSync(html)) {
      floorNote = msg.BENCH_NOT_AVAILABLE('the build made no briefing.html yet');
    } else {
      const { findChromium } = await import('../print/browser.ts');
      let chromium: string | null = null;
      try {
        chromium = findChromium();
      } catch {
        floorNote = msg.BENCH_NOT_AVAILABLE('no Chromium');
      }
      if (chromium) {
        log('  print floor …');
        const out = join(dir, 'floor.pdf');
        const root1 = process.getuid?.() === 0 ? '1' : '0';
        const runs = [0, 1, 2].map(() =>
          timed(() => spawnSync(process.execPath, ['--input-type=module', '-e', FLOOR_SCRIPT, chromium, html, out, root1], { cwd: root, encoding: 'utf8' })),
        );
        const bad = runs.find((r) => r.r.status !== 0);
        if (bad) floorNote = msg.BENCH_NOT_AVAILABLE(`the bare print failed: ${bad.r.stderr.trim().split('\n')[0] ?? ''}`);
        else floorMs = median(runs.map((r) => r.ms));
      }
    }

    let editMs: number | null = null;
    let editStages: string[] = [];
    let editPdf = false;
    if (coldOk && existsSync(join(dir, 'templates', 'briefing.md'))) {
      log('  template edit …');
      const edits = [];
      for (const word of ['first', 'second', 'third']) {
        const before = existsSync(pdf) ? readFileSync(pdf) : null;
        appendFileSync(join(dir, 'templates', 'briefing.md'), `\nA ${word} paragraph added by the benchmark.\n`);
        const run = timed(() => make(dir));
        edits.push(run);
        editStages = stageTimes(run.r.stdout).map((s) => s.stage);
        editPdf = before !== null && existsSync(pdf) && !readFileSync(pdf).equals(before);
      }
      editMs = median(edits.map((e) => e.ms));
    }
    return {
      floorMs,
      floorNote,
      coldMs: cold.ms,
      coldStages: stageTimes(cold.r.stdout),
      coldOk,
      coldError,
      noopMs: median(noops.map((n) => n.ms)),
      noopRange: [Math.min(...noops.map((n) => n.ms)), Math.max(...noops.map((n) => n.ms))],
      noopSaid,
      touchMs: median(touched.map((n) => n.ms)),
      touchSaid: touched.every((n) => n.r.stdout.includes('Nothing to be done')),
      checkMs,
      nodeMs: median(nodes.map((n) => n.ms)),
      nodeCpuMs: median(nodes.map((n) => n.cpuMs)),
      noopCpuMs: median(noops.map((n) => n.cpuMs)),
      editMs,
      editStages,
      editPdf,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ── the report ────────────────────────────────────────────────────────────────────────────

function machine(): string {
  const c = cpus();
  return `${c[0]?.model.trim() ?? 'unknown CPU'}, ${availableParallelism()} cores, ${mib(totalmem())} RAM, Node ${process.version}`;
}

/** The 1-minute load average: figures taken on a busy machine say so. */
const load = () => `load average ${loadavg()[0]!.toFixed(2)}`;

export async function bench(p: Paths, o: BenchOptions = {}): Promise<void> {
  const write = o.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const sizes = parseSizes(o.sizes);
  const root = p.root;
  write(`briefing benchmark — ${machine()}; ${load()} at the start`);
  // `--only PART`: that part of the benchmark alone.
  const parts: Record<string, () => Promise<void>> = {
    preview: () => previewReport(root, write, log),
    worst: () => worstReport(root, sizes, write, log),
    exit: () => exitReport(root, write, log),
  };
  if (o.only !== undefined) {
    if (!Object.hasOwn(parts, o.only)) throw new RangeError(`--only: "${o.only}" is not a part of the benchmark (known: preview, worst, exit)`);
    await parts[o.only]!();
    write('');
    write(`(${load()} at the end)`);
    return;
  }

  // Build times.
  if (!o.noBuild) {
    write('');
    write('Build (make in a fresh copy of the tree; dependencies installed, no output/)');
    const b = await buildFigures(root, log);
    const floor = b.floorMs;
    const rows: string[][] = [['', 'time', 'vs floor', 'goal']];
    rows.push(['print floor (bare Chromium print of the HTML)', floor === null ? '-' : secs(floor), '', b.floorNote ?? '']);
    rows.push(['cold make', secs(b.coldMs), floor === null ? '-' : ratio(b.coldMs, floor), b.coldOk ? '≤ 1.5× floor' : `FAILED: ${b.coldError}`]);
    rows.push([
      'no-op make (launcher checks the hashes, no bundle)',
      secs3(b.noopMs),
      '',
      `≤ 0.10 s; ${secs3(b.noopRange[0])} to ${secs3(b.noopRange[1])} in 5 runs, processor time ${secs3(b.noopCpuMs)} (${b.noopMs >= b.nodeMs ? '+' : '−'}${secs3(Math.abs(b.noopMs - b.nodeMs))} against a bare Node start)${b.noopSaid ? '' : ' (did not say "Nothing to be done")'}`,
    ]);
    rows.push(['no-op make after touching every input', secs3(b.touchMs), '', `≤ 0.10 s${b.touchSaid ? '' : ' (did not say "Nothing to be done")'}`]);
    rows.push(['node -e 0 (any Node start now, the floor of a no-op)', secs3(b.nodeMs), '', `processor time ${secs3(b.nodeCpuMs)}`]);
    rows.push(['the no-op check alone (folders and hashes, in one process)', b.checkMs === null ? '-' : secs3(b.checkMs), '', b.checkMs === null ? 'the recorded state did not hold' : '']);
    rows.push([
      'template edit → rebuilt PDF',
      b.editMs === null ? '-' : secs(b.editMs),
      b.editMs === null || floor === null ? '-' : ratio(b.editMs, floor),
      b.editMs === null ? msg.BENCH_NOT_AVAILABLE('no cold build') : `≤ 1.2× floor; ran ${b.editStages.join(', ') || 'nothing'}${b.editPdf ? '' : '; the PDF did not change'}`,
    ]);
    for (const l of table(rows, 'lrrl')) write(`  ${l}`);
    write('  stages of the cold build:');
    if (b.coldStages.length === 0) write(`    ${msg.BENCH_NOT_AVAILABLE('no progress lines')}`);
    for (const l of table(b.coldStages.map((s) => [s.stage, secs(s.ms), s.what]), 'lrl')) write(`    ${l}`);
  }

  // Extraction.
  write('');
  write('Ingest + extract on generated corpora (each size in its own process)');
  const rows: string[][] = [['articles', 'MB', 'time', 'MB/s', 'MB/s/core', 'workers', 'sentences', 'claims', 'peak RSS']];
  const missing: string[] = [];
  let extracted = true;
  for (const n of sizes) {
    log(`  ingest + extract, ${n} articles …`);
    const r = child<ExtractFigures>(root, ['extract-child', root, String(n)]);
    if ('error' in r) {
      missing.push(`${n} articles: ${msg.BENCH_NOT_AVAILABLE(r.error)}`);
      continue;
    }
    extracted &&= r.extracted;
    const mb = r.bytes / 1e6;
    const rate = mb / (r.ms / 1000);
    rows.push([String(n), mb.toFixed(2), secs(r.ms), rate.toFixed(2), (rate / r.workers).toFixed(2), String(r.workers), String(r.sentences), r.extracted ? String(r.claims) : '-', mib(r.maxRssBytes)]);
  }
  for (const l of table(rows, 'rrrrrrrrr')) write(`  ${l}`);
  for (const l of missing) write(`  ${l}`);
  write(`  goal: ≥ 2 MB/s per core${extracted ? '' : `; extract: ${msg.BENCH_NOT_AVAILABLE('pipeline/extract/index.ts exports no extract(corpus, lexicon) yet: ingest only')}`}`);
  // What the parser the design requires allows: remark-parse alone, as ingest calls it.
  const parseN = Math.min(Math.max(...sizes), PARSE_ARTICLES);
  const parse = child<{ bytes: number; ms: number }>(root, ['parse-child', root, String(parseN)]);
  if ('error' in parse) write(`  remark-parse alone: ${msg.BENCH_NOT_AVAILABLE(parse.error)}`);
  else write(`  remark-parse alone (ingest's settings, one thread, ${parseN.toLocaleString('en')} articles): ${(parse.bytes / 1e6 / (parse.ms / 1000)).toFixed(2)} MB/s`);
  // The same ratio on real articles of other elections (the development corpus's texts, where present).
  const real = child<{ articles: number; bytes: number; ratios: number[] }>(root, ['corpus-ratio-child', root]);
  if ('error' in real) write(`  ${msg.BENCH_CORPUS_RATIO_MISSING(real.error)}`);
  else if (real.articles === 0) write(`  ${msg.BENCH_CORPUS_RATIO_MISSING(msg.BENCH_CORPUS_NO_TEXTS)}`);
  else write(`  ${msg.BENCH_CORPUS_RATIO(real.articles, real.bytes / 1e6, median(real.ratios), Math.min(...real.ratios), Math.max(...real.ratios), real.ratios.length)}`);

  // Reconcile.
  write('');
  write(`Reconcile on ${RECONCILE_ARTICLES.toLocaleString('en')} articles (the claims of the real corpus, copied)`);
  const rec = child<{ articles: number; claims: number; figures: number; ms: number; maxRssBytes: number }>(root, ['reconcile-child', root, String(RECONCILE_ARTICLES)]);
  if ('error' in rec) write(`  ${msg.BENCH_NOT_AVAILABLE(rec.error)}`);
  else write(`  ${rec.articles} articles, ${rec.claims} claims → ${rec.figures} figures in ${secs(rec.ms)}, peak RSS ${mib(rec.maxRssBytes)}`);

  // Charts: the vega import apart from rendering every chart (warm, median of several runs).
  write('');
  write('Charts (every spec of templates/charts/ on the real figures; goal: all together < 300 ms after the vega import)');
  const ch = child<{ charts: number; importMs: number; firstMs: number; medianMs: number; runs: number }>(root, ['charts-child', root]);
  if ('error' in ch) write(`  ${msg.BENCH_NOT_AVAILABLE(ch.error)}`);
  else write(`  ${ch.charts} charts: vega import ${secs(ch.importMs)}, first render ${secs(ch.firstMs)}, then ${secs(ch.medianMs)} (median of ${ch.runs})`);

  // The data build of the largest corpus.
  if (!o.noData) {
    const n = Math.max(...sizes);
    write('');
    write(`Data files of ${n.toLocaleString('en')} articles (ingest → charts, the wired stages, one process; goal for 10,000: < 90 s, < 2 GB)`);
    log(`  data build, ${n} articles …`);
    const dir = dataTree(root);
    try {
      const d = child<DataBuildFigures>(root, ['data-child', root, dir, String(n)]);
      if ('error' in d) write(`  ${msg.BENCH_NOT_AVAILABLE(d.error)}`);
      else {
        write(`  ${(d.bytes / 1e6).toFixed(1)} MB in ${secs(d.ms)}, peak RSS ${mib(d.maxRssBytes)}; stages run: ${d.stages.map((s) => s.stage).join(', ') || 'none'}`);
        for (const l of table(d.stages.map((s) => [s.stage, secs(s.ms), s.what]), 'lrl')) write(`    ${l}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (!o.noWorst) await worstReport(root, sizes, write, log);

  // Adding a page (pipeline/add/bench.ts).
  write('');
  write('Adding a page (make add; goal: under 1 s)');
  for (const line of (await import('../add/bench.ts')).benchAdd(root)) write(line);
  await exitReport(root, write, log);
  await previewReport(root, write, log);
  write('');
  write(`(${load()} at the end)`);
}

// ── the preview: edit to screen ─────────────────────────────────────────────────────────────

/** An edit the preview benchmark makes, and the text the served briefing then contains. */
interface PreviewEdit {
  what: string;
  goal: string;
  file: string;
  /** The new text of `file` for the `n`th edit, and the marker the briefing then shows. */
  edit(text: string, n: number): { text: string; marker: string };
}

/** Letters only: a digit typed into the briefing's text or a chart title would be a warning or an error. */
const word = (n: number) => `bench${String.fromCharCode(97 + (n % 26))}${String.fromCharCode(97 + Math.floor(n / 26) % 26)}`;

const PREVIEW_EDITS: PreviewEdit[] = [
  { what: 'style.css', goal: '≤ 0.30 s', file: 'templates/style.css', edit: (t, n) => ({ text: `${t}\n.${word(n)} { color: #123456; }\n`, marker: `.${word(n)}` }) },
  { what: 'briefing.md', goal: '≤ 0.30 s', file: 'templates/briefing.md', edit: (t, n) => ({ text: `${t}\nA paragraph ${word(n)} added by the benchmark.\n`, marker: `paragraph ${word(n)} added` }) },
  {
    what: 'a chart spec (its title)',
    goal: '≤ 0.60 s',
    file: 'templates/charts/seats.vl.json',
    edit: (t, n) => {
      const spec = JSON.parse(t) as { usermeta: { briefing: { title: string } } };
      spec.usermeta.briefing.title = `Seats by party ${word(n)}`;
      return { text: `${JSON.stringify(spec, null, 2)}\n`, marker: `Seats by party ${word(n)}` };
    },
  },
  {
    what: 'theme.json (a party colour)',
    goal: '≤ 0.60 s',
    file: 'templates/charts/theme.json',
    edit: (t, n) => {
      const theme = JSON.parse(t) as { colors: Record<string, string> };
      const party = Object.keys(theme.colors).find((k) => k !== 'default')!;
      const colour = `#${(0x1f5fa0 + n + 1).toString(16)}`;
      theme.colors[party] = colour;
      return { text: `${JSON.stringify(theme, null, 2)}\n`, marker: colour };
    },
  },
];

/** Runs the preview (the real CLI, from the bundle) in a copy of the tree and times each kind of edit until the served page shows it. */
async function previewFigures(root: string, log: (line: string) => void, rounds = 5): Promise<{ what: string; goal: string; ms: number[]; buildMs: number[]; cpuMs: number[] }[] | { error: string }> {
  const { spawn } = await import('node:child_process');
  const dir = copyTree(root, 'briefing-bench-preview-');
  const child = spawn(process.execPath, [join(dir, 'pipeline', 'launch.mjs'), 'preview', '--port', '0'], { cwd: dir, env: makeEnv({ CI: 'true' }), stdio: ['ignore', 'pipe', 'pipe'] });
  let said = '';
  child.stdout.on('data', (d: Buffer) => (said += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (said += d.toString('utf8')));
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  try {
    log('  preview: first build …');
    let url: string | null = null;
    for (let i = 0; i < 1200 && url === null && child.exitCode === null; i += 1) {
      url = /serving the briefing at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(said)?.[1] ?? null;
      if (url === null) await sleep(50);
    }
    if (url === null) return { error: `the preview did not start: ${said.trim().split('\n').slice(-1)[0] ?? ''}` };
    await sleep(3000); // the warm-up after the first build (preview.ts warmBuild), as an editor's first edit comes seconds later
    const page = async () => (await fetch(new URL('briefing.html', url))).text();
    const results: { what: string; goal: string; ms: number[]; buildMs: number[]; cpuMs: number[] }[] = [];
    // The preview's own account of each build ("preview: rebuilt in 0.21 s (0.19 s of processor time)").
    // (A preview that rebuilds through make gives no processor time: its build runs in other processes.)
    const builds = () => [...said.matchAll(/preview: rebuilt in (\d+\.\d+) s(?: \((\d+\.\d+) s of processor time\))?/g)].map((m) => ({ ms: Number(m[1]) * 1000, cpuMs: m[2] === undefined ? null : Number(m[2]) * 1000 }));
    let n = 0;
    for (const e of PREVIEW_EDITS) {
      log(`  preview: ${e.what} …`);
      const times: number[] = [];
      const buildMs: number[] = [];
      const cpuMs: number[] = [];
      for (let r = 0; r < rounds; r += 1, n += 1) {
        const before = builds().length;
        const file = join(dir, e.file);
        const { text, marker } = e.edit(readFileSync(file, 'utf8'), n);
        const t0 = performance.now();
        writeFileSync(file, text);
        let shown = false;
        while (!shown && performance.now() - t0 < 20_000) {
          shown = (await page()).includes(marker);
          if (!shown) await sleep(5);
        }
        if (!shown) return { error: `${e.what}: the page did not show the edit within 20 s: ${said.trim().split('\n').slice(-3).join(' / ')}` };
        times.push(performance.now() - t0);
        await sleep(300);
        for (const b of builds().slice(before)) {
          buildMs.push(b.ms);
          if (b.cpuMs !== null) cpuMs.push(b.cpuMs);
        }
      }
      results.push({ what: e.what, goal: e.goal, ms: times, buildMs, cpuMs });
    }
    return results;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('close', r)));
    rmSync(dir, { recursive: true, force: true });
  }
}

async function previewReport(root: string, write: (line: string) => void, log: (line: string) => void): Promise<void> {
  write('');
  write('Preview: edit to screen (make preview in a fresh copy; a file saved, then the served /briefing.html polled every 5 ms until it shows the edit; 5 edits each)');
  const r = await previewFigures(root, log);
  if ('error' in r) {
    write(`  ${msg.BENCH_NOT_AVAILABLE(r.error)}`);
    return;
  }
  const rows = [
    ['edit', 'median', 'min', 'max', 'goal', 'build (median)', 'its processor time'],
    ...r.map((e) => [e.what, secs(median(e.ms)), secs(Math.min(...e.ms)), secs(Math.max(...e.ms)), e.goal, e.buildMs.length ? secs(median(e.buildMs)) : '-', e.cpuMs.length ? secs(median(e.cpuMs)) : '-']),
  ];
  for (const l of table(rows, 'lrrrlrr')) write(`  ${l}`);
  write('  (besides the build: the watcher, a 15 ms pause that lets a burst of saves settle, reading the new page, the 5 ms poll;');
  write('  processor time is the preview process\'s during the build: on a busy machine the build takes longer than that)');
  write('  (the page in a browser then reloads on the server-sent event: add the reload, about 0.05 to 0.1 s for this page)');
}


/** Ways a build fails, each made in a copy of the tree (the file edited, then restored). */
const EXIT_CASES: { what: string; file: (dir: string) => string | null; edit: (text: string) => string }[] = [
  {
    what: 'a placed chart spec that is not JSON (the print browser starting)',
    file: (dir) => {
      const template = readFileSync(join(dir, 'templates', 'briefing.md'), 'utf8');
      const id = [...template.matchAll(/::chart\[[^\]]*\]\{#([\w-]+)/g)].map((m) => m[1]).find((c) => existsSync(join(dir, 'templates', 'charts', `${c}.vl.json`)));
      return id ? join('templates', 'charts', `${id}.vl.json`) : null;
    },
    edit: () => '{\n',
  },
  { what: 'an article without front matter', file: (dir) => firstSource(dir), edit: (t) => t.replace(/^---\n[\s\S]*?\n---\n/, '') },
  { what: 'a lexicon that is not YAML', file: () => join('sources', 'lexicon.yaml'), edit: (t) => `${t}\nentities: [\n` },
  { what: 'an unknown directive in the template', file: () => join('templates', 'briefing.md'), edit: (t) => `${t}\n::figurs\n` },
  { what: 'a style that loads an address', file: () => join('templates', 'style.css'), edit: (t) => `@import url("https://example.com/x.css");\n${t}` },
];

function firstSource(dir: string): string | null {
  const f = readdirSync(join(dir, 'sources')).filter((n) => n.endsWith('.md')).sort()[0];
  return f ? join('sources', f) : null;
}

/**
 * A failing build exits as soon as it has said why: for each way to fail, `build --goal all` in a
 * copy of the tree, the time from its first error line to the process's exit (goal: 2 s), after
 * a good build made the outputs (so the failure finds them to keep).
 */
async function exitReport(root: string, write: (line: string) => void, log: (line: string) => void): Promise<void> {
  const { spawn, spawnSync } = await import('node:child_process');
  write('');
  write('Failing builds: from the first error line to the exit (build --goal all in a copy of the tree after a good build; goal: ≤ 2 s)');
  const dir = copyTree(root, 'briefing-bench-exit-');
  const cli = join(dir, 'pipeline', 'launch.mjs');
  try {
    log('  exit: a good build first …');
    const good = spawnSync(process.execPath, [cli, 'build', '--goal', 'all', '--quiet'], { cwd: dir, env: makeEnv({}), encoding: 'utf8' });
    if (good.status !== 0) {
      write(`  ${msg.BENCH_NOT_AVAILABLE(`the good build failed: ${(good.stderr ?? '').trim().split('\n')[0] ?? ''}`)}`);
      return;
    }
    const rows: string[][] = [['failure', 'exit', 'error line → exit', 'whole run']];
    for (const c of EXIT_CASES) {
      const rel = c.file(dir);
      if (!rel) {
        rows.push([c.what, '-', msg.BENCH_NOT_AVAILABLE('no such file in this tree'), '-']);
        continue;
      }
      log(`  exit: ${c.what} …`);
      const path = join(dir, rel);
      const original = readFileSync(path);
      writeFileSync(path, c.edit(original.toString('utf8')));
      try {
        const t0 = performance.now();
        const child = spawn(process.execPath, [cli, 'build', '--goal', 'all', '--quiet'], { cwd: dir, env: makeEnv({}), stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        let said: number | null = null;
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString('utf8');
          if (said === null && / error: /.test(stderr)) said = performance.now();
        });
        const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
        const end = performance.now();
        rows.push([c.what, String(code), said === null ? msg.BENCH_NOT_AVAILABLE('no error line') : secs(end - said), secs(end - t0)]);
      } finally {
        writeFileSync(path, original);
      }
    }
    for (const l of table(rows, 'lrrr')) write(`  ${l}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The worst-case inputs (bench-worst.ts), each size in its own process; `make bench-worst` alone. */
async function worstReport(root: string, sizes: number[], write: (line: string) => void, log: (line: string) => void): Promise<void> {
  const { WORST_CASES, WORST_SIZES, worstRows } = await import('./bench-worst.ts');
  const titles: Record<string, string> = {
    figures: 'Many figures in one article (the real texts joined, ingest → render; the last size is past the limit of figures)',
    'long-line': 'One long line (the real texts on one line, ingest and extract)',
    nesting: 'Deep nesting (a quoted paragraph, ingest; 1,300 levels is past the limit)',
    articles: 'Many small articles (generated corpora, ingest → render; no print)',
  };
  write('');
  write('Worst-case inputs (each size in its own process; per stage its processor time in seconds; × processor against × bytes from the size before: linear when they match)');
  for (const kind of WORST_CASES) {
    const cap = kind === 'articles' ? Math.max(...sizes) : Infinity;
    const rows = WORST_SIZES[kind]
      .filter((n) => n <= cap)
      .map((n) => {
        log(`  worst case ${kind}, ${n} …`);
        const r = child<import('./bench-worst.ts').WorstFigures>(root, ['worst-child', root, kind, String(n)]);
        return 'error' in r ? { case: kind, size: n, error: msg.BENCH_NOT_AVAILABLE(r.error) } : r;
      });
    write(`  ${titles[kind]}`);
    const report = worstRows(rows);
    for (const l of table(report, `l${'r'.repeat(report[0]!.length - 2)}l`)) write(`    ${l}`);
  }
}

/** In the child: reconcile `articles` articles' worth of the real corpus's claims. */
async function reconcileChild(root: string, articles: number) {
  const extract = await loadExtract();
  if (!extract) throw new Error('pipeline/extract/index.ts exports no extract(corpus, lexicon) yet');
  let rec: { benchReconcile?: (...a: unknown[]) => { articles: number; claims: number; figures: number; ms: number } };
  try {
    rec = (await import('../reconcile/index.ts')) as unknown as typeof rec;
  } catch {
    throw new Error('pipeline/reconcile/index.ts is missing');
  }
  if (typeof rec.benchReconcile !== 'function') throw new Error('pipeline/reconcile/index.ts exports no benchReconcile yet');
  const { ingest } = await import('../ingest/index.ts');
  const { loadLexicon, loadPolicy, paths, sourceFiles } = await import('./stages.ts');
  const p = paths(root);
  const lexicon = loadLexicon(p);
  const corpus = ingest(sourceFiles(p), lexicon);
  const claims = extract(corpus, lexicon);
  const list = Array.isArray(claims) ? claims : (claims as { claims: unknown[] }).claims;
  const r = rec.benchReconcile(list, corpus, lexicon, loadPolicy(p), articles);
  return { ...r, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
}

/** In the child: remark-parse alone (ingest's parser) on `n` generated articles, after the same warm-up. */
async function parseChild(root: string, n: number): Promise<{ bytes: number; ms: number }> {
  const { parseMarkdown } = await import('../ingest/index.ts');
  const files = generateCorpus(await seeds(root), n);
  for (const f of files.slice(0, WARM_UP)) parseMarkdown(f.text);
  const t0 = performance.now();
  for (const f of files) parseMarkdown(f.text);
  return { bytes: corpusBytes(files), ms: performance.now() - t0 };
}

/**
 * In the child: ingest+extract against remark-parse alone on the development corpus's texts
 * (test/corpus/texts/, each with its event's lexicon; those present and readable), in one
 * thread taking turns, so that the machine's load falls on both alike: the ratio of each round
 * after a warm-up round.
 */
async function corpusRatioChild(root: string): Promise<{ articles: number; bytes: number; ratios: number[] }> {
  const { ingest, parseMarkdown } = await import('../ingest/index.ts');
  const { extract } = await import('../extract/index.ts');
  const { loadCorpusEvents } = await import('../shared/corpus.ts');
  const { eventLexicon } = await import('../extract/corpus-eval.ts');
  const { generalLexicon } = await import('../shared/lexicon.ts');
  const dir = join(root, 'test', 'corpus');
  if (!existsSync(join(dir, 'split.yaml'))) return { articles: 0, bytes: 0, ratios: [] };
  const base = generalLexicon().lexicon;
  const items: { file: string; text: string; lexicon: ReturnType<typeof eventLexicon> }[] = [];
  for (const e of loadCorpusEvents(dir, (f) => f)) {
    const lexicon = eventLexicon(base, e.event);
    for (const { article } of e.articles) {
      const file = join(dir, 'texts', `${article.id}.md`);
      if (!existsSync(file)) continue;
      const item = { file: `test/corpus/texts/${article.id}.md`, text: readFileSync(file, 'utf8'), lexicon };
      try {
        ingest([item], lexicon);
        items.push(item);
      } catch {
        // An unreadable text (not UTF-8) is left out, as eval-corpus leaves it out.
      }
    }
  }
  const both = () => {
    let t = performance.now();
    for (const x of items) extract(ingest([x], x.lexicon), x.lexicon);
    const pipeline = performance.now() - t;
    t = performance.now();
    for (const x of items) parseMarkdown(x.text);
    return pipeline / (performance.now() - t);
  };
  if (items.length) both();
  const ratios = items.length ? [both(), both(), both(), both(), both()] : [];
  return { articles: items.length, bytes: items.reduce((n, x) => n + Buffer.byteLength(x.text), 0), ratios };
}

/** In the child: the charts of the real corpus, timing the import and each full render. */
async function chartsChild(root: string) {
  const { ingest } = await import('../ingest/index.ts');
  const { extract } = await import('../extract/index.ts');
  const { reconcile } = await import('../reconcile/index.ts');
  const { loadLexicon, loadPolicy, paths, sourceFiles } = await import('./stages.ts');
  const p = paths(root);
  const lexicon = loadLexicon(p);
  const corpus = ingest(sourceFiles(p), lexicon);
  const claims = extract(corpus, lexicon);
  const { figures, checks } = reconcile(claims, corpus, lexicon, loadPolicy(p));
  const dir = join(p.templates, 'charts');
  const text = (f: string) => ({ file: `templates/charts/${f}`, text: readFileSync(join(dir, f), 'utf8') });
  const specs = readdirSync(dir).filter((f) => f.endsWith('.vl.json')).sort().map(text);
  const theme = existsSync(join(dir, 'theme.json')) ? text('theme.json') : undefined;
  let t = performance.now();
  const { renderCharts } = await import('../charts/index.ts');
  const importMs = performance.now() - t;
  const times: number[] = [];
  let charts = 0;
  for (let i = 0; i < 6; i += 1) {
    t = performance.now();
    charts = (await renderCharts(specs, { figures, checks, claims, corpus, lexicon }, theme)).length;
    times.push(performance.now() - t);
  }
  return { charts, importMs, firstMs: times[0]!, medianMs: median(times.slice(1)), runs: times.length - 1 };
}

// ── entry points of the child processes and worker threads ────────────────────────────────

export async function childMain(argv: string[]): Promise<void> {
  const [mode, root, ...rest] = argv;
  let out: unknown;
  try {
    if (mode === 'extract-child') out = await extractChild(root!, Number(rest[0]), rest[1] === undefined ? undefined : Number(rest[1]));
    else if (mode === 'reconcile-child') out = await reconcileChild(root!, Number(rest[0]));
    else if (mode === 'charts-child') out = await chartsChild(root!);
    else if (mode === 'parse-child') out = await parseChild(root!, Number(rest[0]));
    else if (mode === 'corpus-ratio-child') out = await corpusRatioChild(root!);
    else if (mode === 'worst-child') {
      const { WORST_CASES, worstChild } = await import('./bench-worst.ts');
      const kind = WORST_CASES.find((k) => k === rest[0]);
      if (!kind) throw new Error(`unknown worst case ${rest[0]}`);
      out = await worstChild(root!, kind, Number(rest[1]));
    }
    else if (mode === 'data-child') {
      mkdirSync(join(rest[0]!, 'sources'), { recursive: true });
      out = await dataChild(root!, rest[0]!, Number(rest[1]));
    } else throw new Error(`unknown mode ${mode}`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message.split('\n')[0]}\n`);
    process.exit(1);
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

if (isMainThread && process.argv[1] && existsSync(process.argv[1]) && statSync(process.argv[1]).isFile() && realpathSync(process.argv[1]) === realpathSync(here)) {
  await childMain(process.argv.slice(2));
}
