/**
 * The live preview for editors (`make preview`, or `node pipeline/launch.mjs preview [--port N]`).
 *
 * - It watches `sources/` (articles, lexicon, policy) and `templates/`, and after a change
 *   (changes within a short pause count as one) rebuilds through Make (`make html`), so
 *   exactly the stages the change concerns run, as in any build. Builds never overlap: a
 *   change during a build starts one more build after it.
 * - It serves on localhost only (127.0.0.1, and requests naming another host are refused).
 *   `/` is a small editor's page: the briefing in a full-window frame, a reload script and,
 *   after a failed build, the build's errors (`file:line:column: error: …`) above the frame.
 *   `/briefing.html` is the last good briefing, byte for byte as the build wrote it: the
 *   reload script lives only in the editor's page, never in the briefing.
 * - After every build the page reloads itself (server-sent events on `/events`) and keeps
 *   its scroll position. A failed build keeps the last good briefing in the frame; its
 *   errors go to the page and to the terminal.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, watch, type FSWatcher } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PipelineError, diagnostic } from '../shared/errors.ts';
import { makeEnv } from './manifest.ts';
import * as msg from '../shared/messages.ts';
import type { Paths } from './stages.ts';

export const DEFAULT_PORT = 4173;
export const HOST = '127.0.0.1';

export interface BuildOutcome {
  ok: boolean;
  /** What the build printed (stdout and stderr, in order). */
  log: string;
}
export type Build = () => Promise<BuildOutcome>;

/** `make html` in the project (with `OUT=` when the output folder is not the default), plain progress lines. */
export function makeBuild(p: Paths, echo: (text: string) => void = () => {}, target = 'html'): Build {
  const args = [target];
  if (p.out !== join(p.root, 'output')) args.push(`OUT=${p.out}`);
  return () =>
    new Promise((resolve) => {
      const child = spawn('make', args, { cwd: p.root, env: makeEnv({ CI: 'true' }), stdio: ['ignore', 'pipe', 'pipe'] });
      let log = '';
      const take = (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        log += text;
        echo(text);
      };
      child.stdout.on('data', take);
      child.stderr.on('data', take);
      child.on('error', (error) => resolve({ ok: false, log: `${log}${error.message}\n` }));
      child.on('close', (code) => resolve({ ok: code === 0, log }));
    });
}

/** What the editor's page shows. */
export interface PageState {
  generation: number;
  hasPage: boolean;
  /** The log of the last build when it failed, else null. */
  error: string | null;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const MAKE_NOISE = /^make(\[\d+\])?: (\*\*\*|Entering directory|Leaving directory)/;
const DIAGNOSTIC = /^\S.*?: (error|warning): |^internal error: /;

/**
 * The lines of a failed build's log worth showing: each diagnostic (`file:line:column: error: …`)
 * with its indented hint lines; when there is none, every line but Make's own noise.
 */
export function errorLines(log: string): string[] {
  const lines = log.split('\n').map((l) => l.replace(/\s+$/, ''));
  const picked: string[] = [];
  let inDiagnostic = false;
  for (const line of lines) {
    if (DIAGNOSTIC.test(line)) {
      picked.push(line);
      inDiagnostic = true;
    } else if (inDiagnostic && line.startsWith('  ')) {
      picked.push(line);
    } else {
      inDiagnostic = false;
    }
  }
  return picked.length > 0 ? picked : lines.filter((l) => l !== '' && !MAKE_NOISE.test(l));
}

/** The editor's page: the briefing in a frame, the build errors above it, the reload script. */
export function editorPage(state: PageState): string {
  const banner =
    state.error !== null
      ? `<section id="preview-error" role="alert"><h1>${escapeHtml(msg.PREVIEW_BUILD_FAILED)}</h1><pre>${escapeHtml(errorLines(state.error).join('\n'))}</pre></section>`
      : '';
  const body = state.hasPage
    ? `<iframe id="preview-frame" title="Briefing" src="/briefing.html?g=${state.generation}"></iframe>`
    : `<section id="preview-empty"><h1>${escapeHtml(msg.PREVIEW_NO_PAGE)}</h1><p>${escapeHtml(msg.PREVIEW_NO_PAGE_HINT)}</p></section>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Preview: briefing</title>
<style>
html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; }
body { display: flex; flex-direction: column; }
#preview-error { background: #fde8e8; color: #611; border-bottom: 2px solid #b00; padding: 0.5rem 1rem; max-height: 40vh; overflow: auto; }
#preview-error h1 { font-size: 1rem; margin: 0 0 0.5rem; }
#preview-error pre { margin: 0; white-space: pre-wrap; font-size: 0.85rem; }
#preview-empty { padding: 1rem; }
#preview-frame { flex: 1; border: 0; width: 100%; }
</style></head>
<body data-generation="${state.generation}">
${banner}
${body}
<script>
(() => {
  const generation = ${JSON.stringify(String(state.generation))};
  const frame = document.getElementById('preview-frame');
  const key = 'preview-scroll';
  if (frame) frame.addEventListener('load', () => {
    const y = Number(sessionStorage.getItem(key) || 0);
    if (y > 0) frame.contentWindow.scrollTo(0, y);
  });
  const events = new EventSource('/events');
  events.onmessage = (event) => {
    if (event.data === generation) return;
    if (frame && frame.contentWindow) sessionStorage.setItem(key, String(frame.contentWindow.scrollY));
    location.reload();
  };
})();
</script>
</body></html>
`;
}

export interface PreviewOptions {
  port?: number;
  build?: Build;
  /** Folders to watch; by default sources/ and templates/. */
  watch?: string[];
  /** Changes within this pause count as one. */
  debounceMs?: number;
  log?: (text: string) => void;
}

export interface Preview {
  url: string;
  /** Builds now (after the running build, if any) and tells the pages. */
  rebuild(): Promise<void>;
  state(): PageState;
  close(): Promise<void>;
}

const IGNORED = /(^|\/)\.|~$|\.swp$|\.tmp-\d+$/;

/** Starts the preview: a first build, the server on localhost, the watchers. */
export async function startPreview(p: Paths, o: PreviewOptions = {}): Promise<Preview> {
  const log = o.log ?? ((text: string) => process.stdout.write(text));
  const build = o.build ?? makeBuild(p, log);
  const htmlFile = join(p.out, 'briefing.html');
  let page: Buffer | null = null;
  let error: string | null = null;
  let generation = 0;
  const clients = new Set<ServerResponse>();

  const readPage = () => {
    if (existsSync(htmlFile)) page = readFileSync(htmlFile);
  };
  const notify = () => {
    for (const c of clients) c.write(`data: ${generation}\n\n`);
  };

  // Builds run one after another; a request during a build queues exactly one more.
  let running: Promise<void> | null = null;
  let again = false;
  const runBuild = async (): Promise<void> => {
    const t0 = performance.now();
    const outcome = await build();
    const seconds = `${((performance.now() - t0) / 1000).toFixed(2)} s`;
    if (outcome.ok) {
      error = null;
      readPage();
      log(`${msg.PREVIEW_REBUILT(seconds)}\n`);
    } else {
      error = outcome.log;
      if (page === null) readPage();
      log(`${msg.PREVIEW_FAILED(seconds)}\n`);
    }
    generation += 1;
    notify();
  };
  const rebuild = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await runBuild();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };

  readPage(); // the last good briefing of an earlier build, until the first build is done
  const server = createServer((req, res) => handle(req, res));
  const port = o.port ?? DEFAULT_PORT;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EADDRINUSE') return reject(e);
      void freePortNear(port).then((free) =>
        reject(new PipelineError(diagnostic({ file: `${HOST}:${port}` }, 'port-in-use', msg.PREVIEW_PORT_IN_USE(port), msg.PREVIEW_PORT_IN_USE_HINT(free)))),
      );
    });
    server.listen(port, HOST, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  const allowedHosts = new Set([`${HOST}:${actual}`, `localhost:${actual}`]);
  await rebuild();

  function handle(req: IncomingMessage, res: ServerResponse): void {
    // Only pages opened on this machine by this address (a DNS rebinding page is refused).
    if (!allowedHosts.has(req.headers.host ?? '')) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('forbidden\n');
      return;
    }
    const path = new URL(req.url ?? '/', `http://${HOST}`).pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
    } else if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(editorPage({ generation, hasPage: page !== null, error }));
    } else if (path === '/briefing.html' && page !== null) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(page);
    } else if (path === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(`data: ${generation}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
    } else if (path === '/status') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(`${JSON.stringify({ generation, ok: error === null, hasPage: page !== null, building: running !== null })}\n`);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
    }
  }

  const watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  const debounce = o.debounceMs ?? 150;
  for (const dir of o.watch ?? [p.sources, p.templates]) {
    if (!existsSync(dir)) continue;
    watchers.push(
      watch(dir, { recursive: true }, (_event, name) => {
        if (name !== null && IGNORED.test(String(name))) return;
        clearTimeout(timer);
        timer = setTimeout(() => void rebuild(), debounce);
      }),
    );
  }

  return {
    url: `http://${HOST}:${actual}/`,
    rebuild,
    state: () => ({ generation, hasPage: page !== null, error }),
    async close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      for (const c of clients) c.end();
      clients.clear();
      await running;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** The first port after `port` on 127.0.0.1 that can be listened on now (probed), or null. */
export async function freePortNear(port: number, tries = 20): Promise<number | null> {
  for (let candidate = port + 1; candidate <= Math.min(port + tries, 65535); candidate += 1) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(candidate, HOST, () => probe.close(() => resolve(true)));
    });
    if (free) return candidate;
  }
  return null;
}

/** The CLI command: starts the preview and runs until Ctrl-C. */
export async function preview(p: Paths, o: { port?: number } = {}): Promise<void> {
  const running = await startPreview(p, { port: o.port });
  process.stdout.write(`${msg.PREVIEW_LISTENING(running.url)}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.close();
}
