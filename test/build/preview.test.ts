/**
 * The live preview, end to end in headless Chromium: a project whose Makefile's `html` target
 * copies a template to output/briefing.html (and fails with a diagnostic when the template
 * says BROKEN), the real preview server and watcher on it, building through that Makefile, and
 * a browser on the editor's page.
 * Every wait is for a state (the page shows X), never for a time.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from '../../pipeline/print/browser.ts';
import * as msg from '../../pipeline/shared/messages.ts';
import { editorPage, errorLines, freePortNear, makeBuild, startPreview, type Preview } from '../../pipeline/build/preview.ts';
import { paths } from '../../pipeline/build/stages.ts';
import { createServer } from 'node:net';

const MAKEFILE = `html: output/briefing.html
output/briefing.html: templates/page.html
\t@if grep -q BROKEN templates/page.html; then echo "templates/page.html:1:7: error: the page is broken [broken]" >&2; echo "  Remove BROKEN." >&2; exit 1; fi
\t@mkdir -p output && cp templates/page.html output/briefing.html
\t@echo "render  0.01 s  copied"
`;

const page = (text: string) => `<!doctype html><html><body><main>${text}</main></body></html>\n`;

let root: string;
let preview: Preview;
let browser: Browser;
let tab: Page;
const terminal: string[] = [];

function write(rel: string, text: string): void {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
}

/** The text of the briefing inside the editor's frame, once the page has one. */
const frameText = () => (document.querySelector('iframe') as HTMLIFrameElement | null)?.contentDocument?.querySelector('main')?.textContent ?? '';

function get(path: string, host?: string): Promise<{ status: number; body: string }> {
  const url = new URL(path, preview.url);
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: host ? { host } : {} }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'preview-test-'));
  write('Makefile', MAKEFILE);
  write('templates/page.html', page('Version one'));
  write('sources/a.md', '---\nid: a\n---\nText.\n');
  // Every build through this project's Makefile (the preview's own build runs make only for the
  // first build: test/build/preview-warm.test.ts).
  const log = (t: string) => terminal.push(t);
  preview = await startPreview(paths(root), { port: 0, debounceMs: 50, log, build: makeBuild(paths(root), log) });
  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, pipe: true, args: chromiumArgs().filter((a) => !a.startsWith('--host-resolver-rules')) });
  tab = await browser.newPage();
  await tab.goto(preview.url);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  rmSync(root, { recursive: true, force: true });
}, 60_000);

// Generous limits for a busy 2-core machine: they stop a hung test, they do not time anything.
describe('preview', { timeout: 60_000 }, () => {
  it('serves on localhost only and shows the built briefing', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    await tab.waitForFunction(frameText);
    expect(await tab.evaluate(frameText)).toBe('Version one');
    expect((await get('/', 'evil.example:80')).status).toBe(403);
  });

  it('rebuilds after a template edit and the page shows the change', async () => {
    write('templates/page.html', page('Version two'));
    await tab.waitForFunction((want) => (document.querySelector('iframe') as HTMLIFrameElement | null)?.contentDocument?.querySelector('main')?.textContent === want, {}, 'Version two');
    expect(readFileSync(join(root, 'output/briefing.html'), 'utf8')).toBe(page('Version two'));
  });

  it('serves the briefing byte for byte: the reload script is in the editor page only', async () => {
    const briefing = await get('/briefing.html');
    expect(briefing.body).toBe(readFileSync(join(root, 'output/briefing.html'), 'utf8'));
    expect(briefing.body).not.toContain('<script');
    expect((await get('/')).body).toContain('EventSource');
  });

  it('shows a build error in the page and the terminal, and keeps the last good briefing', async () => {
    write('templates/page.html', page('Version three BROKEN'));
    await tab.waitForSelector('#preview-error');
    const banner = await tab.$eval('#preview-error', (e) => e.textContent ?? '');
    expect(banner).toContain(msg.PREVIEW_BUILD_FAILED);
    expect(banner).toContain('templates/page.html:1:7: error: the page is broken [broken]');
    expect(banner).toContain('Remove BROKEN.');
    expect(banner).not.toContain('make: ***');
    // The frame loads after the page (on a busy machine a moment later): wait for its text.
    await tab.waitForFunction((want) => (document.querySelector('iframe') as HTMLIFrameElement | null)?.contentDocument?.querySelector('main')?.textContent === want, {}, 'Version two');
    expect(await tab.evaluate(frameText)).toBe('Version two');
    const said = terminal.join('');
    expect(said).toContain('templates/page.html:1:7: error: the page is broken [broken]');
    expect(said).toMatch(/preview: the build failed after \d+\.\d\d s/);
  });

  it('clears the error once the template is fixed', async () => {
    write('templates/page.html', page('Version four'));
    await tab.waitForFunction((want) => (document.querySelector('iframe') as HTMLIFrameElement | null)?.contentDocument?.querySelector('main')?.textContent === want, {}, 'Version four');
    expect(await tab.$('#preview-error')).toBeNull();
    expect(preview.state().error).toBeNull();
  });

  it('rebuilds on a change in sources/ too', async () => {
    const before = preview.state().generation;
    write('sources/a.md', '---\nid: a\n---\nText, edited.\n');
    await tab.waitForFunction((g) => Number(document.body.dataset.generation) > g, {}, before);
    expect(preview.state().generation).toBeGreaterThan(before);
  });
});

describe('editor page', () => {
  it('escapes the build log: article text in an error stays text', () => {
    const html = editorPage({ generation: 3, hasPage: true, error: 'sources/a.md:2:1: error: <script>alert(1)</script>\nmake: *** [Makefile:9: x] Error 1\n' });
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('make: ***');
    expect(html).toContain('src="/briefing.html?g=3"');
  });

  it('says so when no briefing was built yet', () => {
    const html = editorPage({ generation: 1, hasPage: false, error: 'x.md:1:1: error: y' });
    expect(html).toContain(msg.PREVIEW_NO_PAGE);
    expect(html).not.toContain('<iframe');
  });

  it('keeps diagnostics and hints, drops commands, progress lines and Make noise', () => {
    const log = 'node --import tsx pipeline/cli.ts render\ningest       0.42 s  5 sources\na.md:1:2: error: x [r]\n  Do y.\nb.md: warning: w [s]\nmake: *** [Makefile:1: z] Error 1\n';
    expect(errorLines(log)).toEqual(['a.md:1:2: error: x [r]', '  Do y.', 'b.md: warning: w [s]']);
  });

  it('shows the whole log but Make noise when it holds no diagnostic', () => {
    expect(errorLines('sh: 1: node: not found\nmake: *** [Makefile:1: z] Error 127\nmake[1]: Leaving directory \'/x\'\n')).toEqual(['sh: 1: node: not found']);
  });
});

describe('port in use', () => {
  const listen = (port: number) =>
    new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
      const s = createServer();
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => resolve(s));
    });

  it('says so, and the hint names a port that is free (probed), not the busy one', async () => {
    const busy = await listen(0);
    const port = (busy.address() as { port: number }).port;
    // The next port is taken too (when it can be): the hint must skip it.
    const next = await listen(port + 1).catch(() => null);
    try {
      const error = await startPreview(paths(root), { port, build: async () => ({ ok: true, log: '' }), watch: [] }).then(
        () => null,
        (e: unknown) => e as { diagnostics: { message: string; hint?: string }[] },
      );
      expect(error?.diagnostics[0]!.message).toBe(msg.PREVIEW_PORT_IN_USE(port));
      const hint = error!.diagnostics[0]!.hint!;
      const suggested = Number(/PORT=(\d+)/.exec(hint)![1]);
      expect(suggested).not.toBe(port);
      if (next) expect(suggested).not.toBe(port + 1);
      const probe = await listen(suggested);
      probe.close();
    } finally {
      busy.close();
      next?.close();
    }
  });

  it('finds the first free port after the given one', async () => {
    const busy = await listen(0);
    const port = (busy.address() as { port: number }).port;
    try {
      const free = await freePortNear(port);
      expect(free).not.toBeNull();
      expect(free!).toBeGreaterThan(port);
    } finally {
      busy.close();
    }
  });
});
