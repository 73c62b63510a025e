/**
 * Print fixtures: test/fixtures/print/<case>/input.html is printed by the real Chromium and
 * read back (pdf-lib for the outline and links, poppler for info, fonts and text); the
 * summary is compared with <case>/output.json. Run with UPDATE_FIXTURES=1 to rewrite the
 * summaries, then review the diff. `/*@font-face*\/` in an input is replaced by the Inter
 * rules the briefing uses.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { closeWarmPrinter, epochDate, isAllowedUrl, printPdf, warmUpPrinter, type PrintOptions } from '../../pipeline/print/index.ts';
import { fontFaceCss } from '../../pipeline/shared/fonts.ts';
import { PipelineError } from '../../pipeline/shared/errors.ts';
import { render } from '../../pipeline/render/index.ts';
import { fixtures, seeds } from '../paths.ts';

const dir = join(fixtures, 'print');
const update = process.env.UPDATE_FIXTURES === '1';
const work = mkdtempSync(join(tmpdir(), 'briefing-print-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const OPTIONS: PrintOptions = {
  title: 'Fixture briefing',
  author: 'Test author',
  subject: 'Print fixture',
  keywords: ['fixture', 'print'],
  date: new Date(Date.UTC(2023, 2, 24)),
  language: 'en',
};

function input(name: string): string {
  return readFileSync(join(dir, name, 'input.html'), 'utf8').replace('/*@font-face*/', fontFaceCss());
}

const text = (s: unknown) => (s instanceof PDFString || s instanceof PDFHexString ? s.decodeText() : null);

interface OutlineEntry {
  title: string;
  children?: OutlineEntry[];
}

function outline(doc: PDFDocument): OutlineEntry[] {
  const walk = (first: PDFDict | undefined): OutlineEntry[] => {
    const entries: OutlineEntry[] = [];
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const children = walk(item.lookupMaybe(PDFName.of('First'), PDFDict));
      entries.push({ title: text(item.lookup(PDFName.of('Title'))) ?? '', ...(children.length ? { children } : {}) });
    }
    return entries;
  };
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  return walk(root?.lookupMaybe(PDFName.of('First'), PDFDict));
}

function links(doc: PDFDocument): { uris: string[]; internal: number; inert: number } {
  const uris: string[] = [];
  let internal = 0;
  let inert = 0;
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; annots && i < annots.size(); i += 1) {
      const annot = annots.lookupMaybe(i, PDFDict);
      if (annot?.lookup(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action && text(action.lookup(PDFName.of('URI')));
      if (uri) uris.push(uri);
      else if (action || annot.lookup(PDFName.of('Dest'))) internal += 1;
      else inert += 1;
    }
  }
  return { uris: uris.sort(), internal, inert };
}

const tool = (name: string, ...args: string[]) => execFileSync(name, args, { encoding: 'utf8' });

interface Printed {
  pdf: Uint8Array;
  blocked: string[];
  file: string;
  text: string;
  summary: unknown;
}

async function print(name: string): Promise<Printed> {
  return printHtml(name, input(name));
}

async function printFile(name: string, file: string): Promise<Printed> {
  return printHtml(name, readFileSync(file, 'utf8'));
}

async function printHtml(name: string, html: string): Promise<Printed> {
  const { pdf, requests } = await printPdf(html, OPTIONS);
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const info = tool('pdfinfo', file);
  const field = (key: string) => new RegExp(`^${key}: +(.*)$`, 'm').exec(info)?.[1] ?? null;
  const fonts = tool('pdffonts', file)
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))
    .sort();
  const summary = {
    pages: doc.getPageCount(),
    pageSize: field('Page size'),
    tagged: field('Tagged'),
    metadata: { title: field('Title'), author: field('Author'), subject: field('Subject'), keywords: field('Keywords'), creationDate: field('CreationDate') },
    fonts: [...new Set(fonts)],
    outline: outline(doc),
    links: links(doc),
    blocked: requests.blocked,
  };
  return { pdf, blocked: requests.blocked, file, text: tool('pdftotext', '-layout', file, '-'), summary };
}

function expectFixture(name: string, summary: unknown) {
  const path = join(dir, name, 'output.json');
  const actual = `${JSON.stringify(summary, null, 2)}\n`;
  if (update && (!existsSync(path) || readFileSync(path, 'utf8') !== actual)) writeFileSync(path, actual);
  expect(existsSync(path), `${path} is missing: run with UPDATE_FIXTURES=1`).toBe(true);
  expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}

describe('print: a briefing-like page', () => {
  let first: Printed;
  let second: Printed;
  beforeAll(async () => {
    first = await print('basic');
    // The second print takes a browser started ahead (what a build does while its stages run).
    warmUpPrinter();
    second = await print('basic');
    // One that nobody takes is closed.
    warmUpPrinter();
    await closeWarmPrinter();
  }, 120_000);

  it('gives the expected PDF: pages, tags, metadata, Inter only, outline, links', () => {
    expectFixture('basic', first.summary);
  });

  it('embeds Inter and no other font', () => {
    const { fonts } = first.summary as { fonts: string[] };
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/^Inter-/);
  });

  it("prints the stylesheet's running header and \"page N of M\" footer (page margin boxes) on every page", () => {
    const pages = first.text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBe((first.summary as { pages: number }).pages);
    pages.forEach((page, i) => {
      expect(page).toMatch(/Fixture briefing: running header +24 March 2023/);
      expect(page).toContain(`page ${i + 1} of ${pages.length}`);
    });
  });

  it('is byte-identical when printed twice from the same HTML and date (the second in a browser started ahead)', () => {
    expect(Buffer.from(second.pdf).equals(Buffer.from(first.pdf))).toBe(true);
  });
});

describe('print: a hostile page', () => {
  let printed: Printed;
  beforeAll(async () => {
    // Through a page set up while the browser started, as a build prints (warmUpPrinter).
    warmUpPrinter();
    printed = await print('hostile');
  }, 120_000);

  it('gives the expected PDF and blocks every outside request', () => {
    expectFixture('hostile', printed.summary);
    expect(printed.blocked.length).toBeGreaterThan(5);
    for (const url of printed.blocked) expect(isAllowedUrl(url)).toBe(false);
  });

  it('runs no script and keeps no javascript: action', () => {
    expect(printed.text).toContain('Text that stays text.');
    expect(printed.text).not.toMatch(/SCRIPT RAN|ONLOAD RAN/);
    const { links: l } = printed.summary as { links: { uris: string[] } };
    expect(l.uris).toEqual(['https://example.org/ok']);
    expect(Buffer.from(printed.pdf).toString('latin1')).not.toMatch(/\/JavaScript|\/JS\b|javascript:/i);
  });
});

describe('print: a briefing rendered from the data of the render fixtures', () => {
  let printed: Printed;
  beforeAll(async () => {
    const data = JSON.parse(readFileSync(join(fixtures, 'render', 'data.json'), 'utf8'));
    const template = [
      '---',
      'title: Rendered briefing <b>not bold</b> "quoted" \\ and </style>',
      '---',
      '',
      '## Summary',
      '',
      '::keyfigures[turnout.national vote_share.amanat]',
      '',
      'Turnout was :fig[turnout.national] and Amanat won :fig[vote_share.amanat].',
      '',
      '::legend',
      '',
      '## Register',
      '',
      '::disagreements',
      '',
      '## Sources',
      '',
      '::sources',
      '',
    ].join('\n');
    const { html } = render({
      ...data,
      template: { file: 'templates/briefing.md', text: template },
      layout: { file: 'templates/layout.html', text: readFileSync(join(seeds, 'templates', 'layout.html'), 'utf8') },
      style: readFileSync(join(seeds, 'templates', 'style.css'), 'utf8'),
    });
    const file = join(work, 'rendered.html');
    writeFileSync(file, html);
    printed = await printFile('rendered', file);
  }, 120_000);

  it('sets the running header from the front matter, as text, and numbers every page (style.css margin boxes)', () => {
    const pages = printed.text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(0);
    pages.forEach((page, i) => {
      // The editor's straight quotes come out typographic (smartypants), the markup as text.
      expect(page).toMatch(/Rendered briefing <b>not bold<\/b> “quoted” \\ and <\/style> +\d{1,2} [A-Z][a-z]+ \d{4}/);
      expect(page).toContain(`page ${i + 1} of ${pages.length}`);
    });
  });

  it('embeds only Inter, even with the contested and single-source marks', () => {
    const { fonts } = printed.summary as { fonts: string[] };
    for (const f of fonts) expect(f).toMatch(/^Inter-/);
  });

  it('has an outline from the headings, citation marks as internal links and the source address as a link', () => {
    const { outline: o, links: l } = printed.summary as { outline: OutlineEntry[]; links: { uris: string[]; internal: number } };
    const titles = JSON.stringify(o);
    for (const t of ['Rendered briefing', 'Summary', 'Register', 'Turnout', 'Sources']) expect(titles).toContain(t);
    expect(l.internal).toBeGreaterThanOrEqual(4);
    expect(l.uris).toEqual(['https://alpha.example/a']);
    expect(printed.text).toMatch(/54\.19 %\s*\[1\]/);
  });
});

describe('print: headings in a long briefing', () => {
  let doc: PDFDocument;
  beforeAll(async () => {
    // Sections of varied length, so that headings fall at many heights of the page.
    const data = JSON.parse(readFileSync(join(fixtures, 'render', 'data.json'), 'utf8'));
    const letterName = (i: number) => String.fromCharCode(65 + (i % 26)).repeat(1 + Math.floor(i / 26));
    const words = 'the sources report the figures with different precision and the register lists every value'.split(' ');
    const paragraph = (n: number) => `${Array.from({ length: 6 + ((n * 7) % 23) }, (_, i) => words[(i + n) % words.length]).join(' ')}.`;
    const sections = Array.from({ length: 40 }, (_, i) => {
      const body = Array.from({ length: 1 + (i % 3) }, (_, j) => paragraph(i * 5 + j)).join('\n\n');
      return `## Section ${letterName(i)}\n\n${i % 3 === 0 ? `### Part of section ${letterName(i)}\n\n` : ''}${body}`;
    });
    const { html } = render({
      ...data,
      template: { file: 'templates/briefing.md', text: `---\ntitle: Long briefing\n---\n\n${sections.join('\n\n')}\n` },
      layout: { file: 'templates/layout.html', text: readFileSync(join(seeds, 'templates', 'layout.html'), 'utf8') },
      style: readFileSync(join(seeds, 'templates', 'style.css'), 'utf8'),
    });
    doc = await PDFDocument.load((await printPdf(html, OPTIONS)).pdf, { updateMetadata: false });
  }, 120_000);

  it('never leaves a heading at the foot of a page (the stylesheet keeps it with what follows)', () => {
    const pageHeight = doc.getPage(0).getHeight();
    const bottomMargin = (18 / 25.4) * 72;
    const tops: { title: string; y: number }[] = [];
    const walk = (first: PDFDict | undefined) => {
      for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
        const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray);
        const y = dest?.lookup(3);
        if (y && 'asNumber' in y) tops.push({ title: text(item.lookup(PDFName.of('Title'))) ?? '', y: (y as { asNumber(): number }).asNumber() });
        walk(item.lookupMaybe(PDFName.of('First'), PDFDict));
      }
    };
    walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(3);
    expect(tops.length).toBeGreaterThan(30);
    // A heading's top at least a heading and three lines (about 55 pt) above the bottom margin.
    const low = tops.filter((t) => t.y < bottomMargin + 55);
    expect(low, JSON.stringify(low)).toEqual([]);
    expect(tops.every((t) => t.y <= pageHeight)).toBe(true);
  });
});

describe('print helpers', () => {
  it('lets through only data: and about:blank', () => {
    expect(isAllowedUrl('data:font/woff2;base64,AAAA')).toBe(true);
    expect(isAllowedUrl('about:blank')).toBe(true);
    expect(isAllowedUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedUrl('https://example.org/')).toBe(false);
    expect(isAllowedUrl('about:srcdoc')).toBe(false);
  });

  it('dates the PDF from SOURCE_DATE_EPOCH, else from the fallback, and rejects a bad value', () => {
    const fallback = new Date(Date.UTC(2023, 2, 22));
    expect(epochDate({}, fallback)).toBe(fallback);
    expect(epochDate({ SOURCE_DATE_EPOCH: ' ' }, fallback)).toBe(fallback);
    expect(epochDate({ SOURCE_DATE_EPOCH: '1679443200' }, fallback).toISOString()).toBe('2023-03-22T00:00:00.000Z');
    expect(() => epochDate({ SOURCE_DATE_EPOCH: 'yesterday' }, fallback)).toThrow(PipelineError);
    expect(() => epochDate({ SOURCE_DATE_EPOCH: '1.5' }, fallback)).toThrow(/not a whole number of seconds/);
  });
});
