/**
 * End to end: the real pipeline on the real sources, printed by the real Chromium, read back
 * with poppler (pdfinfo, pdffonts, pdftotext). Also: a number changed in a source changes the
 * HTML, the chart and the PDF.
 */
import { smarten } from '../../pipeline/shared/typography.ts';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatValue } from '../../pipeline/render/index.ts';
import type { ChartArtifact, Figure } from '../../pipeline/shared/schema.ts';
import { copySeeds, repo, seeds } from '../paths.ts';

const root = repo;
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const STAGES = ['ingest', 'extract', 'reconcile', 'charts', 'render', 'print'];
const temps: string[] = [];

function build(projectRoot: string): string {
  const out = mkdtempSync(join(tmpdir(), 'briefing-e2e-'));
  temps.push(out);
  execFileSync(tsx, [join(root, 'pipeline', 'build', 'cli.ts'), ...STAGES, '--root', projectRoot, '--out', out, '--quiet'], {
    cwd: root,
    env: { ...process.env, SOURCE_DATE_EPOCH: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return out;
}

const tool = (name: string, ...args: string[]) => execFileSync(name, args, { encoding: 'utf8' });
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

describe('the briefing built from the fixture project', () => {
  let out: string;
  let figures: Figure[];
  let text: string;
  beforeAll(() => {
    out = build(seeds);
    figures = JSON.parse(readFileSync(join(out, 'data', 'figures.json'), 'utf8'));
    text = plain(tool('pdftotext', '-layout', join(out, 'briefing.pdf'), '-'));
  }, 180_000);

  it('is an A4, tagged PDF with the template title, metadata and several pages', () => {
    const info = tool('pdfinfo', join(out, 'briefing.pdf'));
    const template = readFileSync(join(seeds, 'templates', 'briefing.md'), 'utf8');
    // The title as the reader sees it: typographic apostrophes (shared/typography.ts).
    const title = smarten(/^title: (.*)$/m.exec(template)![1]!);
    expect(info).toMatch(new RegExp(`^Title: +${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    expect(info).toMatch(/^Author: +\S/m);
    expect(info).toMatch(/^Subject: +\S/m);
    expect(info).toMatch(/^Keywords: +.*Kazakhstan/m);
    expect(info).toMatch(/^Tagged: +yes$/m);
    // A4 is 595.28 x 841.89 pt; Chromium lays the page out in whole CSS pixels, a point off at most.
    const [, w, h] = /^Page size: +([\d.]+) x ([\d.]+) pts \(A4\)$/m.exec(info) ?? [];
    expect(Math.abs(Number(w) - 595.28)).toBeLessThan(1);
    expect(Math.abs(Number(h) - 841.89)).toBeLessThan(1);
    expect(Number(/^Pages: +(\d+)$/m.exec(info)![1])).toBeGreaterThanOrEqual(3);
    expect(text).toContain(plain(title));
  });

  it('embeds only the Inter font', () => {
    const fonts = tool('pdffonts', join(out, 'briefing.pdf')).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+Inter/);
  });

  it('has an outline from the headings and page numbers in the footer', () => {
    const pdf = readFileSync(join(out, 'briefing.pdf')).toString('latin1');
    expect(pdf).toContain('/Outlines');
    const pages = Number(/^Pages: +(\d+)$/m.exec(tool('pdfinfo', join(out, 'briefing.pdf')))![1]);
    expect(text).toContain(`page 1 of ${pages}`);
    expect(text).toContain(`page ${pages} of ${pages}`);
  });

  it('shows every figure the template names, with a citation mark', () => {
    const template = readFileSync(join(seeds, 'templates', 'briefing.md'), 'utf8');
    const ids = [...template.matchAll(/:fig\[([^\]]+)\]/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) {
      const f = figures.find((x) => x.id === id);
      expect(f, id).toBeDefined();
      const value = plain(formatValue(f!));
      expect(text, `${id} = ${value}`).toMatch(new RegExp(`${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ?(\\[\\d+\\])+`));
    }
  });

  it('lists the sources and the quoted sentences', () => {
    expect(text).toContain('Sailau News');
    expect(text).toContain('The Times of Central Asia');
    expect(text).toContain('By party lists, the pro-presidential party Amanat was in the lead with 53.9%.');
  });

  it('writes one self-contained HTML file with the charts inline and no script', () => {
    const html = readFileSync(join(out, 'briefing.html'), 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\/[^"]*\.(css|js|woff2?|png|svg)"/);
    expect(html).toMatch(/<svg[^>]*>/);
    expect(html).toContain('data:font/woff2;base64,');
  });
});

describe('a number changed in a source', () => {
  it('changes the figure in the HTML, the chart and the PDF', () => {
    const project = copySeeds('briefing-project-');
    temps.push(project);
    const file = join(project, 'sources', 'sailaunews-2023-03-22.md');
    const before = readFileSync(file, 'utf8');
    expect(before).toContain('Auyl (10.9%)');
    writeFileSync(file, before.replace('Auyl (10.9%)', 'Auyl (11.4%)'));
    const out = build(project);
    const figures: Figure[] = JSON.parse(readFileSync(join(out, 'data', 'figures.json'), 'utf8'));
    expect(figures.find((f) => f.id === 'vote_share.auyl')?.value).toBe(11.4);
    const charts: ChartArtifact[] = JSON.parse(readFileSync(join(out, 'data', 'charts.json'), 'utf8'));
    const shares = charts.find((c) => c.id === 'vote-shares')!;
    expect(shares.description).toContain('11.4');
    expect(shares.description).not.toContain('10.9');
    const html = readFileSync(join(out, 'briefing.html'), 'utf8');
    expect(html).toContain('Auyl (11.4%)');
    const text = plain(tool('pdftotext', join(out, 'briefing.pdf'), '-'));
    expect(text).toContain('Auyl (11.4%)');
    expect(text).not.toContain('Auyl (10.9%)');
  }, 180_000);
});
