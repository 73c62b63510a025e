/**
 * The live preview for editors (`make preview`, or `node pipeline/launch.mjs preview [--port N]`).
 *
 * - It watches `sources/` (articles, lexicon, policy) and `templates/` with chokidar, which
 *   follows a file by its path: a save that replaces the file (written beside it, then renamed
 *   over it: `sed -i`, many editors' safe write, `git checkout`) is seen, and so is every
 *   later save to the new file. Changes within a short pause count as one.
 * - Rebuilds run in this process (`warmBuild`): the build graph (graph.ts) and the content-hash
 *   stamps (plan.ts) decide, as in `make html`, which stages run (items.ts buildItems), with
 *   their modules (unified, Vega…) loaded once and kept warm, and the charts kept by spec, theme
 *   and data (a spec edit renders that chart only). Only the first build, a build after a file
 *   was added or removed, and a build after the pipeline's code changed run `make html` (which
 *   installs what is missing). Builds never overlap: a change during a build starts one more
 *   build after it.
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
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, sep } from 'node:path';
import { watch as chokidar, type FSWatcher } from 'chokidar';
import { PipelineError, asPipelineError, diagnostic, format } from '../shared/errors.ts';
import { makeEnv } from './manifest.ts';
import * as msg from '../shared/messages.ts';
import type { Paths } from './stages.ts';

export const DEFAULT_PORT = 4173;
export const HOST = '127.0.0.1';

export interface BuildOutcome {
  ok: boolean;
  /** What the build printed (stdout and stderr, in order). */
  log: string;
  /** Built in this process (its processor time is the build's), not by `make`. */
  inProcess?: boolean;
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

/**
 * The preview's build: `make html` the first time (it installs what is missing), whenever the
 * files in the watched folders are not those of the last `make` (a file added, removed or
 * renamed) and when the pipeline's code is not the code this process runs; else, in this
 * process, every out-of-date stage the HTML needs (items.ts buildItems: the graph and the
 * stamps, as `build --goal html` decides), its stamp written after it. The stage modules stay
 * loaded between builds. It holds the output folder while it writes, as a build process does.
 */
export function warmBuild(p: Paths, echo: (text: string) => void = () => {}, folders = [p.sources, p.templates]): Build {
  const viaMake = makeBuild(p, echo);
  const code = codeState(p.root);
  let listed: string | null = null;
  const inProcess = async (): Promise<BuildOutcome> => {
    let log = '';
    const say = (text: string) => {
      log += text;
      echo(text);
    };
    const [{ buildItems, progressLine, runItems }, { stages }, { lockOutput }] = await Promise.all([import('./items.ts'), import('./stages.ts'), import('../shared/io.ts')]);
    // The stages print their warnings to stderr: they go to the log too (the page shows them with an error).
    const stderr = process.stderr.write;
    process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      log += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return (stderr as (...a: unknown[]) => boolean).call(process.stderr, chunk, ...rest);
    }) as typeof process.stderr.write;
    let release: (() => void) | null = null;
    let build: Awaited<ReturnType<typeof buildItems>> | null = null;
    try {
      await keepCharts();
      release = await waitForOutput(p.out, lockOutput);
      build = await buildItems([], { goal: 'html', root: p.root, out: p.out }, stages, p);
      build.begin();
      await runItems(build.items, { finished: (item, result, ms) => say(`${progressLine(item.name, result ?? 'done', ms)}\n`) });
      build.finish();
      return { ok: true, log, inProcess: true };
    } catch (error) {
      const known = asPipelineError(error);
      say(known ? `${build ? build.shown(known.diagnostics.map(format).join('\n')) : known.diagnostics.map(format).join('\n')}\n` : `internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      return { ok: false, log, inProcess: true };
    } finally {
      process.stderr.write = stderr;
      build?.end();
      release?.();
    }
  };
  // After a `make`, the stages an edit re-runs are run once here on the outputs make just wrote
  // (the same bytes, so nothing is written): their modules load and their code is compiled
  // before the first edit, and the charts are kept. A build waits for it.
  let warming: Promise<void> = Promise.resolve();
  const warm = async () => {
    const [{ stages }, { lockOutput }] = await Promise.all([import('./stages.ts'), import('../shared/io.ts')]);
    await keepCharts();
    const write = process.stderr.write;
    let release: (() => void) | null = null;
    try {
      release = lockOutput(p.out);
      // The stages print their warnings again: the make build already did.
      process.stderr.write = (() => true) as typeof process.stderr.write;
      for (const name of WARM_STAGES) await stages.find((s) => s.name === name)?.run(p);
    } catch {
      // A warm-up changes nothing: whatever failed here, the next build reports.
    } finally {
      process.stderr.write = write;
      release?.();
    }
  };
  return async () => {
    await warming;
    const files = listing(folders);
    if (files === listed && codeState(p.root) === code) return inProcess();
    const outcome = await viaMake();
    listed = files;
    if (outcome.ok) warming = warm();
    return outcome;
  };
}

/** The stages an edit of a template, style or chart re-runs, warmed up after a `make`. */
const WARM_STAGES = ['changes', 'charts', 'render'];

/** The charts stage keeps what it rendered (charts/index.ts keepRenderedCharts): a spec edit renders that chart only. */
async function keepCharts(): Promise<void> {
  (await import('../charts/index.ts')).keepRenderedCharts();
}

/** Takes the output folder (io.ts lockOutput), waiting while a `make` builds into it, as make's own flock would. */
async function waitForOutput(out: string, lockOutput: (dir: string) => () => void): Promise<() => void> {
  for (let waited = 0; ; waited += 1) {
    try {
      return lockOutput(out);
    } catch (error) {
      if (asPipelineError(error)?.diagnostics[0]?.ruleId !== 'build-locked' || waited >= LOCK_WAIT_TRIES) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** The files of the watched folders, one name a line (what the build graph would find). */
function listing(folders: string[]): string {
  return folders.flatMap((dir) => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => !IGNORED.test(f)).map((f) => `${dir}/${f}`) : [])).sort().join('\n');
}

/**
 * The pipeline's code as it is on disk (every .ts and .mjs file of pipeline/ and
 * package-lock.json, with size and time): when it differs from the code this process started
 * with, a build goes through make, which runs the new code (this process runs the old).
 */
function codeState(root: string): string {
  const dir = join(root, 'pipeline');
  const files = existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|mjs)$/.test(f)).map((f) => join(dir, f)) : [];
  return [...files.sort(), join(root, 'package-lock.json')]
    .map((f) => {
      const st = statSync(f, { bigint: true, throwIfNoEntry: false });
      return `${f}\t${st?.size ?? '-'}\t${st?.mtimeNs ?? '-'}`;
    })
    .join('\n');
}

/** Every file of the watched folders with its inode, size and modification time, as one string (a save changes it). */
function fileStates(folders: string[]): string {
  const out: string[] = [];
  for (const dir of folders) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      if (IGNORED.test(f)) continue;
      const st = statSync(join(dir, f), { bigint: true, throwIfNoEntry: false });
      if (st?.isFile()) out.push(`${dir}/${f}\t${st.ino}\t${st.size}\t${st.mtimeNs}`);
    }
  }
  return out.join('\n');
}

/** How long (in tenths of a second) the preview waits for another build to leave the output folder. */
const LOCK_WAIT_TRIES = 1200;
/** chokidar's window in which a further change of the same file emits nothing (its index.js `_throttle(EV.CHANGE, path, 50)`). */
const CHOKIDAR_CHANGE_THROTTLE_MS = 50;

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
  /** The build; by default `warmBuild`. */
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
  const build = o.build ?? warmBuild(p, log, o.watch);
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
  const folders = (o.watch ?? [p.sources, p.templates]).filter((dir) => existsSync(dir));
  let lastEvent = -Infinity;
  const runBuild = async (): Promise<void> => {
    const before = fileStates(folders);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const outcome = await build();
    const seconds = `${((performance.now() - t0) / 1000).toFixed(2)} s`;
    // This process's processor time: the build's when it ran here (a make runs in other processes).
    const used = process.cpuUsage(cpu0);
    const cpu = outcome.inProcess ? `${((used.user + used.system) / 1e6).toFixed(2)} s` : null;
    if (outcome.ok) {
      error = null;
      readPage();
      log(`${msg.PREVIEW_REBUILT(seconds, cpu)}\n`);
    } else {
      error = outcome.log;
      if (page === null) readPage();
      log(`${msg.PREVIEW_FAILED(seconds)}\n`);
    }
    generation += 1;
    notify();
    // chokidar emits nothing for a second change of a file within 50 ms of the first (its
    // throttle). Once that window after the last event has passed, the files are compared with
    // how they were when this build started: a save it did not report is built too.
    const wait = lastEvent + CHOKIDAR_CHANGE_THROTTLE_MS + 5 - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (!again && fileStates(folders) !== before) again = true;
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

  // chokidar watches each file by its path (and each folder for added files): a file replaced
  // by a rename is watched again, so later saves to it are seen too.
  let timer: NodeJS.Timeout | undefined;
  // A short pause lets a burst of saves (several files, an editor's write then rename) settle into one build.
  const debounce = o.debounceMs ?? 15;
  const watcher: FSWatcher | null =
    folders.length === 0
      ? null
      : chokidar(folders, {
          ignoreInitial: true,
          ignored: (path: string) => IGNORED.test(path.replace(/\\/g, '/').split('/').pop() ?? ''),
          // A file replaced by a rename gives one `change`, not `unlink` then `add`.
          atomic: true,
        });
  watcher?.on('all', () => {
    lastEvent = performance.now();
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), debounce);
  });
  if (watcher) await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  return {
    url: `http://${HOST}:${actual}/`,
    rebuild,
    state: () => ({ generation, hasPage: page !== null, error }),
    async close() {
      clearTimeout(timer);
      await watcher?.close();
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

/** The line the preview starts with: its address and the folders it watches, as the project names them (another event's with make EVENT=dir). */
export function listening(url: string, p: Paths): string {
  const folder = (dir: string) => `${relative(p.root, dir).split(sep).join('/') || '.'}/`;
  return msg.PREVIEW_LISTENING(url, folder(p.sources), folder(p.templates));
}

/** The CLI command: starts the preview and runs until Ctrl-C. */
export async function preview(p: Paths, o: { port?: number } = {}): Promise<void> {
  const running = await startPreview(p, { port: o.port });
  process.stdout.write(`${listening(running.url, p)}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.close();
}
