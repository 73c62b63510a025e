/**
 * `make bench`, worst-case inputs: each case at doubling sizes, each size in its own process,
 * with the time of every stage and the ratio of each size's time to the size before it. A stage
 * whose cost is linear in its input takes about 2× per doubling; 4× would be quadratic (processor
 * time: on a shared machine the wall time of one run varies threefold). Nothing
 * here asserts a time: the benchmark prints, the tests never time.
 *
 * - many figures in one article: the real articles' texts joined into one article (each line
 *   tagged so that no line repeats, which boilerplate removal would drop), up to the limit of
 *   figures per article (inputs.ts MAX_CLAIMS_PER_SOURCE) and one size past it (refused: the time
 *   to the refusal), ingest → render; `× render` is the check that render stays linear in the
 *   claims it cites;
 * - one long line: the same texts on a single line, up to the article limit, ingest and extract;
 * - deep nesting: quotes nested 8 to 32 levels (the limit) and 1,300 (refused), ingest;
 * - many small articles: generated corpora (corpusgen.ts) ingest → render, the briefing's HTML
 *   included (print is left out: the PDF of 10,000 source entries is the print floor's business).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asPipelineError } from '../shared/errors.ts';
import type { SourceFile } from '../ingest/index.ts';
import { generateCorpus } from './corpusgen.ts';
import { GOALS } from './graph.ts';

export const WORST_CASES = ['figures', 'long-line', 'nesting', 'articles'] as const;
export type WorstCase = (typeof WORST_CASES)[number];

/** The sizes of each case: articles joined, megabytes on one line, levels, articles. */
export const WORST_SIZES: Readonly<Record<WorstCase, readonly number[]>> = {
  figures: [20, 40, 80, 150, 200],
  'long-line': [0.25, 0.5, 1, 1.9],
  nesting: [8, 16, 32, 1300],
  articles: [1000, 2000, 4000, 10000],
};

export interface WorstFigures {
  case: WorstCase;
  size: number;
  bytes: number;
  claims: number | null;
  /** Each stage's wall time and processor time (user + system, ms): on a busy machine the wall time is mostly waiting. */
  stages: { stage: string; ms: number; cpuMs: number }[];
  ms: number;
  cpuMs: number;
  /** "built", or the rule of the error that refused it. */
  outcome: string;
  maxRssBytes: number;
}

/** The stages up to the HTML: the `data` goal's and `html`'s (graph.ts). */
const RENDER_STAGES = [...GOALS.data!, ...GOALS.html!];

/** A tag made of letters (a number would be read as a figure): 0 → "a", 27 → "bb". */
export function letters(n: number): string {
  let s = '';
  let k = n;
  do {
    s = String.fromCharCode(97 + (k % 26)) + s;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return s;
}

/** The body of an article (what follows its front matter). */
function body(text: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/** The front matter of the first seed with another id, for a generated article. */
function frontMatter(seed: SourceFile, id: string): string {
  const m = /^---\r?\n([\s\S]*?\r?\n)---[ \t]*\r?\n/.exec(seed.text);
  return `---\n${(m?.[1] ?? '').replace(/^id:.*$/m, `id: ${id}`)}---\n`;
}

/** `copies` of the seeds' texts in one article, every non-empty line tagged so that none repeats. */
export function joinedArticle(seeds: SourceFile[], copies: number, oneLine = false): SourceFile {
  const lines: string[] = [];
  for (let c = 0; c < copies; c += 1) {
    const seed = seeds[c % seeds.length]!;
    body(seed.text)
      .split('\n')
      .filter((l) => l.trim() !== '')
      .forEach((l, i) => lines.push(`${l} (Part ${letters(c)} ${letters(i)}.)`));
  }
  return { file: 'sources/worst.md', text: `${frontMatter(seeds[0]!, 'worst')}${lines.join(oneLine ? ' ' : '\n\n')}\n` };
}

/** An article of about `megabytes` MB of the seeds' text on one line. */
function longLine(seeds: SourceFile[], megabytes: number): SourceFile {
  const want = Math.floor(megabytes * 1e6);
  let copies = seeds.length;
  let article = joinedArticle(seeds, copies, true);
  while (Buffer.byteLength(article.text) < want) article = joinedArticle(seeds, (copies *= 2), true);
  const cut = article.text.slice(0, want);
  return { file: article.file, text: `${cut.slice(0, cut.lastIndexOf(' '))}\n` };
}

/** An article whose one paragraph is quoted `depth` levels deep. */
function nested(seeds: SourceFile[], depth: number): SourceFile {
  const paragraph = body(seeds[0]!.text).split('\n').find((l) => l.trim().length > 40) ?? 'A paragraph.';
  const lines = Array.from({ length: depth }, (_, i) => `${'> '.repeat(i + 1)}${paragraph}`);
  return { file: 'sources/worst.md', text: `${frontMatter(seeds[0]!, 'worst')}${lines.join(`\n`)}\n` };
}

/** A project in a temporary folder: the root's lexicon, policy and templates, and `articles`. */
function project(root: string, articles: SourceFile[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-bench-worst-'));
  mkdirSync(join(dir, 'sources'));
  for (const f of ['lexicon.yaml', 'policy.yaml']) cpSync(join(root, 'sources', f), join(dir, 'sources', f));
  cpSync(join(root, 'templates'), join(dir, 'templates'), { recursive: true });
  for (const a of articles) writeFileSync(join(dir, a.file), a.text);
  return dir;
}

/** In the child process: one case at one size. */
export async function worstChild(root: string, kind: WorstCase, size: number): Promise<WorstFigures> {
  const { paths, sourceFiles, stages } = await import('./stages.ts');
  const seeds = sourceFiles(paths(root)).sort((a, b) => (a.file < b.file ? -1 : 1));
  const articles =
    kind === 'figures' ? [joinedArticle(seeds, size)] : kind === 'long-line' ? [longLine(seeds, size)] : kind === 'nesting' ? [nested(seeds, size)] : generateCorpus(seeds, size);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const names = kind === 'nesting' ? ['ingest'] : kind === 'long-line' ? ['ingest', 'extract'] : RENDER_STAGES;
  const dir = project(root, articles);
  const p = paths(dir);
  const times: WorstFigures['stages'] = [];
  let outcome = 'built';
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const t0 = performance.now();
  const c0 = cpu();
  try {
    for (const name of names) {
      const stage = stages.find((s) => s.name === name)!;
      const t = performance.now();
      const c = cpu();
      // The stages report warnings on stderr: not this report's business.
      const write = process.stderr.write;
      process.stderr.write = (() => true) as typeof process.stderr.write;
      try {
        await stage.run(p);
      } finally {
        process.stderr.write = write;
        times.push({ stage: name, ms: performance.now() - t, cpuMs: cpu() - c });
      }
    }
  } catch (error) {
    const known = asPipelineError(error);
    if (!known) throw error;
    outcome = `refused [${known.diagnostics[0]?.ruleId ?? '?'}]`;
  }
  const ms = performance.now() - t0;
  const cpuMs = cpu() - c0;
  let claims: number | null = null;
  try {
    const { readJson } = await import('../shared/io.ts');
    const { Claims } = await import('../shared/schema.ts');
    if (readdirSync(p.data).includes('claims.json')) claims = readJson(join(p.data, 'claims.json'), Claims).length;
  } catch {
    // no claims written (refused before extract)
  }
  rmSync(dir, { recursive: true, force: true });
  return { case: kind, size, bytes, claims, stages: times, ms, cpuMs, outcome, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
}

/** How a size is written in the report. */
export function sizeWords(kind: WorstCase, size: number): string {
  if (kind === 'figures') return `${size} texts joined`;
  if (kind === 'long-line') return `${size} MB on one line`;
  if (kind === 'nesting') return `${size} levels`;
  return `${size.toLocaleString('en')} articles`;
}

/**
 * The report of one case: a row per size with each stage's processor time, the total wall and
 * processor time, and the ratio of the processor time (of all, and of render) to the size
 * before it, against the ratio of the input's bytes (processor time, because on a shared
 * machine the wall time of the same run varies threefold); rows that failed say why.
 */
export function worstRows(rows: (WorstFigures | { case: WorstCase; size: number; error: string })[]): string[][] {
  const stageNames = [...new Set(rows.flatMap((r) => ('stages' in r ? r.stages.map((s) => s.stage) : [])))];
  const render = stageNames.includes('render');
  const out: string[][] = [['size', 'MB', 'claims', ...stageNames, 'wall', 'processor', '× processor', ...(render ? ['× render'] : []), '× bytes', 'outcome']];
  let before: WorstFigures | null = null;
  const s = (ms: number) => (ms / 1000).toFixed(2);
  for (const r of rows) {
    if ('error' in r) {
      out.push([sizeWords(r.case, r.size), '', '', ...stageNames.map(() => ''), '', '', '', ...(render ? [''] : []), '', r.error]);
      continue;
    }
    const cpuOf = (f: WorstFigures, name: string) => f.stages.find((x) => x.stage === name)?.cpuMs;
    const comparable = before !== null && before.outcome === 'built' && r.outcome === 'built';
    const renderRatio = comparable && cpuOf(r, 'render') !== undefined && cpuOf(before!, 'render') !== undefined ? `${(cpuOf(r, 'render')! / cpuOf(before!, 'render')!).toFixed(2)}×` : '';
    out.push([
      sizeWords(r.case, r.size),
      (r.bytes / 1e6).toFixed(2),
      r.claims === null ? '-' : String(r.claims),
      ...stageNames.map((n) => (cpuOf(r, n) === undefined ? '-' : s(cpuOf(r, n)!))),
      `${s(r.ms)} s`,
      `${s(r.cpuMs)} s`,
      comparable ? `${(r.cpuMs / before!.cpuMs).toFixed(2)}×` : '',
      ...(render ? [renderRatio] : []),
      comparable ? `${(r.bytes / before!.bytes).toFixed(2)}×` : '',
      r.outcome,
    ]);
    before = r;
  }
  return out;
}
