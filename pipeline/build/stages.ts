/**
 * The stages as the CLI sees them: what each reads, what it writes (graph.ts has the files), and the call
 * that connects its pure function to the files. All file effects of the pipeline are here.
 *
 *   1. ingest     sources/*.md, sources/lexicon.yaml          → output/data/corpus.json
 *   2. extract    corpus.json, lexicon                         → output/data/claims.json, claims.csv
 *   3. reconcile  claims.json, corpus.json, sources/policy.yaml → output/data/figures.json, checks.json
 *   4. charts     templates/charts/*.vl.json, figures, …       → output/data/charts.json
 *   5. render     templates/briefing.md, layout, style, …      → output/briefing.html
 *   6. print      output/briefing.html                         → output/briefing.pdf
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { deepFreeze, fileHash, readJson, sha256, toJson, writeCacheEntry, writeIfChanged, writeJson, writePieces } from '../shared/io.ts';
import { GENERAL_LEXICON, Lexicon, generalLexicon, parseLexicon } from '../shared/lexicon.ts';
import { checkClaimCount, checkFileName, checkInput, readInput, readInputBytes, type InputKind } from '../shared/inputs.ts';
import { z } from 'zod';
import { Charts, Checks, Claims, Corpus, Diagnostic as DiagnosticSchema, Figures, IngestedSource, SourceMeta } from '../shared/schema.ts';
import type { Claim } from '../shared/schema.ts';
import { PipelineError, diagnostic, fail, format, type Diagnostic } from '../shared/errors.ts';
import { closest } from 'fastest-levenshtein';
import * as msg from '../shared/messages.ts';
import { codeDir } from './code.ts';
import { articlesIn } from './graph.ts';
import { listing } from './state.mjs';
import { keepsRenderedCharts, keptFor } from '../charts/keep.ts';
import { mapInWorkers, unwrap, type Outcome } from './pool.ts';
import { checkPolicyMetrics, describePolicy, parsePolicy, Policy as PolicySchema, type Policy } from '../reconcile/policy.ts';
import type { Baseline } from '../changes/index.ts';

// Each stage loads its own module when it runs, so that a process running some stages (a build
// runs only the changed ones) does not pay for loading Vega, unified or Puppeteer.
const ingestModule = () => import('../ingest/index.ts');
const extractModule = () => import('../extract/index.ts');
const claimsReportModule = () => import('../extract/report.ts');
const reconcileModule = () => import('../reconcile/index.ts');
const changesModule = () => import('../changes/index.ts');
const chartsModule = () => import('../charts/index.ts');
const placedModule = () => import('../shared/placed.ts');
const renderModule = () => import('../render/index.ts');
const printModule = () => import('../print/index.ts');
const evalModule = () => import('./eval.ts');
const corpusEvalModule = () => import('../extract/corpus-eval.ts');
const reconcileCorpusModule = () => import('../reconcile/corpus.ts');

export interface Paths {
  root: string;
  sources: string;
  templates: string;
  out: string;
  data: string;
  /** How messages name the output folder when the stages write elsewhere (a build's staging folder, staging.ts). */
  shownOut?: string;
}

export function paths(root: string, out?: string): Paths {
  const o = out ?? join(root, 'output');
  return { root, sources: join(root, 'sources'), templates: join(root, 'templates'), out: o, data: join(o, 'data') };
}

/** A path relative to the project root, with `/`, as diagnostics show it. */
export function rel(p: Paths, file: string): string {
  return relative(p.root, file).split('\\').join('/');
}

export function loadLexicon(p: Paths): Lexicon {
  return readLexicon(p).lexicon;
}

// The stages of one build share the lexicon: it is parsed and checked once per text (about a
// tenth of a second), and the structures extract compiles from it are kept with the object.
const lexicons = new Map<string, Lexicon>();

/** The lexicon and its text (the text keys the per-source caches). */
function readLexicon(p: Paths): { lexicon: Lexicon; text: string; file: string } {
  const file = join(p.sources, 'lexicon.yaml');
  const text = readInput(p.root, file, 'lexicon');
  const key = `${rel(p, file)}\0${text}`;
  let lexicon = lexicons.get(key);
  if (!lexicon) {
    lexicon = deepFreeze(cachedLexicon(p, rel(p, file), text));
    lexicons.clear();
    lexicons.set(key, lexicon);
  }
  return { lexicon, text, file: rel(p, file) };
}

/**
 * The lexicon as checked the last time this text was read, from <out>/.cache/lexicon/ (JSON reads
 * in a few milliseconds where the YAML takes a tenth of a second), keyed by the text and the
 * code that checks it; else parsed and checked, then kept. Only a lexicon that passed is kept.
 */
export function cachedLexicon(p: Paths, file: string, text: string): Lexicon {
  const dir = join(p.out, '.cache', 'lexicon');
  const name = `${sha256(`${codeHash(['shared/lexicon.ts', 'shared/schema.ts', GENERAL_LEXICON])}\0${file}\0${text}`)}.json`;
  try {
    const parsed = Lexicon.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // not there yet, or damaged: parsed again below
  }
  const lexicon = parseLexicon(file, text);
  try {
    if (existsSync(dir)) for (const old of readdirSync(dir)) rmSync(join(dir, old), { force: true });
    writeCacheEntry(join(dir, name), toJson(lexicon));
  } catch {
    // a cache that cannot be written is only slower
  }
  return lexicon;
}

/** The articles, as the build graph finds them (graph.ts articlesIn), each read. */
export function sourceFiles(p: Paths): { file: string; text: string }[] {
  // A sources folder that cannot be listed: reading it again throws the system error, which the
  // CLI names with the folder ("sources: error: cannot read sources: no such file or folder").
  const entries = listing(p.sources) ?? readdirSync(p.sources);
  return articlesIn(p.sources, entries, rel(p, p.sources)).map((f) => ({ file: rel(p, f), text: readInput(p.root, f, 'article') }));
}

export function loadCorpus(p: Paths): Corpus {
  return readJson(join(p.data, 'corpus.json'), Corpus);
}

/** What a stage did, in one line for the progress report. */
export type StageResult = string;

export interface Stage {
  name: string;
  run(p: Paths): Promise<StageResult> | StageResult;
  /** Called when a run of several stages begins and this one comes later (print starts its browser). */
  warmUp?(p: Paths): Promise<void>;
  /** Undoes `warmUp` if the run ended without using it. */
  coolDown?(): Promise<void>;
}

/** Options a command may read (besides root/out/quiet/debug). */
export interface CommandOptions {
  quiet: boolean;
  debug: boolean;
  port?: string;
  sizes?: string;
  /** `bench --only preview`: one part of the benchmark. */
  only?: string;
  /** `eval-corpus --details tune`: print the tune half's misses and false claims. */
  details?: string;
  /** `eval-corpus --lexicons DIR`: an analyst's lexicon per event (DIR/<event>.yaml) instead of the annotation's entities. */
  lexicons?: string;
  /** `add`: fetch from addresses on private networks too (a local test server). */
  allowPrivate?: boolean;
  /** `add`: a file listing the pages and addresses (what `make add` writes). */
  list?: string;
  /** Extra arguments after the command names, e.g. `diff <a> <b>`. */
  args: string[];
}

/** A command that is not a stage: it reports nothing per stage and may run long (preview). */
export interface Command {
  name: string;
  describe: string;
  /** Prints its own output (bench, preview): no progress line. */
  interactive?: boolean;
  /** Takes the words after its name as arguments (`bench-child extract-child . 100`). */
  takesArgs?: boolean;
  /** Its arguments and options for `help NAME`, e.g. `[--port N]`. */
  args?: string;
  /** The make target that runs it, for `help NAME`, e.g. `make preview PORT=N` (default `make NAME`). */
  make?: string;
  /** Hidden from the usage (an internal command, e.g. bench-child). */
  internal?: boolean;
  run(p: Paths, options: CommandOptions): Promise<string | void> | string | void;
}

export function loadPolicy(p: Paths): Policy {
  const file = join(p.sources, 'policy.yaml');
  return parsePolicy(rel(p, file), readInput(p.root, file, 'policy'));
}

/** The snapshot kept by the last `make publish` (output/publish/baseline.json); null before the first. */
export async function loadBaseline(p: Paths): Promise<Baseline | null> {
  const file = join(p.out, 'publish', 'baseline.json');
  if (!existsSync(file)) return null;
  const { parseBaseline } = await changesModule();
  return parseBaseline(rel(p, file), readInput(p.root, file, 'baseline'));
}

// ── the per-source cache ────────────────────────────────────────────────────────────────────
// What a stage computes for one source is kept in <out>/.cache/<stage>/<key>.json, the key being
// the sha256 of the source's data, the data files the stage reads and the code that computes
// it. So in a corpus of 1,000 articles, editing one re-extracts one. The cache is hidden: no
// output, not in the manifest; a cache file that fails its schema is computed again, and the
// files this run did not use are removed, so the folder holds one entry per source.

/**
 * The code whose bytes key each stage's cache: a folder (`extract/`) stands for every .ts file
 * in it, so a module added to a stage keys its cache without being listed here.
 */
const INGEST_CODE = ['ingest/', 'shared/lexicon.ts', 'shared/schema.ts', 'shared/errors.ts', 'shared/messages.ts', GENERAL_LEXICON];
const CHARTS_CODE = ['charts/', 'shared/rank.ts', 'shared/format.ts', 'shared/typography.ts', 'shared/fonts.ts', 'shared/messages.ts', 'shared/schema.ts', 'shared/lexicon.ts', 'shared/errors.ts', GENERAL_LEXICON];
const EXTRACT_CODE = ['extract/', 'shared/lexicon.ts', 'shared/schema.ts', GENERAL_LEXICON];

/** A process runs one version of the code (the preview goes through make when it changes): each hash is read once. */
const codeHashes = new Map<string, string>();

/** The code files a cache key reads (`extract/`: every .ts file of the folder), relative to pipeline/. */
export function codeFiles(entries: string[]): string[] {
  return entries.flatMap((e) =>
    e.endsWith('/')
      ? readdirSync(join(codeDir, e))
          .filter((f) => f.endsWith('.ts'))
          .sort()
          .map((f) => `${e}${f}`)
      : [e],
  );
}

/** The code files whose bytes key the extract stage's cache. */
export const extractCodeFiles = () => codeFiles(EXTRACT_CODE);

function codeHash(entries: string[]): string {
  const key = entries.join('\0');
  let hash = codeHashes.get(key);
  if (hash === undefined) {
    const files = codeFiles(entries);
    hash = sha256(files.map((f) => `${f}\0${readFileSync(join(codeDir, f), 'utf8')}`).join('\0'));
    codeHashes.set(key, hash);
  }
  return hash;
}

export function sourceCache(p: Paths, stage: string, context: string[]) {
  const dir = join(p.out, '.cache', stage);
  const salt = sha256(context.join('\0'));
  const used = new Set<string>();
  let hits = 0;
  const lookup = <T>(data: string, schema: z.ZodType<T>): { name: string; value?: T } => {
    const name = `${sha256(`${salt}\0${data}`)}.json`;
    used.add(name);
    const file = join(dir, name);
    if (existsSync(file)) {
      let json: unknown = null;
      try {
        json = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        // a damaged cache file is computed again
      }
      const parsed = schema.safeParse(json);
      if (parsed.success) {
        hits += 1;
        return { name, value: parsed.data };
      }
    }
    return { name };
  };
  const put = (name: string, value: unknown) => writeCacheEntry(join(dir, name), toJson(value));
  return {
    /**
     * Every item's value: from the cache, else computed by `computeAll` for the items the cache
     * lacks, all at once (on every core for a large corpus, pool.ts), then kept.
     */
    async getAll<I, T>(items: I[], data: (item: I) => string, schema: z.ZodType<T>, computeAll: (missing: I[]) => Promise<Outcome<T>[]>): Promise<Outcome<T>[]> {
      const found = items.map((item) => lookup(data(item), schema));
      const missing = items.filter((_, i) => found[i]!.value === undefined);
      const computed = await computeAll(missing);
      let next = 0;
      return found.map((f) => {
        if (f.value !== undefined) return { value: f.value };
        const o = computed[next++]!;
        if ('value' in o) put(f.name, o.value);
        return o;
      });
    },
    finish(): { hits: number; total: number } {
      if (existsSync(dir)) for (const f of readdirSync(dir)) if (!used.has(f)) rmSync(join(dir, f), { force: true });
      return { hits, total: used.size };
    },
  };
}

/** Texts of a claim up to this length are shared (`shareStrings`): ids, metrics, units, numbers as written. */
const SHARED_TEXT = 64;

/**
 * The claims of one source as they stay in memory for the later stages: each quote the body's
 * own slice (a few bytes pointing into the body) and each short text one string shared through
 * `seen`, where the copies a worker thread or the cache hands over give every claim strings of
 * its own (for 10,000 articles, a tenth of the data build's peak). The values stay equal, so
 * nothing written changes.
 */
export function shareStrings(claims: Claim[], body: string, seen: Map<string, string>): void {
  const share = (record: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(record)) {
      if (typeof v !== 'string' || v.length > SHARED_TEXT) continue;
      const known = seen.get(v);
      if (known === undefined) seen.set(v, v);
      else record[k] = known;
    }
  };
  for (const c of claims) {
    const quote = body.slice(c.span[0], c.span[1]);
    if (quote === c.quote) c.quote = quote;
    share(c);
    if (c.confidence) share(c.confidence);
  }
}

/** Claims per piece of `csvPieces`. */
const CSV_CLAIMS = 1000;

/**
 * `toCsv(claims)` (extract's claimsToCsv: a header line, then a line per claim) in pieces of
 * `CSV_CLAIMS` claims, the header once: the text of 100,000 claims is written without being held.
 */
export function* csvPieces<C>(claims: C[], toCsv: (claims: C[]) => string, per = CSV_CLAIMS): Generator<string> {
  if (claims.length === 0) yield toCsv([]);
  for (let i = 0; i < claims.length; i += per) {
    const text = toCsv(claims.slice(i, i + per));
    yield i === 0 ? text : text.slice(text.indexOf('\n') + 1);
  }
}

function readText(p: Paths, file: string, kind: InputKind) {
  return { file: rel(p, file), text: readInput(p.root, file, kind) };
}

/** Every file the briefing is built from, with its sha256, sorted by path. */
export function inputFiles(p: Paths): { path: string; sha256: string }[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      // Hidden files and folders are no input (sources/.pages/ holds the pages make add fetched).
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(p.sources);
  walk(p.templates);
  return files
    .map((f) => {
      // Checked as every input is (a regular file inside the project, within its limit), then
      // hashed once per build (io.ts fileHash: the stamps and the manifest use the same hash).
      checkInput(p.root, f, 'other');
      return { path: rel(p, f), sha256: fileHash(f) ?? sha256(readInputBytes(p.root, f, 'other')) };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export const stages: Stage[] = [
  {
    name: 'ingest',
    async run(p) {
      const { ingest, unreadFiles } = await ingestModule();
      const files = sourceFiles(p);
      const { lexicon, text, file } = readLexicon(p);
      const cache = sourceCache(p, 'ingest', [text, codeHash(INGEST_CODE)]);
      const outcomes = await cache.getAll(files, (f) => `${f.file}\0${f.text}`, IngestedSource, (missing) =>
        mapInWorkers('ingest', { file, text, parsed: lexicon }, missing, (f) => f.text.length),
      );
      const byFile = new Map(files.map((f, i) => [f.file, outcomes[i]!]));
      const corpus = ingest(files, lexicon, rel(p, p.sources), (f) => unwrap(byFile.get(f.file)!));
      const reused = cache.finish();
      const warnings = [...unreadFiles(readdirSync(p.sources), rel(p, p.sources)), ...corpus.sources.flatMap((s) => s.warnings)];
      for (const w of warnings) process.stderr.write(`${format(w)}\n`);
      const wrote = writeJson(join(p.data, 'corpus.json'), corpus);
      const sentences = corpus.sources.reduce((n, s) => n + s.sentences.length, 0);
      return `${corpus.sources.length} sources, ${sentences} sentences, ${warnings.length} warning(s), ${reused.hits} from the cache${wrote ? '' : ' (unchanged)'}`;
    },
  },
  {
    name: 'extract',
    async run(p) {
      const { claimsToCsv } = await extractModule();
      const { lexicon, text, file } = readLexicon(p);
      const cache = sourceCache(p, 'extract', [text, codeHash(EXTRACT_CODE)]);
      // Claims are numbered per source, so each source's claims can be kept and reused alone.
      const sources = loadCorpus(p).sources;
      const outcomes = await cache.getAll(sources, (source) => JSON.stringify(source), Claims, (missing) =>
        mapInWorkers('extract', { file, text, parsed: lexicon }, missing, (source) => source.body.length),
      );
      outcomes.forEach((o, i) => {
        if ('value' in o) checkClaimCount(sources[i]!.file, o.value.length);
      });
      const shared = new Map<string, string>();
      outcomes.forEach((o, i) => {
        if ('value' in o) shareStrings(o.value, sources[i]!.body, shared);
      });
      const claims = outcomes.flatMap(unwrap);
      const reused = cache.finish();
      const { unknownEntityWarnings } = await extractModule();
      for (const w of unknownEntityWarnings({ sources }, claims, lexicon)) process.stderr.write(`${format(w)}\n`);
      const wroteJson = writeJson(join(p.data, 'claims.json'), claims);
      const wrote = writePieces(join(p.data, 'claims.csv'), csvPieces(claims, claimsToCsv)) || wroteJson;
      return `${claims.length} claims, ${reused.hits} of ${reused.total} sources from the cache${wrote ? '' : ' (unchanged)'}`;
    },
  },
  {
    name: 'reconcile',
    async run(p) {
      const { reconcile, reconcileSummary } = await reconcileModule();
      const lexicon = loadLexicon(p);
      const policyFile = join(p.sources, 'policy.yaml');
      const policyText = readInput(p.root, policyFile, 'policy');
      const policy = parsePolicy(rel(p, policyFile), policyText);
      checkPolicyMetrics(rel(p, policyFile), policyText, policy, lexicon.metrics.map((m) => m.id));
      const result = reconcile(readJson(join(p.data, 'claims.json'), Claims), loadCorpus(p), lexicon, policy);
      const wroteFigures = writeJson(join(p.data, 'figures.json'), result.figures);
      const wroteChecks = writeJson(join(p.data, 'checks.json'), result.checks);
      return `${reconcileSummary(result)}${wroteFigures || wroteChecks ? '' : ' (unchanged)'}`;
    },
  },
  {
    name: 'changes',
    async run(p) {
      const { baselineFor, changesFor, snapshot } = await changesModule();
      const current = snapshot(
        readJson(join(p.data, 'figures.json'), Figures),
        readJson(join(p.data, 'claims.json'), Claims),
        loadCorpus(p),
        readJson(join(p.data, 'checks.json'), Checks),
        inputFiles(p),
      );
      const baseline = await loadBaseline(p);
      const changes = changesFor(baseline, current);
      const wroteSnapshot = writeJson(join(p.data, 'snapshot.json'), current);
      const wrote = writeJson(join(p.data, 'changes.json'), changes) || wroteSnapshot;
      // A build with the content of what `make publish` last published says so: its briefing, as
      // published, compares with the publication before it (none for the first).
      const summary = baselineFor(baseline, current).republished ? msg.CHANGES_STAGE_REPUBLISHED(changes.first, changes.summary) : changes.summary;
      return `${summary}${wrote ? '' : ' (unchanged)'}`;
    },
  },
  {
    name: 'charts',
    async run(p) {
      const dir = join(p.templates, 'charts');
      // Only the charts the template places are built (a spec of another election left in
      // templates/charts/ is no error: `make check-event` lists it); without a template, all.
      const templateFile = join(p.templates, 'briefing.md');
      const { chartId, optionalIds, placedIds } = await placedModule();
      const templateText = existsSync(templateFile) ? readInput(p.root, templateFile, 'template') : null;
      const placed = templateText !== null ? placedIds(templateText) : null;
      // Placed only in `:::optional` passages: left out when this election lacks their data.
      const optional = templateText !== null ? optionalIds(templateText) : new Set<string>();
      const all = readdirSync(dir)
        .filter((f) => f.endsWith('.vl.json'))
        .sort();
      const isPlaced = (f: string) => placed === null || placed.has(chartId(f));
      const unplaced = all.filter((f) => !isPlaced(f));
      const specs = all.filter(isPlaced).map((f) => readText(p, join(dir, f), 'chart'));
      const theme = existsSync(join(dir, 'theme.json')) ? readText(p, join(dir, 'theme.json'), 'theme') : undefined;
      const data = ['figures.json', 'checks.json', 'claims.json', 'corpus.json'].map((f) => join(p.data, f));
      // Hashed once here for both keys (outside a build, as in the preview's warm-up, io.ts fileHash reads the file at each call).
      const dataHashes = data.map((f) => fileHash(f));
      const lexicon = readLexicon(p);
      // A template edit runs this stage again (the placed charts may change): when the placed
      // specs, the theme, the data and the code are those of the last run, its result is taken
      // from <out>/.cache/charts/ without loading Vega.
      const key = sha256(
        [codeHash(CHARTS_CODE), ...specs.flatMap((s) => [s.file, s.text]), [...optional].sort().join(' '), theme?.text ?? '', lexicon.text, ...data.map((f, i) => dataHashes[i] ?? sha256(readFileSync(f)))].join('\0'),
      );
      const cacheFile = join(p.out, '.cache', 'charts', `${key}.json`);
      const Cached = z.object({ charts: Charts, warnings: z.array(DiagnosticSchema) });
      let cached: z.infer<typeof Cached> | null = null;
      try {
        const parsed = Cached.safeParse(JSON.parse(readFileSync(cacheFile, 'utf8')));
        if (parsed.success) cached = parsed.data;
      } catch {
        // not there yet, or damaged: built below
      }
      // In a long-lived process (the preview) the charts are also kept in memory, each by its
      // spec, the theme and the data (charts/keep.ts): until they are kept for these data the
      // disk cache is passed over, so that a spec edit then renders that chart only.
      const dataKey = keepsRenderedCharts() ? sha256([...dataHashes.map((h) => h ?? ''), lexicon.text].join('\0')) : undefined;
      const hit = cached !== null;
      if (!cached || (dataKey !== undefined && !keptFor(dataKey))) {
        const { renderCharts } = await chartsModule();
        const warnings: Diagnostic[] = [];
        const charts = await renderCharts(specs, {
          figures: readJson(data[0]!, Figures),
          checks: readJson(data[1]!, Checks),
          claims: readJson(data[2]!, Claims),
          corpus: loadCorpus(p),
          lexicon: lexicon.lexicon,
        }, theme, warnings, dataKey, optional);
        cached = { charts, warnings };
      }
      if (!hit) {
        try {
          const cacheDir = join(p.out, '.cache', 'charts');
          if (existsSync(cacheDir)) for (const old of readdirSync(cacheDir)) rmSync(join(cacheDir, old), { force: true });
          writeCacheEntry(cacheFile, toJson(cached));
        } catch {
          // a cache that cannot be written is only slower
        }
      }
      for (const w of cached.warnings) process.stderr.write(`${format(w)}\n`);
      const wrote = writeJson(join(p.data, 'charts.json'), cached.charts);
      const built = new Set(cached.charts.map((c) => c.id));
      const absent = specs.map((s) => chartId(s.file)).filter((id) => !built.has(id));
      const skipped =
        (unplaced.length ? `, ${unplaced.length} not placed in the template (${unplaced.map(chartId).join(', ')}) and not built` : '') +
        (absent.length ? msg.CHARTS_OPTIONAL_LEFT_OUT(absent) : '');
      return `${cached.charts.length} charts${skipped}, ${cached.warnings.length} layout warning(s)${wrote ? '' : ' (unchanged)'}`;
    },
  },
  {
    name: 'render',
    async run(p) {
      const { render } = await renderModule();
      const { Changes } = await changesModule();
      const { html, meta, warnings, leftOut } = render({
        template: readText(p, join(p.templates, 'briefing.md'), 'template'),
        layout: readText(p, join(p.templates, 'layout.html'), 'layout'),
        style: readInput(p.root, join(p.templates, 'style.css'), 'style'),
        corpus: loadCorpus(p),
        claims: readJson(join(p.data, 'claims.json'), Claims),
        figures: readJson(join(p.data, 'figures.json'), Figures),
        checks: readJson(join(p.data, 'checks.json'), Checks),
        charts: readJson(join(p.data, 'charts.json'), Charts),
        changes: existsSync(join(p.data, 'changes.json')) ? readJson(join(p.data, 'changes.json'), Changes) : null,
        lexicon: loadLexicon(p),
        policy: describePolicy(loadPolicy(p)),
        inputs: inputFiles(p),
        dataFiles: () => {
          const charts = join(p.templates, 'charts');
          const specs = existsSync(charts) ? readdirSync(charts).filter((f) => f.endsWith('.json')).sort().map((f) => readText(p, join(charts, f), 'chart')) : [];
          return [...sourceFiles(p), readText(p, join(p.sources, 'lexicon.yaml'), 'lexicon'), readText(p, join(p.sources, 'policy.yaml'), 'policy'), ...specs];
        },
      });
      for (const w of warnings) process.stderr.write(`${format(w)}\n`);
      writeJson(join(p.data, 'briefing.json'), meta);
      const wrote = writeIfChanged(join(p.out, 'briefing.html'), html);
      return `${Math.round(html.length / 1024)} KiB, ${warnings.length} warning(s)${leftOut.length ? msg.OPTIONAL_LEFT_OUT_SUMMARY(leftOut) : ''}${wrote ? '' : ' (unchanged)'}`;
    },
  },
  {
    name: 'print',
    async warmUp() {
      (await printModule()).warmUpPrinter();
    },
    async coolDown() {
      await (await printModule()).closeWarmPrinter();
    },
    async run(p) {
      const { BriefingMeta } = await renderModule();
      const { epochDate, printPdf } = await printModule();
      const html = readFileSync(join(p.out, 'briefing.html'), 'utf8');
      const meta = readJson(join(p.data, 'briefing.json'), BriefingMeta);
      const { layoutWarnings } = await import('../print/layout.ts');
      const { pdf, requests, layout } = await printPdf(html, {
        title: meta.title,
        author: meta.author,
        subject: meta.subject,
        keywords: meta.keywords,
        language: meta.language,
        date: epochDate(process.env, new Date(`${meta.date}T00:00:00Z`)),
      });
      const warnings = layoutWarnings(rel(p, join(p.shownOut ?? p.out, 'briefing.pdf')), layout);
      for (const w of warnings) process.stderr.write(`${format(w)}\n`);
      const wrote = writeIfChanged(join(p.out, 'briefing.pdf'), pdf);
      return `${layout.pages} pages, ${Math.round(pdf.length / 1024)} KiB, ${warnings.length} layout warning(s), ${requests.blocked.length} request(s) blocked${wrote ? '' : ' (unchanged)'}`;
    },
  },
];

// ── commands for people (the CLI lists them; Make has a target for each) ───────────────────

/** The artifacts and data files whose JSON Schema `schemas` writes, from the zod schemas. */
async function schemaTable(): Promise<[string, z.ZodType][]> {
  const { Changes, Snapshot } = await changesModule();
  const { BriefingMeta } = await renderModule();
  return [
    ['corpus', Corpus],
    ['claims', Claims],
    ['figures', Figures],
    ['checks', Checks],
    ['charts', Charts],
    ['changes', Changes],
    ['snapshot', Snapshot],
    ['briefing', BriefingMeta],
    ['source-front-matter', SourceMeta],
    ['lexicon', Lexicon],
    ['policy', PolicySchema],
  ];
}

/** The corpus with only the source `claims ID` names (all without one); an unknown id is an error. */
export function onlySource(corpus: Corpus, args: string[]): Corpus {
  if (args.length === 0) return corpus;
  const ids = corpus.sources.map((s) => s.meta.id);
  const [id, ...rest] = args;
  if (rest.length > 0) throw new PipelineError(diagnostic({ file: 'claims' }, 'usage', msg.CLAIMS_ONE_SOURCE, msg.CLAIMS_UNKNOWN_SOURCE_HINT(null, ids)));
  if (!ids.includes(id!)) {
    // A file's name (sources/kisi-preliminary.md) given for its id (kisi) suggests that id.
    const byFile = corpus.sources.find((s) => s.file !== undefined && [s.file, basename(s.file), basename(s.file, '.md')].includes(id!));
    const nearest = byFile ? byFile.meta.id : ids.length ? closest(id!, ids) : null;
    throw new PipelineError(diagnostic({ file: 'sources' }, 'unknown-source', msg.CLAIMS_UNKNOWN_SOURCE(id!), msg.CLAIMS_UNKNOWN_SOURCE_HINT(nearest, ids)));
  }
  return { ...corpus, sources: corpus.sources.filter((s) => s.meta.id === id) };
}

export const commands: Command[] = [
  {
    name: 'claims',
    interactive: true,
    args: '[SOURCE-ID]',
    make: 'make claims SOURCE=ID',
    describe: 'print, per source (or for the one named), the claims found and every number that became no claim',
    async run(p, o) {
      const { formatClaimsReport, unclaimedNumbers } = await claimsReportModule();
      const corpus = onlySource(loadCorpus(p), o.args);
      const claims = readJson(join(p.data, 'claims.json'), Claims);
      const lexicon = loadLexicon(p);
      process.stdout.write(formatClaimsReport(corpus, claims, unclaimedNumbers(corpus, lexicon, claims), lexicon.entities));
    },
  },
  {
    name: 'eval',
    interactive: true,
    describe: 'how many sources are annotated, and the precision and recall of the extractor on them (test/fixtures/annotation/)',
    async run(p) {
      const { evaluateCorpus, formatCoverage, formatEvaluation, parseAnnotation } = await evalModule();
      const { extract } = await extractModule();
      const dir = join(p.root, 'test', 'fixtures', 'annotation');
      const annotation = readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => parseAnnotation(rel(p, join(dir, f)), readFileSync(join(dir, f), 'utf8')));
      const corpus = loadCorpus(p);
      const { coverage, evaluation } = evaluateCorpus(corpus.sources.map((s) => s.meta.id), extract(corpus, loadLexicon(p)), annotation);
      process.stdout.write(`${formatCoverage(coverage)}\n${formatEvaluation(evaluation)}`);
    },
  },
  {
    name: 'eval-corpus',
    interactive: true,
    describe: 'extraction and reconciliation on the development corpus (test/corpus/): strict and loose precision and recall per event and half, the key figures official, and the key figures right as the articles are added one at a time (test half in totals only); --details tune lists the tune half\'s errors',
    async run(p, o) {
      if (o.details !== undefined && o.details !== 'tune') fail({ file: 'eval-corpus' }, 'usage', msg.CORPUS_DETAILS_ONLY_TUNE);
      const { evaluateCorpus, eventLexicon, formatCorpusEvaluation, matchEntityIds } = await corpusEvalModule();
      const { loadCorpusEvents, loadSecondReadings } = await import('../shared/corpus.ts');
      const { extract } = await extractModule();
      const { ingest } = await ingestModule();
      // The corpus folder: test/corpus/, or the one given after the command.
      const dir = o.args[0] !== undefined ? resolve(p.root, o.args[0]) : join(p.root, 'test', 'corpus');
      const base = generalLexicon().lexicon;
      const events = loadCorpusEvents(dir, (f) => rel(p, f));
      const unreadable: string[] = [];
      const text = (id: string) => {
        const file = join(dir, 'texts', `${id}.md`);
        return existsSync(file) ? { file: rel(p, file), text: readFileSync(file, 'utf8') } : null;
      };
      // Each article is ingested and extracted once: for its extraction score and for the curve.
      const done = new Map<string, { corpus: Corpus; claims: Claim[] } | null>();
      const run = (file: { file: string; text: string }, lexicon: Lexicon) => {
        if (done.has(file.file)) return done.get(file.file)!;
        let out: { corpus: Corpus; claims: Claim[] } | null = null;
        try {
          const corpus = ingest([file], lexicon);
          out = { corpus, claims: extract(corpus, lexicon) };
        } catch (error) {
          unreadable.push((error as Error).message.split('\n')[0]!);
        }
        done.set(file.file, out);
        return out;
      };
      // Each event's lexicon: the annotation's entities, or an analyst's file (--lexicons DIR).
      const lexicons = new Map<string, Lexicon>();
      const lexiconFor = (ev: (typeof events)[number]) => {
        let lexicon = lexicons.get(ev.id);
        if (lexicon) return lexicon;
        const file = o.lexicons !== undefined ? join(resolve(p.root, o.lexicons), `${ev.id}.yaml`) : null;
        if (file && existsSync(file)) {
          const own = readInput(p.root, file, 'lexicon');
          const matched = matchEntityIds(parseLexicon(rel(p, file), own), ev.event);
          lexicon = matched.lexicon;
          process.stdout.write(`${msg.CORPUS_LEXICON_USED(ev.id, rel(p, file), own.split('\n').filter((l) => l.trim() !== '').length, matched.renamed)}\n`);
        } else lexicon = eventLexicon(base, ev.event);
        lexicons.set(ev.id, lexicon);
        return lexicon;
      };
      const e = evaluateCorpus(events, text, run, lexiconFor, loadSecondReadings(dir, (f) => rel(p, f)));
      process.stdout.write(formatCorpusEvaluation(e, o.details === 'tune' ? 'tune' : null));
      for (const u of unreadable) process.stdout.write(`${u}\n`);
      // Reconciliation: on the annotations (every key figure official?), then end to end as sources are added.
      const { evaluateEvent, eventCase, formatCurves, formatReconcileEval, sourcesCurve } = await reconcileCorpusModule();
      const policy = loadPolicy(p);
      const results = [];
      const curves = [];
      for (const ev of events) {
        const annotated = eventCase(ev.event, ev.articles.map((a) => a.article));
        results.push(evaluateEvent(annotated, policy));
        const lexicon = lexiconFor(ev);
        curves.push(
          sourcesCurve(annotated, policy, lexicon, (id) => {
            const t = text(id);
            return t ? run(t, lexicon) : null;
          }),
        );
      }
      process.stdout.write(`\n${formatReconcileEval(results, true)}\n${formatCurves(curves)}`);
    },
  },
  {
    name: 'diff',
    interactive: true,
    describe: 'what changed since the last published briefing (output/publish/baseline.json)',
    async run(p) {
      const { Snapshot, diffReport } = await changesModule();
      const current = readJson(join(p.data, 'snapshot.json'), Snapshot);
      process.stdout.write(`${diffReport(await loadBaseline(p), current)}\n`);
    },
  },
  {
    name: 'lexicon-fields',
    interactive: true,
    describe: "every field an event's lexicon may give: its form, the general words it joins (with their line in the general lexicon) and what it means",
    async run() {
      const { formatFields, lexiconFields, schemaDocs } = await import('../shared/fields.ts');
      const lexicon = await import('../shared/lexicon.ts');
      const named = new Map<unknown, string>(Object.entries(lexicon).filter(([, v]) => v instanceof z.ZodType).map(([k, v]) => [v, k]));
      const docs = schemaDocs(readFileSync(join(codeDir, 'shared', 'lexicon.ts'), 'utf8'));
      process.stdout.write(`${formatFields(lexiconFields(Lexicon, named, docs, generalLexicon().text), `pipeline/${GENERAL_LEXICON}`)}\n`);
    },
  },
  {
    name: 'schemas',
    describe: 'write the JSON Schema of every artifact and data file to output/schema/',
    async run(p) {
      let wrote = 0;
      const table = await schemaTable();
      for (const [name, schema] of table) {
        const json = toJson(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }));
        if (writeIfChanged(join(p.out, 'schema', `${name}.schema.json`), json)) wrote += 1;
      }
      return `${table.length} schemas (${wrote} written)`;
    },
  },
  {
    name: 'eval-reconcile',
    interactive: true,
    describe: 'per development-corpus event (test/corpus/), whether every chosen key figure equals the official-results article, from the annotations alone',
    async run(p) {
      const { evaluateEvent, eventCase, formatReconcileEval } = await reconcileCorpusModule();
      const { loadCorpusEvents } = await import('../shared/corpus.ts');
      const policy = loadPolicy(p);
      const results = loadCorpusEvents(join(p.root, 'test', 'corpus'), (f) => rel(p, f)).map((ev) =>
        evaluateEvent(
          eventCase(
            ev.event,
            ev.articles.map((a) => a.article),
          ),
          policy,
        ),
      );
      process.stdout.write(formatReconcileEval(results, true));
    },
  },
];
