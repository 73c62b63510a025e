/**
 * The print half of the layout check, run on what Chromium printed (the charts stage checks
 * chart labels on the SVG itself, charts/collisions.ts):
 *
 * - overflow: after printing, the same page is laid out for print media at the width of the
 *   page's text area (page width less the `@page` margins) and captured with CDP's DOMSnapshot
 *   (the page runs with JavaScript off, so nothing is asked of the page's own script engine);
 *   an element whose box reaches past either side of the text area is a warning. Only the
 *   outermost such element is named (its cells and words would repeat it).
 * - fill: the printed PDF is read back with pdf.js; on each page the lowest line of text marks
 *   how full it is. A page under `MIN_FILL` of its text area is a warning unless the next page
 *   begins with a heading of the outline (a section ends there) or it is the last page.
 *
 * The page an element is on is found by its text in the PDF's pages.
 */

import * as csstree from 'css-tree/dist/csstree.esm';
import { diagnostic, type Diagnostic } from '../shared/errors.ts';
import * as msg from '../shared/messages.ts';

/** A page less full than this (share of the text area's height) is a warning, unless a section ends there. */
export const MIN_FILL = 0.4;

/** CSS px per PDF point. */
const PX_PER_PT = 96 / 72;

/** Tolerance in CSS px: subpixel layout never counts as overflow. */
const SLACK_PX = 1;

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const UNIT_PT: Record<string, number> = { mm: 72 / 25.4, cm: 72 / 2.54, in: 72, pt: 1, px: 72 / 96, q: 72 / 101.6, pc: 12 };

/** One CSS length in points (`20mm`, `0`, `1in`), or null when it is not an absolute length. */
function lengthPt(value: string): number | null {
  const m = /^(-?\d*\.?\d+)([a-z]*)$/i.exec(value.trim());
  if (!m) return null;
  const n = Number(m[1]);
  if (m[2] === '') return n === 0 ? 0 : null;
  const unit = UNIT_PT[m[2]!.toLowerCase()];
  return unit === undefined ? null : n * unit;
}

/**
 * The page margins of the document's `@page` rules that hold for every page (no `:first` or
 * other page selector), in points, read from its style elements with css-tree (comments,
 * several rules, `margin` and `margin-top` … each as the cascade takes them, the later winning);
 * zero where none is given as an absolute length.
 */
export function pageMargins(html: string): Margins {
  const out = { top: 0, right: 0, bottom: 0, left: 0 };
  const sides = ['top', 'right', 'bottom', 'left'] as const;
  for (const [, css] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) {
    const ast = csstree.parse(css!, { parseValue: false, parseRulePrelude: false, parseAtrulePrelude: false });
    csstree.walk(ast, {
      visit: 'Atrule',
      enter(node) {
        if (node.name.toLowerCase() !== 'page' || (node.prelude && csstree.generate(node.prelude).trim() !== '') || !node.block) return;
        node.block.children.forEach((d) => {
          if (d.type !== 'Declaration') return;
          const property = d.property.toLowerCase();
          const value = csstree.generate(d.value).trim();
          if (property === 'margin') {
            const parts = value.split(/\s+/).map(lengthPt);
            if (parts.length === 0 || parts.length > 4 || parts.some((x) => x === null)) return;
            const [t, r = t, b = t, l = r] = parts as number[];
            Object.assign(out, { top: t!, right: r!, bottom: b!, left: l! });
          } else if (property.startsWith('margin-')) {
            const side = sides.find((x) => property === `margin-${x}`);
            const length = lengthPt(value);
            if (side && length !== null) out[side] = length;
          }
        });
      },
    });
  }
  return out;
}

// ── overflow, from a DOMSnapshot ────────────────────────────────────────────────────────────

/** The parts of CDP's `DOMSnapshot.captureSnapshot` result this reads. */
export interface Snapshot {
  documents: {
    nodes: { parentIndex?: number[]; nodeType?: number[]; nodeName?: number[]; nodeValue?: number[]; attributes?: number[][] };
    layout: { nodeIndex: number[]; bounds: number[][] };
  }[];
  strings: string[];
}

export interface Overflow {
  /** `table.figures`, `figcaption#x`: tag, id and classes. */
  element: string;
  /** The start of its text, to find it in the PDF and to show a reader. */
  text: string;
  /** How far past the text area it reaches, in whole CSS px. */
  by: number;
  /** Ids of the elements before it (ancestors included), nearest first: the PDF knows the page of those that are link targets. */
  anchors: string[];
}

/** Elements whose box reaches past the text area (`width` CSS px wide), outermost only, in document order. */
export function overflows(snapshot: Snapshot, width: number): Overflow[] {
  const doc = snapshot.documents[0];
  if (!doc) return [];
  const s = (i: number | undefined) => (i === undefined || i < 0 ? '' : (snapshot.strings[i] ?? ''));
  const parent = doc.nodes.parentIndex ?? [];
  const type = doc.nodes.nodeType ?? [];
  const over = new Map<number, number>();
  doc.layout.nodeIndex.forEach((index, i) => {
    // A run of text that reaches past the edge is its element's.
    const node = type[index] === 3 ? (parent[index] ?? -1) : index;
    if (node < 0 || type[node] !== 1) return;
    const name = s(doc.nodes.nodeName?.[node]).toLowerCase();
    // A list's marker hangs in the list's indent by design.
    if (name === 'html' || name === 'body' || name === '::marker') return;
    const [x = 0, , w = 0] = doc.layout.bounds[i] ?? [];
    const by = Math.ceil(Math.max(x + w - width, -x));
    if (w > 0 && by > SLACK_PX) over.set(node, Math.max(by, over.get(node) ?? 0));
  });
  const hasOverflowingAncestor = (node: number) => {
    for (let p = parent[node] ?? -1; p >= 0; p = parent[p] ?? -1) if (over.has(p)) return true;
    return false;
  };
  const textOf = (node: number) => {
    let text = '';
    // Nodes are in document order: the subtree of `node` is the run after it whose ancestors include it.
    for (let k = node + 1; k < type.length && text.length < 60; k += 1) {
      let inside = false;
      for (let p = parent[k] ?? -1; p >= node; p = parent[p] ?? -1) if (p === node) inside = true;
      if (!inside) break;
      if (type[k] === 3) text += s(doc.nodes.nodeValue?.[k]);
    }
    return text.replace(/\s+/g, ' ').trim().slice(0, 50);
  };
  const idOf = (node: number) => {
    const attrs = doc.nodes.attributes?.[node] ?? [];
    for (let a = 0; a + 1 < attrs.length; a += 2) if (s(attrs[a]) === 'id') return s(attrs[a + 1]);
    return '';
  };
  const anchorsBefore = (node: number) => {
    const ids: string[] = [];
    for (let k = node; k >= 0 && ids.length < 200; k -= 1) {
      const id = type[k] === 1 ? idOf(k) : '';
      if (id) ids.push(id);
    }
    return ids;
  };
  const describe = (node: number) => {
    const attrs = doc.nodes.attributes?.[node] ?? [];
    let id = '';
    let cls = '';
    for (let a = 0; a + 1 < attrs.length; a += 2) {
      if (s(attrs[a]) === 'id') id = `#${s(attrs[a + 1])}`;
      if (s(attrs[a]) === 'class') cls = s(attrs[a + 1]).trim().split(/\s+/).filter(Boolean).map((c) => `.${c}`).join('');
    }
    return `${s(doc.nodes.nodeName?.[node]).toLowerCase()}${id}${cls}`;
  };
  return [...over]
    .filter(([node]) => !hasOverflowingAncestor(node))
    .sort((a, b) => a[0] - b[0])
    .map(([node, by]) => ({ element: describe(node), text: textOf(node), by, anchors: anchorsBefore(node) }));
}

// ── pages, from the printed PDF ─────────────────────────────────────────────────────────────

export interface PrintedPage {
  /** The page's text, its runs joined without spaces (for finding an element's text). */
  text: string;
  /** Share of the text area's height down to the lowest line of text (0 to 1). */
  fill: number;
  /** Whether a heading of the outline stands at the top of the page's text area. */
  startsSection: boolean;
}

/** Whitespace-free text, as an element's text is found in a page's. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsModule: Promise<PdfJs> | undefined;

/**
 * pdf.js, with its worker's code loaded into this thread as the `pdfjsWorker` global pdf.js
 * looks for first: pdf.js would otherwise import `pdf.worker.mjs` from beside itself, a file
 * the bundle (pipeline/launch.mjs) does not have.
 */
async function loadPdfJs(): Promise<PdfJs> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
  const global = globalThis as { pdfjsWorker?: unknown };
  global.pdfjsWorker ??= worker;
  return pdfjs;
}

/** Starts loading pdf.js (a build calls it when the printer warms up, so the load overlaps the stages before print). */
export function preloadPdfJs(): void {
  void (pdfjsModule ??= loadPdfJs()).catch(() => undefined);
}

/** The pages of a printed PDF: text, how full, whether a section starts at the top. */
export async function readPages(pdf: Uint8Array, margins: Margins): Promise<{ pages: PrintedPage[]; width: number; destinations: Map<string, number> }> {
  const pdfjs = await (pdfjsModule ??= loadPdfJs());
  const doc = await pdfjs.getDocument({ data: pdf.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: true }).promise;
  try {
    // Where each heading of the outline stands: page index and height on the page.
    const starts = new Map<number, number>();
    const outline = (await doc.getOutline()) ?? [];
    // Sections are the outline's first two levels (the title and the h2 sections): a page
    // left short before a subsection heading (h3) is as empty as any other.
    const visit = async (items: typeof outline, depth: number): Promise<void> => {
      if (depth > 1) return;
      for (const item of items) {
        const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
        if (Array.isArray(dest) && dest[0] && typeof dest[0] === 'object') {
          const index = await doc.getPageIndex(dest[0] as { num: number; gen: number });
          const y = typeof dest[3] === 'number' ? dest[3] : 0;
          starts.set(index, Math.max(starts.get(index) ?? -Infinity, y));
        }
        await visit(item.items ?? [], depth + 1);
      }
    };
    await visit(outline, 0);
    // The page (0-based) of every named destination (the targets of the document's own links).
    const destinations = new Map<string, number>();
    for (const [name, dest] of Object.entries((await doc.getDestinations()) as Record<string, unknown[]>)) {
      if (Array.isArray(dest) && dest[0] && typeof dest[0] === 'object') destinations.set(name, await doc.getPageIndex(dest[0] as { num: number; gen: number }));
    }
    const pages: PrintedPage[] = [];
    let width = 0;
    for (let i = 0; i < doc.numPages; i += 1) {
      const page = await doc.getPage(i + 1);
      const [, , pageWidth = 0, height = 0] = page.view;
      if (i === 0) width = pageWidth;
      const top = height - margins.top;
      const bottom = margins.bottom;
      const content = await page.getTextContent();
      let lowest = top;
      let text = '';
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const y = item.transform[5] as number;
        // Text in the margins (running header, page numbers) is not the page's content.
        if (y < bottom - 1 || y > top + 1) continue;
        text += item.str;
        lowest = Math.min(lowest, y);
      }
      const area = Math.max(1, top - bottom);
      const headingY = starts.get(i);
      // A heading within the first eighth of the text area begins the page.
      pages.push({ text: squeeze(text), fill: (top - lowest) / area, startsSection: headingY !== undefined && headingY >= top - area / 8 });
      page.cleanup();
    }
    return { pages, width, destinations };
  } finally {
    await doc.destroy();
  }
}

/**
 * The page (1-based) of an element: the first page whose text holds the start of its `text`,
 * searched from the page of the nearest of its `anchors` the PDF has a destination for; null
 * when its text is on no page.
 */
export function pageOf(pages: PrintedPage[], text: string, anchors: string[], destinations: Map<string, number>): number | null {
  const needle = squeeze(text).slice(0, 40);
  if (!needle) return null;
  const anchor = anchors.find((a) => destinations.has(a));
  const from = anchor === undefined ? 0 : destinations.get(anchor)!;
  for (let i = from; i < pages.length; i += 1) if (pages[i]!.text.includes(needle)) return i + 1;
  const first = pages.findIndex((p) => p.text.includes(needle));
  return first < 0 ? null : first + 1;
}

/** Pages under `MIN_FILL` that end no section: 1-based numbers and their fill in whole per cent. */
export function underfull(pages: PrintedPage[]): { page: number; percent: number }[] {
  const out: { page: number; percent: number }[] = [];
  pages.forEach((p, i) => {
    const next = pages[i + 1];
    if (next === undefined || next.startsSection || p.fill >= MIN_FILL) return;
    out.push({ page: i + 1, percent: Math.round(p.fill * 100) });
  });
  return out;
}

/** CSS px of the text area's width for a page `widthPt` wide. */
export function textAreaPx(widthPt: number, margins: Margins): number {
  return (widthPt - margins.left - margins.right) * PX_PER_PT;
}

/** The layout check's findings as warnings on the printed file (`file`, relative to the project). */
export function layoutWarnings(
  file: string,
  layout: { overflows: { element: string; text: string; by: number; page: number | null }[]; underfull: { page: number; percent: number }[] },
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const o of layout.overflows) {
    const element = o.text ? `${o.element} ("${o.text}")` : o.element;
    out.push(diagnostic({ file }, 'layout-overflow', msg.LAYOUT_OVERFLOW(element, o.page, o.by), msg.LAYOUT_OVERFLOW_HINT, 'warning'));
  }
  for (const u of layout.underfull) out.push(diagnostic({ file }, 'layout-underfull', msg.LAYOUT_UNDERFULL(u.page, u.percent), msg.LAYOUT_UNDERFULL_HINT, 'warning'));
  return out;
}
