/**
 * The layout check on fixture corpora of three invented events and three sizes (5, 10 and 60
 * articles; test/fixtures/corpora/): each is built by the real pipeline and printed by the
 * real Chromium, and the build must give no warning at all: no label overlapping another or
 * a rule line (charts stage), no element past the page's text area and no page under 40 %
 * full that ends no section (print stage). Also: the check finds what it should on a page
 * made to fail it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assemble, events } from './corpora.ts';
import { copySeeds } from '../paths.ts';
import { collisions, sceneShapes } from '../../pipeline/charts/collisions.ts';
import { pageMargins, underfull } from '../../pipeline/print/layout.ts';
import { printPdf } from '../../pipeline/print/index.ts';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const STAGES = ['ingest', 'extract', 'reconcile', 'changes', 'charts', 'render', 'print'];
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** Builds the project in `dir` with every stage; its stdout, stderr and exit status. */
function build(dir: string) {
  return spawnSync(tsx, [join(root, 'pipeline', 'build', 'cli.ts'), ...STAGES, '--root', dir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '', CI: '1' },
  });
}

/** Builds `dir`, expects no warning at all, and returns the page count (the build's, checked against pdfinfo). */
function pagesWithoutWarnings(dir: string): number {
  const run = build(dir);
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr.split('\n').filter((l) => / warning: /.test(l))).toEqual([]);
  const reported = Number(/print .* (\d+) pages,/.exec(run.stdout)?.[1]);
  const info = execFileSync('pdfinfo', [join(dir, 'output', 'briefing.pdf')], { encoding: 'utf8' });
  expect(Number(/^Pages: +(\d+)$/m.exec(info)![1])).toBe(reported);
  return reported;
}

describe.each(events())('the briefing of the fixture corpus %s', (event) => {
  it('builds with no warning, and the PDF has the pages the build reports', () => {
    const dir = mkdtempSync(join(tmpdir(), `briefing-layout-${event}-`));
    temps.push(dir);
    assemble(event, dir);
    expect(pagesWithoutWarnings(dir)).toBeGreaterThan(2);
  }, 240_000);
});

describe('the briefing of the fixture project (five articles of the seeds)', () => {
  it('builds with no warning on 10 pages at most', () => {
    const dir = copySeeds('briefing-layout-seeds-');
    temps.push(dir);
    expect(pagesWithoutWarnings(dir)).toBeLessThanOrEqual(10);
  }, 240_000);
});

describe('the layout check', () => {
  it('reads the page margins of the @page rule', () => {
    const m = pageMargins('<style>@page { size: A4; margin: 20mm 18mm 18mm 18mm; }</style>');
    expect(m.top).toBeCloseTo(56.69, 1);
    expect(m.right).toBeCloseTo(51.02, 1);
    expect(pageMargins('<style>@page { margin: 1in }</style>')).toEqual({ top: 72, right: 72, bottom: 72, left: 72 });
    expect(pageMargins('<style>p { margin: 1in }</style>')).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
    // A comment, a first-page rule, a later longhand: as the cascade reads them.
    expect(pageMargins('<style>/* @page { margin: 2in } */ @page { margin: 1in } @page :first { margin: 3in } @page { margin-left: 0.5in }</style>')).toEqual({ top: 72, right: 72, bottom: 72, left: 36 });
  });

  it('counts a page under 40 % as underfull only when no section begins on the next page', () => {
    const page = (fill: number, startsSection = false) => ({ text: '', fill, startsSection });
    expect(underfull([page(0.9), page(0.2), page(0.8), page(0.1), page(0.95, true), page(0.1)])).toEqual([{ page: 2, percent: 20 }]);
  });

  it('finds labels that overlap and a rule line through a label, from the scene graph', () => {
    const text = (t: string, x1: number, y1: number, x2: number, y2: number) => ({ text: t, bounds: { x1, y1, x2, y2 } });
    const scene = {
      marktype: 'group',
      items: [
        {
          x: 10,
          y: 0,
          items: [
            { marktype: 'text', role: 'mark', items: [text('Majority 5 of 9', 0, 0, 60, 10), text('Two thirds 6', 40, 2, 90, 12), text('clear', 0, 30, 20, 40)] },
            { marktype: 'rule', role: 'mark', items: [{ x: 10, y: 25, x2: 10, y2: 50 }] },
            { marktype: 'rule', role: 'axis-tick', items: [{ x: 5, y: 0, x2: 5, y2: 50 }] },
          ],
        },
      ],
    };
    expect(collisions(sceneShapes(scene))).toEqual([
      { kind: 'labels', a: 'Majority 5 of 9', b: 'Two thirds 6' },
      { kind: 'rule', a: 'clear', b: 'mark' },
    ]);
  });

  it('names an element past the right edge and the page it is on, and a page left nearly empty', async () => {
    const filler = Array.from({ length: 40 }, (_, i) => `<p>Line ${i} of the first section.</p>`).join('');
    const html = `<!doctype html><html><head><style>@page { size: A4; margin: 20mm 18mm }</style></head><body>
      <h2 id="one">One</h2>${filler}<p>Short.</p><div style="break-before: page"></div><p>Still the first section.</p>
      <div style="break-before: page"></div><h2 id="two">Two</h2><p class="wide" style="white-space: nowrap">${'wide '.repeat(200)}</p>
      <nav><a href="#one">One</a> <a href="#two">Two</a></nav></body></html>`;
    const { layout } = await printPdf(html, { title: 't', author: 'a', subject: 's', keywords: [], date: new Date(0) });
    expect(layout.overflows).toHaveLength(1);
    expect(layout.overflows[0]).toMatchObject({ element: 'p.wide', page: 3 });
    expect(layout.underfull).toEqual([]);
    expect(layout.pages).toBe(3);
  }, 60_000);
});

describe('numbers as the language writes them', () => {
  it('keeps every digit of a count stated to the unit, and "million" where the source wrote millions', async () => {
    const { formatValue } = await import('../../pipeline/shared/format.ts');
    const v = (value: number, precision: number, unit = 'people') => ({ value, low: null, high: null, precision, unit });
    expect(formatValue(v(1_182_291, 0.5))).toBe('1,182,291\u00a0people');
    expect(formatValue(v(3_703_420, 0.5))).toBe('3,703,420\u00a0people');
    expect(formatValue(v(3_700_000, 50_000))).toBe('3.7 million\u00a0people');
    expect(formatValue(v(12_000_000, 500_000))).toBe('12 million\u00a0people');
    expect(formatValue(v(1_182_291, 0.5), true, 'de')).toBe('1.182.291\u00a0people');
    expect(formatValue(v(1e21, 0.5), false)).not.toMatch(/e/);
  });
});
