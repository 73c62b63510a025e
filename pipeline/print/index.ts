/**
 * The print stage: one self-contained HTML file in, an A4 PDF out.
 *
 * Chromium prints the page with JavaScript off; every request the page makes is
 * intercepted, and only data: and about:blank addresses are let through: the rest are
 * aborted and counted, so a hostile article can neither run a script nor reach the network
 * or the disk. The PDF is tagged and has an outline from the headings. The page (size,
 * margins, the running header and the "page N of M" footer) is the HTML's own: its stylesheet's
 * `@page` rule and margin boxes (templates/style.css), set in Inter like the rest.
 *
 * Chromium stamps the PDF with the time of printing; pdf-lib then sets the metadata and
 * both dates from `options.date`, so the same HTML and date give the same bytes.
 */
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { PipelineError, diagnostic } from '../shared/errors.ts';
import * as msg from '../shared/messages.ts';
import { closeWarm, findChromium, warmUp, withBrowser } from './browser.ts';
import { overflows, pageMargins, pageOf, preloadPdfJs, readPages, textAreaPx, underfull, type Snapshot } from './layout.ts';

/** The layout check's findings: elements past the text area's edge, and pages too empty. */
export interface PrintedLayout {
  pages: number;
  overflows: { element: string; text: string; by: number; page: number | null }[];
  underfull: { page: number; percent: number }[];
}

export interface PrintOptions {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** CreationDate and ModDate of the PDF: from `epochDate`, never the clock. */
  date: Date;
  /** BCP 47 language of the document (`en`, `de-CH`), written to the PDF catalog. */
  language?: string;
  /** Limit of one attempt (start Chromium, load, print); one retry follows a failure. */
  timeoutMs?: number;
  /** Defaults to `findChromium()`. */
  chromiumPath?: string;
}

export interface PrintResult {
  pdf: Uint8Array;
  /** What the layout check found on the printed pages (print/layout.ts). */
  layout: PrintedLayout;
  /** Requests the page made: how many were let through (data:, about:blank), and every other address, sorted. */
  requests: { allowed: number; blocked: string[] };
}

/** The page size when the HTML's stylesheet sets none (an `@page { size }` rule wins). */
export const PAGE_FORMAT = 'A4';

/** The only addresses a page may load: inline data and the empty page. */
export function isAllowedUrl(url: string): boolean {
  return url.startsWith('data:') || url === 'about:blank';
}

/** The build date: `SOURCE_DATE_EPOCH` (whole seconds) when set and not empty, else `fallback`. */
export function epochDate(env: NodeJS.ProcessEnv = process.env, fallback: Date): Date {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = raw.trim();
  // Whole seconds, at most year 9999 (what a PDF date can hold).
  if (!/^\d{1,12}$/.test(value) || Number(value) > 253402300799) {
    throw new PipelineError(diagnostic({ file: 'SOURCE_DATE_EPOCH' }, 'bad-epoch', msg.BAD_EPOCH(raw), msg.BAD_EPOCH_HINT));
  }
  return new Date(Number(value) * 1000);
}

/**
 * Starts the print browser ahead of `printPdf` (a build calls it when it begins, so Chromium
 * starts while the stages before print run). Quiet when there is no Chromium: printing says so.
 */
export function warmUpPrinter(chromiumPath?: string): void {
  preloadPdfJs();
  try {
    warmUp(chromiumPath ?? findChromium(), undefined, preparePage);
  } catch {
    // no browser found: the print stage reports it with its hint
  }
}

export { closeWarm as closeWarmPrinter };

/** Prints `html` to a PDF in a fresh, locked-down Chromium. */
export async function printPdf(html: string, options: PrintOptions): Promise<PrintResult> {
  const chromiumPath = options.chromiumPath ?? findChromium();
  const printOptions = { timeoutMs: options.timeoutMs, chromiumPath };
  // The PDF is finished (metadata, dates, links) while the browser closes.
  return withBrowser(
    printOptions,
    (browser, timeoutMs, prepared) => printOnce(browser, html, options, timeoutMs, prepared),
    async ({ raw, requests, layout }) => ({ pdf: await finish(raw, options), requests, layout }),
  );
}

/** A page set up for printing: JavaScript off, every request decided by `isAllowedUrl` and counted. */
interface PrintPage {
  page: Page;
  allowed: number;
  blocked: string[];
}

async function preparePage(browser: Browser): Promise<PrintPage> {
  const page = await browser.newPage();
  const state: PrintPage = { page, allowed: 0, blocked: [] };
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    if (isAllowedUrl(url)) {
      state.allowed += 1;
      void request.continue().catch(() => undefined);
    } else {
      state.blocked.push(url);
      // A navigation (meta refresh, iframe) is answered "204 No Content" from here, so the
      // frame keeps its document instead of turning into an error page; the rest is aborted.
      const answer = request.isNavigationRequest() ? request.respond({ status: 204, body: '' }) : request.abort('blockedbyclient');
      void answer.catch(() => undefined);
    }
  });
  return state;
}

async function printOnce(
  browser: Browser,
  html: string,
  options: PrintOptions,
  timeoutMs: number,
  prepared?: unknown,
): Promise<{ raw: Uint8Array; requests: PrintResult['requests']; layout: PrintedLayout }> {
  // A page the build set up while the browser started (warmUpPrinter), else a new one.
  const state = (prepared as PrintPage | undefined) ?? (await preparePage(browser));
  const { page } = state;
  const loading = page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
  void pdfLib().catch(() => undefined);
  preloadPdfJs();
  await loading;
  // The running header and footer are the stylesheet's page margin boxes, laid out with the
  // page: Chromium's own header and footer templates would be separate documents, laid out again
  // for every page (a fifth of a second for the dozen pages of the briefing).
  const raw = await page.pdf({
    format: PAGE_FORMAT,
    printBackground: true,
    preferCSSPageSize: true,
    tagged: true,
    outline: true,
    waitForFonts: true,
    timeout: timeoutMs,
  });
  const layout = await checkLayout(page, html, raw);
  await page.close();
  return { raw, requests: { allowed: state.allowed, blocked: [...state.blocked].sort() }, layout };
}

/**
 * The layout check (print/layout.ts) on the page just printed: the PDF read back for how full
 * each page is, then the same page laid out for print at the text area's width and captured by
 * CDP (no script runs in the page) for elements that reach past its edges.
 */
async function checkLayout(page: Page, html: string, raw: Uint8Array): Promise<PrintedLayout> {
  const margins = pageMargins(html);
  const { pages, width, destinations } = await readPages(raw, margins);
  await page.emulateMediaType('print');
  await page.setViewport({ width: Math.max(1, Math.floor(textAreaPx(width, margins))), height: 1000 });
  const cdp = await page.createCDPSession();
  const snapshot = (await cdp.send('DOMSnapshot.captureSnapshot', { computedStyles: [] })) as unknown as Snapshot;
  await cdp.detach();
  return {
    pages: pages.length,
    overflows: overflows(snapshot, Math.floor(textAreaPx(width, margins))).map(({ anchors, ...o }) => ({ ...o, page: pageOf(pages, o.text, anchors, destinations) })),
    underfull: underfull(pages),
  };
}

// pdf-lib is loaded when a print begins, not with this module: a build imports this module to
// start the browser, and the tenth of a second pdf-lib takes to load is then spent while
// Chromium lays out the page, not before Chromium starts.
let pdfLibModule: Promise<typeof import('pdf-lib')> | undefined;
// (From the bundle, the CommonJS build of pdf-lib arrives as the namespace's default export.)
const pdfLib = () =>
  (pdfLibModule ??= import('pdf-lib').then((m) => ('PDFDocument' in m ? m : (m as unknown as { default: typeof m }).default)));

/** Link targets a reader may follow from the PDF; any other URI action is removed. */
function isSafeLinkUri(uri: string): boolean {
  return /^(https?:|mailto:)/i.test(uri);
}

/**
 * Sets metadata and dates, and drops link annotations whose URI is not http(s) or mailto
 * (a `javascript:` link in an article must not become a PDF action).
 */
async function finish(raw: Uint8Array, options: PrintOptions): Promise<Uint8Array> {
  const { PDFDocument, PDFName, PDFDict, PDFString, PDFHexString, PDFArray, ParseSpeeds } = await pdfLib();
  // All objects at once: pdf-lib's default pauses every 100 objects (a tagged PDF has thousands).
  const doc = await PDFDocument.load(raw, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  doc.setTitle(options.title, { showInWindowTitleBar: true });
  doc.setAuthor(options.author);
  doc.setSubject(options.subject);
  doc.setKeywords(options.keywords);
  doc.setCreator('briefing-pipeline');
  doc.setCreationDate(options.date);
  doc.setModificationDate(options.date);
  if (options.language) doc.setLanguage(options.language);
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) continue;
    for (let i = 0; i < annots.size(); i += 1) {
      const annot = annots.lookupMaybe(i, PDFDict);
      const action = annot?.lookupMaybe(PDFName.of('A'), PDFDict);
      if (!annot || !action) continue;
      const uri = action.lookup(PDFName.of('URI'));
      const safe =
        action.lookup(PDFName.of('S')) === PDFName.of('GoTo') ||
        ((uri instanceof PDFString || uri instanceof PDFHexString) && isSafeLinkUri(uri.decodeText()));
      // The annotation stays (the structure tree points at it); only its action goes.
      if (!safe) annot.delete(PDFName.of('A'));
    }
  }
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Infinity });
}
