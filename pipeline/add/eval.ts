/**
 * `make eval-add`: `make add` on real saved news pages, against what a reader sees on them.
 *
 * The pages are Mozilla Readability's test pages (copied by hand into the git-ignored
 * `test/real-pages/<name>/`; never committed). `test/fixtures/add/real-pages.json` lists the
 * news articles among them with their headline, outlet and date as read on each page by hand.
 * Printed, per page and in all:
 *   - title, outlet and date right (compared loosely: case, white space, quotes, a leading
 *     "The"; any of the listed spellings);
 *   - furniture lines kept: lines of the added text that are not in the page's expected
 *     article text (the `expected.html` the test page ships, Readability's own result, turned
 *     into Markdown by the same chain);
 *   - paragraphs lost: lines of the expected text missing from the added one;
 *   - what ingest says of each written file (warnings, or the error that would stop a build).
 * A page named in the list but missing from the folder is named, and left out of the rates.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { addPage } from './index.ts';
import { htmlToMarkdown } from './content.ts';
import { ingestSource } from '../ingest/index.ts';
import { parseLexicon, type Lexicon } from '../shared/lexicon.ts';
import { asPipelineError, format } from '../shared/errors.ts';

interface Truth {
  title: string[];
  outlet: string[];
  published: (string | null)[];
}

export interface PageScore {
  page: string;
  title: boolean;
  outlet: boolean;
  published: boolean;
  got: { title: string | null; outlet: string | null; published: string | null };
  kept: string[];
  lost: string[];
  /** What ingest says of the written file: its warnings, or the error that stops it. */
  ingest: string[];
  ms: number;
}

const loose = (s: string | null) =>
  s === null
    ? null
    : s
        .normalize('NFC')
        .toLowerCase()
        .replace(/[’‘]/g, "'")
        .replace(/[“”]/g, '"')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^the /, '');

function lineKeys(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((l) => loose(l.replace(/^(?:[ \t]*(?:[-*+>]|\d+[.)]|#{1,6}|\|)[ \t]+)+/, ''))!)
    .filter((l) => /[\p{L}\p{N}]/u.test(l));
}

export function scorePage(page: string, source: Uint8Array, expectedHtml: string, truth: Truth, lexicon: Lexicon): PageScore {
  const start = performance.now();
  const result = addPage(source, { label: page, existing: [], taken: new Set() });
  const ms = performance.now() - start;
  const meta = result.meta;
  const got = { title: meta?.title ?? null, outlet: meta?.outlet ?? null, published: meta?.published ?? null };
  const ok = (value: string | null, list: (string | null)[]) => list.some((t) => loose(t) === loose(value));
  const body = result.text ? result.text.slice(result.text.indexOf('\n---\n') + 5) : '';
  const mine = lineKeys(body);
  const expected = lineKeys(htmlToMarkdown(expectedHtml).markdown);
  let ingest: string[] = [];
  if (result.text) {
    try {
      ingest = ingestSource({ file: result.file!, text: result.text }, lexicon).warnings.map(format);
    } catch (error) {
      const known = asPipelineError(error);
      if (!known) throw error;
      ingest = known.diagnostics.map(format);
    }
  }
  const mineSet = new Set(mine);
  const expectedSet = new Set(expected);
  return {
    page,
    title: ok(got.title, truth.title),
    outlet: ok(got.outlet, truth.outlet),
    published: ok(got.published, truth.published),
    got,
    kept: mine.filter((l) => !expectedSet.has(l)),
    lost: expected.filter((l) => !mineSet.has(l)),
    ingest,
    ms,
  };
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} %`);

export function evalAdd(root: string): string {
  const list = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'add', 'real-pages.json'), 'utf8')) as { pages: Record<string, Truth> };
  const dir = join(root, 'test', 'real-pages');
  // The project's lexicon (its boilerplate rules are what ingest applies to an added article).
  const lexiconFile = [join(root, 'sources', 'lexicon.yaml'), join(root, 'test', 'fixtures', 'add', 'project', 'sources', 'lexicon.yaml')].find((f) => existsSync(f))!;
  const lexicon = parseLexicon(lexiconFile, readFileSync(lexiconFile, 'utf8'));
  const scores: PageScore[] = [];
  const missing: string[] = [];
  for (const [page, truth] of Object.entries(list.pages)) {
    const src = join(dir, page, 'source.html');
    const exp = join(dir, page, 'expected.html');
    if (!existsSync(src) || !existsSync(exp)) {
      missing.push(page);
      continue;
    }
    scores.push(scorePage(page, readFileSync(src), readFileSync(exp, 'utf8'), truth, lexicon));
  }
  const out: string[] = ['make add on real saved news pages (test/real-pages/, Readability\'s test pages)', ''];
  for (const s of scores) {
    const mark = (b: boolean) => (b ? '✓' : '✗');
    out.push(`${s.page.padEnd(18)} title ${mark(s.title)} outlet ${mark(s.outlet)} date ${mark(s.published)}  furniture kept ${String(s.kept.length).padStart(2)}  paragraphs lost ${String(s.lost.length).padStart(2)}  ${s.ms.toFixed(0)} ms`);
    if (!s.title) out.push(`    title:  ${JSON.stringify(s.got.title)}`);
    if (!s.outlet) out.push(`    outlet: ${JSON.stringify(s.got.outlet)}`);
    if (!s.published) out.push(`    date:   ${JSON.stringify(s.got.published)}`);
    for (const l of s.kept.slice(0, 3)) out.push(`    kept: ${l.slice(0, 100)}`);
    for (const l of s.lost.slice(0, 3)) out.push(`    lost: ${l.slice(0, 100)}`);
    for (const l of s.ingest.slice(0, 3)) out.push(`    ingest: ${l.split('\n')[0]!.slice(0, 140)}`);
  }
  const n = scores.length;
  const count = (f: (s: PageScore) => boolean) => scores.filter(f).length;
  const all = count((s) => s.title && s.outlet && s.published);
  const keptLines = scores.reduce((a, s) => a + s.kept.length, 0);
  const lostLines = scores.reduce((a, s) => a + s.lost.length, 0);
  const times = scores.map((s) => s.ms).sort((a, b) => a - b);
  out.push(
    '',
    `pages: ${n}${missing.length ? ` (missing from test/real-pages/: ${missing.join(', ')})` : ''}`,
    `title right: ${count((s) => s.title)}/${n} = ${pct(count((s) => s.title), n)}`,
    `outlet right: ${count((s) => s.outlet)}/${n} = ${pct(count((s) => s.outlet), n)}`,
    `date right: ${count((s) => s.published)}/${n} = ${pct(count((s) => s.published), n)}`,
    `title, outlet and date all right: ${all}/${n} = ${pct(all, n)} (goal: at least 95 %)`,
    `furniture lines kept: ${keptLines} in ${count((s) => s.kept.length > 0)} pages; article paragraphs lost: ${lostLines} in ${count((s) => s.lost.length > 0)} pages (goal: none)`,
    `ingest of the written files: ${scores.reduce((a, s) => a + s.ingest.length, 0)} warnings or errors (lexicon: ${relative(root, lexiconFile)})`,
    n ? `time per page (in this process, after the first): median ${times[Math.floor(n / 2)]!.toFixed(0)} ms, max ${times[n - 1]!.toFixed(0)} ms` : '',
  );
  if (n === 0) out.push('No page to evaluate: copy test/test-pages/<name>/ of Mozilla\'s Readability repository into test/real-pages/<name>/ for the pages listed in test/fixtures/add/real-pages.json.');
  return out.join('\n');
}
