/**
 * Charts: fixture cases (spec files + a shared figures context → artifact JSON and SVG, or the
 * formatted error), the editor specs in templates/charts/ against the same figures, text
 * measurement with the real font, determinism, and charts that follow their figures.
 *
 * Regenerate the expected outputs with UPDATE_FIXTURES=1 and review the diff.
 */
import { smarten } from '../../pipeline/shared/typography.ts';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chartId, keepRenderedCharts, renderCharts, type ChartContext } from '../../pipeline/charts/index.ts';
import { PipelineError, format, type Diagnostic } from '../../pipeline/shared/errors.ts';
import * as msg from '../../pipeline/shared/messages.ts';
import { measureText } from '../../pipeline/charts/measure.ts';
import { extract } from '../../pipeline/extract/index.ts';
import { ingest } from '../../pipeline/ingest/index.ts';
import { reconcile } from '../../pipeline/reconcile/index.ts';
import { loadLexicon, loadPolicy, paths, rel, sourceFiles } from '../../pipeline/build/stages.ts';
import { formatValue } from '../../pipeline/render/index.ts';
import type { ChartArtifact, Figure } from '../../pipeline/shared/schema.ts';
import { fixtures, seeds } from '../paths.ts';

const chartFixtures = join(fixtures, 'charts');

const root = seeds;
const update = process.env.UPDATE_FIXTURES === '1';

function context(): ChartContext {
  return JSON.parse(readFileSync(join(chartFixtures, 'context.json'), 'utf8')) as ChartContext;
}

type SpecText = { file: string; text: string };

function readSpecs(dir: string, as: string): { specs: SpecText[]; theme: SpecText | undefined } {
  const specs = readdirSync(dir)
    .filter((f) => f.endsWith('.vl.json'))
    .sort()
    .map((f) => ({ file: `${as}/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
  const themeFile = join(dir, 'theme.json');
  const theme = existsSync(themeFile) ? { file: `${as}/theme.json`, text: readFileSync(themeFile, 'utf8') } : undefined;
  return { specs, theme };
}

function editorSpecs() {
  return readSpecs(join(root, 'templates', 'charts'), 'templates/charts');
}

async function errorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PipelineError) return `${error.diagnostics.map(format).join('\n')}\n`;
    throw error;
  }
  throw new Error('expected a PipelineError');
}

function expectFile(path: string, actual: string) {
  if (update) {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** Every text the SVG draws, in order, with entities decoded. */
function svgTexts(svg: string): string[] {
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1]!));
}

// ── fixture cases ──────────────────────────────────────────────────────────────────────────

const cases = readdirSync(chartFixtures, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('chart fixtures', () => {
  for (const name of cases) {
    it(name, async () => {
      const { specs, theme } = readSpecs(join(chartFixtures, name, 'input'), `test/fixtures/charts/${name}/input`);
      const out = join(chartFixtures, name, 'output');
      if (name.startsWith('error-')) {
        expectFile(join(out, 'error.txt'), await errorOf(renderCharts(specs, context(), theme)));
        return;
      }
      const charts = await renderCharts(specs, context(), theme);
      for (const c of charts) {
        const { svg, ...rest } = c;
        expectFile(join(out, `${c.id}.json`), `${JSON.stringify(rest, null, 2)}\n`);
        expectFile(join(out, `${c.id}.svg`), `${svg}\n`);
      }
    });
  }
});

// ── the editor specs against the fixture figures ───────────────────────────────────────────

describe('the briefing charts (templates/charts)', async () => {
  const { specs, theme } = editorSpecs();
  const ctx = context();
  const charts = await renderCharts(specs, ctx, theme);
  const byId = new Map(charts.map((c) => [c.id, c]));
  const figures = new Map(ctx.figures.map((f) => [f.id, f]));

  it('has the five charts the briefing template names', () => {
    const template = readFileSync(join(root, 'templates', 'briefing.md'), 'utf8');
    const named = [...template.matchAll(/::chart\[[^\]]*\]\{#([^}]+)\}/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThanOrEqual(5);
    for (const id of named) expect(byId.has(id!), id).toBe(true);
    expect(charts.map((c) => c.id)).toEqual(specs.map((s) => chartId(s.file)));
  });

  for (const c of charts) {
    it(`${c.id}: title and description in the SVG, labels whole, values from the figures`, () => {
      const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      expect(c.svg).toContain(`<title id="chart-${c.id}-title">${escaped(c.title)}</title>`);
      expect(c.svg).toContain(`<desc id="chart-${c.id}-desc">${escaped(c.description)}</desc>`);
      expect(c.description).not.toBe('');
      expect(c.figures.length).toBeGreaterThan(0);
      const texts = svgTexts(c.svg);
      expect(texts.join('\n')).not.toContain('\u2026');
      // Every figure bound into the chart is a real figure, and its value stands in the
      // description as the briefing writes it.
      for (const id of c.figures) {
        const f = figures.get(id);
        expect(f, id).toBeDefined();
        if (f!.value != null) expect(c.description).toContain(formatValue(f!));
      }
      // No id of the SVG collides with another chart's.
      for (const m of c.svg.matchAll(/\sid="([^"]+)"/g)) expect(m[1]!.startsWith(`chart-${c.id}-`)).toBe(true);
    });
  }

  it('vote-shares: every party whole on the axis, each value drawn, the threshold drawn', () => {
    const c = byId.get('vote-shares')!;
    const texts = svgTexts(c.svg);
    const shares = ctx.figures.filter((f) => f.metric === 'vote_share' && f.kind === 'result');
    for (const f of shares) {
      // The lexicon's name, with a typographic apostrophe ("People’s Party").
      const name = smarten(ctx.lexicon.entities.find((e) => e.id === f.entity)!.name);
      expect(texts).toContain(name);
      expect(texts).toContain(formatValue(f));
    }
    expect(texts).toContain('People\u2019s Party of Kazakhstan');
    expect(texts.some((t) => t.includes(formatValue(figures.get('threshold.national.rule')!)))).toBe(true);
    expect(c.table.rows.map((r) => r[0])).toEqual(
      [...shares].sort((a, b) => b.value! - a.value!).map((f) => smarten(ctx.lexicon.entities.find((e) => e.id === f.entity)!.name)),
    );
  });

  it('seats: a reported figure before a computed one, computed ones said so, list and district seats apart', () => {
    const c = byId.get('seats')!;
    expect(c.figures).toContain('seats_list.amanat');
    expect(c.figures).not.toContain('seats_list.amanat.derived');
    expect(c.figures).toContain('seats_list.auyl.derived');
    expect(c.description).toContain('Amanat, Party list 40\u00a0seats,');
    expect(c.description).toContain('Auyl, Party list 8\u00a0seats (computed, not reported)');
    expect(c.description).toContain('Amanat, Single-mandate districts 23\u00a0seats');
    const texts = svgTexts(c.svg);
    expect(texts).toContain('Majority 50 of 98');
    expect(texts).toContain('Two thirds 66');
  });

  it('disagreement: every value each source gives for a contested figure, and the value used', () => {
    const c = byId.get('disagreement')!;
    const turnout = figures.get('turnout.national')!;
    const claims = ctx.claims.filter((x) => x.metric === 'turnout' && x.entity === 'national');
    const texts = svgTexts(c.svg);
    for (const x of claims) expect(texts).toContain(formatValue(x));
    expect(c.description).toContain(`value used ${formatValue(turnout)}`);
    const chosen = c.table.rows.filter((r) => r[0] === 'Turnout, Kazakhstan (national)' && r[4] === 'yes').map((r) => r[2]);
    expect(chosen.length).toBeGreaterThan(0);
    // Values that agree but differ as stated (62-64 and 63) are shown too; a figure every
    // source states alike is not.
    expect(c.figures).toContain('seats_total.amanat');
    expect(texts).toContain('62\u201364\u00a0seats');
    expect(c.figures).not.toContain('vote_share.amanat');
  });

  it('disagreement: whole-number ticks where a panel spans one or more (seats), finer ticks where the values lie closer', () => {
    const texts = svgTexts(byId.get('disagreement')!.svg);
    // Tick labels are the bare numbers; the values themselves carry a unit ("22 seats").
    const ticks = texts.filter((t) => /^\d+(\.\d+)?$/.test(t)).map(Number);
    expect(ticks).toEqual(expect.arrayContaining([22, 23, 62, 63, 64]));
    expect(ticks.filter((t) => t > 20 && t < 70 && !Number.isInteger(t))).toEqual([]);
    expect(ticks.some((t) => t > 8.5 && t < 8.59)).toBe(true);
  });

  it('disagreement: one row per value stated, however many articles state it', async () => {
    const big = context();
    const turnout = big.figures.find((f) => f.id === 'turnout.national')!;
    const template = big.claims.find((c) => c.id === turnout.claims[1])!;
    const sources = big.corpus.sources;
    for (let i = 0; i < 40; i++) {
      const meta = { ...sources[0]!.meta, id: `copy-${i}`, outlet: `Outlet ${String.fromCharCode(65 + (i % 26))}${i}` };
      sources.push({ ...sources[0]!, meta });
      big.claims.push({ ...template, id: `copy-${i}:c1`, source: meta.id });
      turnout.claims.push(`copy-${i}:c1`);
    }
    const spec = specs.filter((s) => s.file.endsWith('/disagreement.vl.json'));
    const c = (await renderCharts(spec, big, theme))[0]!;
    const rows = c.table.rows.filter((r) => r[0] === 'Turnout, Kazakhstan (national)');
    expect(rows.map((r) => r[1])).toEqual(['54\u00a0%', '53\u00a0%', '54.19\u00a0%']);
    expect(rows[0]![2]).toBe('Sailau News, Outlet A0, Outlet B1 and 38 others');
    expect(c.description).toContain('54\u00a0% (Sailau News, Outlet A0, Outlet B1 and 38 others)');
  });

  it('forecast: each forecast beside the result of the same figure, and nothing unpaired', () => {
    const c = byId.get('forecast')!;
    expect(c.figures).toEqual(['vote_share.amanat', 'vote_share.amanat.forecast', 'vote_share.auyl', 'vote_share.auyl.forecast']);
    const texts = svgTexts(c.svg);
    expect(texts).toContain(`Forecast ${formatValue(figures.get('vote_share.amanat.forecast')!)}`);
    expect(texts).toContain(`Result ${formatValue(figures.get('vote_share.amanat')!)}`);
  });

  it('is byte-identical when rendered again, alone or with the others', async () => {
    const again = await renderCharts(specs, context(), theme);
    expect(again).toEqual(charts);
    const alone = await renderCharts([specs[specs.length - 1]!], context(), theme);
    expect(alone[0]).toEqual(charts[charts.length - 1]);
  });

  it('draws every row in a color even without a theme: each party its own, from the fallback palette', async () => {
    const plain = await renderCharts(specs.filter((s) => s.file.endsWith('/vote-shares.vl.json')), context());
    expect(plain[0]!.svg).not.toMatch(/<path[^>]*role="graphics-symbol"[^>]*fill="null"/);
    const bars = [...plain[0]!.svg.matchAll(/<path d="M0,\d+h[^"]*" fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]);
    expect(bars).toHaveLength(7);
    expect(new Set(bars).size).toBe(7);
    // tableau10 (Vega's own scheme) in lexicon order: Amanat is the lexicon's first party.
    expect(bars[0]).toBe('#4c78a8');
  });
});

// ── charts follow their figures ───────────────────────────────────────────────────────────

describe('a timeline of snapshots (the example of templates/charts/README.md, test/fixtures/charts/turnout-timeline.vl.json)', () => {
  it('draws one point per moment, in id order, with the moment in the table', async () => {
    // The README's example, as a fixture (tests never read templates/).
    const text = readFileSync(join(chartFixtures, 'turnout-timeline.vl.json'), 'utf8');
    const ctx = context();
    const turnout = ctx.figures.find((x) => x.id === 'turnout.national') as Figure;
    const at = (asOf: string, slug: string, value: number): Figure => ({ ...turnout, id: `turnout.national.at-${slug}`, kind: 'snapshot', qualifier: 'interim', as_of: asOf, value, precision: 0.005, status: 'single', dissent: [] });
    ctx.figures = [...ctx.figures, at('10:00', '10-00', 2.91), at('14:00', '14-00', 21.35)];
    const chart = (await renderCharts([{ file: 'templates/charts/turnout-timeline.vl.json', text }], ctx))[0]!;
    expect(chart.figures).toEqual(['turnout.national.at-10-00', 'turnout.national.at-14-00']);
    expect(chart.table.rows).toEqual([
      ['10:00', '2.91\u00a0%'],
      ['14:00', '21.35\u00a0%'],
    ]);
    expect(svgTexts(chart.svg)).toEqual(expect.arrayContaining(['10:00', '14:00']));
  });
});

describe('the latest snapshot of a quantity no complete count reports', () => {
  it('is charted only where the spec asks for kind latest', async () => {
    const ctx = context();
    const share = ctx.figures.find((x) => x.id === 'vote_share.auyl') as Figure;
    ctx.figures = [...ctx.figures.filter((x) => x !== share), { ...share, kind: 'latest', qualifier: 'interim', as_of: '95% counted' }];
    const spec = (kind?: string) => ({
      file: 'templates/charts/s.vl.json',
      text: JSON.stringify({ usermeta: { briefing: { title: 'S', data: { s: { figures: ['vote_share.*'], ...(kind ? { kind } : {}) } } } }, data: { name: 's' }, mark: 'bar', encoding: { y: { field: 'name', type: 'nominal' }, x: { field: 'value', type: 'quantitative' } } }),
    });
    expect((await renderCharts([spec()], ctx))[0]!.figures).not.toContain('vote_share.auyl');
    expect((await renderCharts([spec('latest')], ctx))[0]!.figures).toEqual(['vote_share.auyl']);
  });
});

describe('a changed figure changes the chart', () => {
  it('changes the SVG, the description and the table', async () => {
    const { specs, theme } = editorSpecs();
    const spec = specs.filter((s) => s.file.endsWith('/vote-shares.vl.json'));
    const before = (await renderCharts(spec, context(), theme))[0]!;
    const ctx = context();
    const f = ctx.figures.find((x) => x.id === 'vote_share.auyl') as Figure;
    f.value = 12.3;
    const after = (await renderCharts(spec, ctx, theme))[0]!;
    expect(after.svg).not.toBe(before.svg);
    expect(before.description).toContain('Auyl 10.9\u00a0%');
    expect(after.description).toContain('Auyl 12.3\u00a0%');
    expect(svgTexts(after.svg)).toContain('12.3\u00a0%');
    expect(after.table.rows).toContainEqual(['Auyl', '12.3\u00a0%', 'single']);
  });

  it('drops an optional data source when its figure is gone, and fails when a required one is', async () => {
    const { specs, theme } = editorSpecs();
    const spec = specs.filter((s) => s.file.endsWith('/vote-shares.vl.json'));
    const ctx = context();
    ctx.figures = ctx.figures.filter((x) => x.id !== 'threshold.national.rule');
    const c = (await renderCharts(spec, ctx, theme))[0]!;
    expect(c.figures).not.toContain('threshold.national.rule');
    expect(c.description).not.toMatch(/threshold/i);
    const history = specs.filter((s) => s.file.endsWith('/history.vl.json'));
    ctx.figures = ctx.figures.filter((x) => x.id !== 'vote_share.amanat');
    expect(await errorOf(renderCharts(history, ctx, theme))).toMatch(/^templates\/charts\/history\.vl\.json:\d+:\d+: error: unknown figure id "vote_share\.amanat"/);
  });
});

describe('a changed number in a source changes the chart', () => {
  // Reading the lexicon keeps a parsed copy in <out>/.cache/: a temporary folder, never the fixture.
  const out = mkdtempSync(join(tmpdir(), 'briefing-charts-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  it('ingest, extract, reconcile and charts follow an edit of the article text', async () => {
    const p = paths(root, out);
    const lexicon = loadLexicon(p);
    const { specs, theme } = editorSpecs();
    const spec = specs.filter((s) => s.file.endsWith('/vote-shares.vl.json'));
    const build = async (edit: (text: string) => string) => {
      const files = sourceFiles(p).map((f) => ({ ...f, text: edit(f.text) }));
      const corpus = ingest(files, lexicon, rel(p, p.sources));
      const claims = extract(corpus, lexicon);
      const { figures, checks } = reconcile(claims, corpus, lexicon, loadPolicy(p));
      return (await renderCharts(spec, { figures, checks, claims, corpus, lexicon }, theme))[0]!;
    };
    const before = await build((t) => t);
    const after = await build((t) => t.replace('Auyl (10.9%)', 'Auyl (12.4%)'));
    expect(before.description).toContain('Auyl 10.9\u00a0%');
    expect(after.description).toContain('Auyl 12.4\u00a0%');
    expect(svgTexts(after.svg)).toContain('12.4\u00a0%');
    expect(svgTexts(after.svg)).not.toContain('10.9\u00a0%');
  });
});

// ── text measurement ──────────────────────────────────────────────────────────────────────

describe('text measurement with Inter', () => {
  const long = "People's Party of Kazakhstan";

  it('measures the real advance widths, far below the 0.8 em guess', () => {
    const w = measureText(long, { fontSize: 11 });
    expect(w).toBeGreaterThan(120);
    expect(w).toBeLessThan(0.8 * 11 * long.length * 0.75);
    expect(measureText('iiii', { fontSize: 11 })).toBeLessThan(measureText('MMMM', { fontSize: 11 }));
    expect(measureText(long, { fontSize: 11, fontWeight: 'bold' })).toBeGreaterThan(w);
    expect(measureText(long, { fontSize: 22 })).toBeCloseTo(2 * w, 6);
    expect(measureText('', { fontSize: 11 })).toBe(0);
  });

  it('measures digits as tabular figures, as the stylesheet sets them', () => {
    expect(measureText('1111', { fontSize: 11 })).toBeCloseTo(measureText('0000', { fontSize: 11 }), 6);
  });

  it('lays the axis out for the measured label, and cuts no label even under a limit', async () => {
    const ctx = context();
    const longest = 'National Social Democratic Party of the Republic of Kazakhstan';
    ctx.lexicon.entities.find((e) => e.id === 'nsdp')!.name = longest;
    const spec = {
      file: 'templates/charts/long.vl.json',
      text: JSON.stringify({
        usermeta: { briefing: { title: 'Long', data: { s: { figures: ['vote_share.*'], kind: 'result' } } } },
        data: { name: 's' },
        config: { axis: { labelLimit: 60 } },
        mark: 'bar',
        encoding: { y: { field: 'name', type: 'nominal', title: null }, x: { field: 'value', type: 'quantitative' } },
      }),
    };
    const c = (await renderCharts([spec], ctx))[0]!;
    expect(svgTexts(c.svg)).toContain(longest);
    expect(c.svg).not.toContain('\u2026');
    // The plot starts right of the longest label: its measured width, not the 0.8 em guess.
    const x = Number(/<g fill="none" stroke-miterlimit="4" transform="translate\(([\d.]+),/.exec(c.svg)![1]);
    const measured = measureText(longest, { fontSize: 10 });
    expect(x).toBeGreaterThan(measured);
    expect(x).toBeLessThan(measured + 30);
    expect(x).toBeLessThan(0.8 * 10 * longest.length);
  });
});

// ── a spec's own colour against the theme's party colours ─────────────────────────────────

describe('explicit colours', () => {
  const theme = { file: 'charts/theme.json', text: JSON.stringify({ colors: { default: '#9a9a9a', amanat: '#1f5fa8', auyl: '#3b9a57' } }) };
  const spec = (mark: unknown, color: unknown, layered = false) => {
    const unit = { data: { name: 'shares' }, mark, encoding: { y: { field: 'name', type: 'nominal' }, x: { field: 'value', type: 'quantitative' }, ...(color === undefined ? {} : { color }) } };
    const body = layered ? { layer: [unit] } : unit;
    return {
      file: 'charts/shares.vl.json',
      text: JSON.stringify({ usermeta: { briefing: { title: 'Vote shares', data: { shares: { figures: ['vote_share.*'], kind: 'result', entityKind: 'party' } } } }, width: 300, ...body }),
    };
  };
  /** The fill colours of the bars (the marks' paths), distinct and sorted. */
  const fills = (svg: string) => [...new Set([...svg.matchAll(/<path[^>]*\bfill="(#[0-9a-fA-F]{3,6})"/g)].map((m) => m[1]!.toLowerCase()))].sort();
  const THEMED = { field: 'color', type: 'nominal', scale: null };

  it('the theme colours each party when the spec names no colour', async () => {
    const [chart] = await renderCharts([spec('bar', THEMED)], context(), theme);
    expect(fills(chart!.svg)).toEqual(expect.arrayContaining(['#1f5fa8', '#3b9a57']));
  });

  it('a colour on the mark wins over the theme\'s party colours, in a unit or a layer', async () => {
    for (const layered of [false, true]) {
      const [chart] = await renderCharts([spec({ type: 'bar', color: '#cc0000' }, THEMED, layered)], context(), theme);
      expect(fills(chart!.svg), `layered: ${layered}`).toEqual(['#cc0000']);
    }
  });

  it('a colour value in the encoding wins too', async () => {
    const [chart] = await renderCharts([spec('bar', { value: '#00aa00' })], context(), theme);
    expect(fills(chart!.svg)).toEqual(['#00aa00']);
  });
});

describe('the layout check points at the spec', () => {
  it('places overlapping labels at the text channel that draws them, and a rule through a label at the rule mark', async () => {
    const spec = (marks: string) => `{
  "usermeta": { "briefing": { "title": "Labels", "data": { "rows": { "figures": ["seats_total.amanat"] } } } },
  "data": { "name": "rows" },
  "width": 200,
  "layer": [
${marks}
  ]
}
`;
    const text = `    { "mark": { "type": "text" },
      "encoding": { "text": { "field": "label" } } },
    { "mark": { "type": "text", "dy": 2 },
      "encoding": { "text": { "field": "label" } } }`;
    const warnings: import('../../pipeline/shared/errors.ts').Diagnostic[] = [];
    await renderCharts([{ file: 'templates/charts/labels.vl.json', text: spec(text) }], context(), undefined, warnings);
    expect(warnings.map((w) => `${w.file}:${w.line}:${w.column} ${w.ruleId}`)).toEqual(['templates/charts/labels.vl.json:7:21 layout-chart']);
    const rule = `    { "mark": { "type": "text" }, "encoding": { "text": { "field": "label" } } },
    { "mark": { "type": "rule" }, "encoding": { "x": { "value": 100 } } }`;
    const ruled: typeof warnings = [];
    await renderCharts([{ file: 'templates/charts/ruled.vl.json', text: spec(rule) }], context(), undefined, ruled);
    expect(ruled.map((w) => `${w.file}:${w.line}:${w.column} ${w.message.includes('rule line') ? 'rule' : 'labels'}`)).toEqual(['templates/charts/ruled.vl.json:7:25 rule']);
  });
});

describe('charts kept in a long-lived process (the preview)', () => {
  it('renders again only the chart whose spec, theme or data changed, with the same result and warnings', async () => {
    const { specs, theme } = readSpecs(join(chartFixtures, 'with-series', 'input'), 'charts');
    const two = [specs[0]!, { file: 'charts/copy.vl.json', text: specs[0]!.text }];
    keepRenderedCharts();
    try {
      const w1: Parameters<typeof renderCharts>[3] = [];
      const w2: Parameters<typeof renderCharts>[3] = [];
      const first = await renderCharts(two, context(), theme, w1, 'data-1');
      const again = await renderCharts(two, context(), theme, w2, 'data-1');
      expect(again[0]).toBe(first[0]);
      expect(again[1]).toBe(first[1]);
      expect(w2).toEqual(w1);
      // One spec edited: that chart only is new, and the same as rendered afresh.
      const edited = [two[0]!, { file: two[1]!.file, text: `${two[1]!.text} ` }];
      const after = await renderCharts(edited, context(), theme, [], 'data-1');
      const byId = (list: ChartArtifact[], id: string) => list.find((c) => c.id === id)!;
      const kept = byId(first, chartId(two[0]!.file));
      expect(byId(after, kept.id)).toBe(kept);
      expect(byId(after, 'copy')).not.toBe(byId(first, 'copy'));
      expect(byId(after, 'copy')).toEqual(byId(first, 'copy'));
      // Other data: every chart is rendered again.
      const other = await renderCharts(edited, context(), theme, [], 'data-2');
      expect(byId(other, kept.id)).not.toBe(kept);
      // No data key: nothing kept.
      expect((await renderCharts(edited, context(), theme))[0]).not.toBe(other[0]);
    } finally {
      keepRenderedCharts(false);
    }
    // Off (a build process): rendered each time.
    const a = await renderCharts(two, context(), theme, [], 'data-1');
    const b = await renderCharts(two, context(), theme, [], 'data-1');
    expect(b[0]).not.toBe(a[0]);
    expect(b[0]).toEqual(a[0]);
  });
});

// ── figures by rank, optional charts, the fallback palette (shared/rank.ts, README "A new election") ──

describe('selectors by rank', () => {
  const spec = (data: Record<string, unknown>, file = 'charts/ranked.vl.json') => ({
    file,
    text: JSON.stringify(
      { usermeta: { briefing: { title: 'Ranked', data } }, width: 300, data: { name: Object.keys(data)[0] }, mark: 'bar', encoding: { y: { field: 'label', type: 'nominal' }, x: { field: 'value', type: 'quantitative' }, color: { field: 'color', type: 'nominal', scale: null } } },
      null,
      2,
    ),
  });
  const fills = (svg: string) => [...svg.matchAll(/<path d="M[^"]*" fill="(#[0-9a-fA-F]{3,6})"/g)].map((m) => m[1]!.toLowerCase());

  it('selects the entities a rank, a range or every rank names, by the metric of the selector or after ~', async () => {
    const [top] = await renderCharts([spec({ rows: { figures: ['vote_share.@1-3'], sort: '-value' } })], context());
    expect(top!.figures).toEqual(['vote_share.amanat', 'vote_share.auyl', 'vote_share.respublica']);
    const [history] = await renderCharts([spec({ rows: { figures: ['vote_share.@1~seats_total', 'vote_share.@1~seats_total.*'], kind: ['result', 'historical'] } })], context());
    expect(history!.figures).toEqual(['vote_share.amanat', 'vote_share.amanat.2021']);
    const [all] = await renderCharts([spec({ rows: { figures: ['vote_share.@*'] } })], context());
    expect(all!.figures).toHaveLength(7);
  });

  it('stops at a rank that does not exist, at its place in the spec, unless the source is optional', async () => {
    const missing = spec({ rows: { figures: ['seats_total.@2'] } });
    expect(await errorOf(renderCharts([missing], context()))).toBe(
      `charts/ranked.vl.json:8:13: error: ${msg.RANK_MISSING('seats_total.@2', 2, 'seats_total', 1)} [chart-rank-missing]\n  ${msg.RANK_MISSING_HINT('seats_total', ['amanat'])}\n`,
    );
    expect(await errorOf(renderCharts([spec({ rows: { figures: ['vote_share.@one'] } })], context()))).toContain('[chart-bad-rank]');
    const [shown] = await renderCharts([spec({ rows: { figures: ['vote_share.@1'] }, extra: { figures: ['seats_total.@2'], optional: true } })], context());
    expect(shown!.figures).toEqual(['vote_share.amanat']);
  });

  it('warns at the selector when the one rank it names is a tie, and shows the entity listed first in the lexicon', async () => {
    const ctx = context();
    ctx.figures = ctx.figures.map((f) => (f.id === 'vote_share.auyl' ? { ...f, value: 53.9 } : f));
    const warnings: Diagnostic[] = [];
    const [chart] = await renderCharts([spec({ rows: { figures: ['vote_share.@2'] } })], ctx, undefined, warnings);
    expect(chart!.figures).toEqual(['vote_share.auyl']);
    expect(warnings.map(format)).toEqual([`charts/ranked.vl.json:8:13: warning: ${msg.RANK_TIE('vote_share.@2', 2, 'vote_share', 'auyl', ['amanat'])} [rank-tie]\n  ${msg.RANK_TIE_HINT}`]);
  });

  it('leaves out a chart the template places only in an optional passage when its data is missing, and no other', async () => {
    const missing = spec({ rows: { figures: ['seats_total.@2'] } }, 'charts/second.vl.json');
    const present = spec({ rows: { figures: ['vote_share.@2'] } }, 'charts/first.vl.json');
    const charts = await renderCharts([missing, present], context(), undefined, undefined, undefined, new Set(['second', 'first']));
    expect(charts.map((c) => c.id)).toEqual(['first']);
    await expect(renderCharts([missing], context(), undefined, undefined, undefined, new Set(['other']))).rejects.toThrow(PipelineError);
    const broken = { file: 'charts/second.vl.json', text: '{ "usermeta": ' };
    await expect(renderCharts([broken], context(), undefined, undefined, undefined, new Set(['second']))).rejects.toThrow(PipelineError);
  });

  it('"without": a total only where no source splits it; nothing left is a chart without its data', async () => {
    const data = { seats: { figures: ['seats_total.@*'], kind: 'result', without: 'split' }, split: { figures: ['seats_list.*', 'seats_single_mandate.*'], optional: true } };
    const error = await errorOf(renderCharts([spec(data)], context()));
    expect(error).toContain(`error: ${msg.CHART_NONE_WITHOUT('seats_total.@*', 'split')} [chart-no-match]`);
    const [alone] = await renderCharts([spec({ ...data, split: { figures: ['seats_list.nobody'], optional: true } })], context());
    expect(alone!.figures).toEqual(['seats_total.amanat']);
  });

  it('colours each entity the theme leaves out from a palette in lexicon order, skipping the theme\'s colours; default and [] as before', async () => {
    const shares = spec({ rows: { figures: ['vote_share.@1-3'], sort: '-value' } });
    const theme = (t: unknown) => ({ file: 'charts/theme.json', text: JSON.stringify(t) });
    const [palette] = await renderCharts([shares], context(), theme({ colors: { auyl: '#4c78a8' } }));
    // tableau10 without the theme's #4c78a8, to the entities without a colour in lexicon order: amanat #f58518, respublica #e45756.
    expect(fills(palette!.svg)).toEqual(['#f58518', '#4c78a8', '#e45756']);
    const [own] = await renderCharts([shares], context(), theme({ colors: {}, palette: ['#111111', '#222222'] }));
    expect(fills(own!.svg)).toEqual(['#111111', '#222222', '#111111']);
    const [grey] = await renderCharts([shares], context(), theme({ colors: { default: '#999999' } }));
    expect(fills(grey!.svg)).toEqual(['#999999', '#999999', '#999999']);
    const [none] = await renderCharts([shares], context(), theme({ palette: [] }));
    expect(fills(none!.svg)).toEqual(['#777777', '#777777', '#777777']);
  });
});
