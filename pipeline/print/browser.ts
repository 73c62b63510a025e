/**
 * The print browser: finding Chromium, asking its version, and running one job in a fresh,
 * locked-down instance with a time limit and one retry.
 *
 * Every instance is started with a private temporary profile, talks to us over a pipe (no
 * debugging port is opened), resolves no host name (`--host-resolver-rules`) and has its
 * background networking, updates and sync turned off. What a page may load is decided in
 * `print.ts` (request interception); this module only owns the process.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { delimiter, join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { PipelineError, diagnostic } from '../shared/errors.ts';
import * as msg from '../shared/messages.ts';

/** Where Chromium is looked for when CHROMIUM_PATH is unset: these paths, then these names on PATH. */
export const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Per-attempt limit (launch + load + print) when the caller gives none. */
/**
 * How long one print attempt (start, load, print) may take: 60 s, or PRINT_TIMEOUT seconds from
 * the environment (`PRINT_TIMEOUT=180 make` on a busy machine). The hint of a timeout names it.
 */
export const DEFAULT_TIMEOUT_MS = printTimeout(process.env.PRINT_TIMEOUT);

export function printTimeout(setting: string | undefined): number {
  const seconds = Number(setting);
  return setting !== undefined && setting.trim() !== '' && Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : 60_000;
}
/** One retry: a first failure may be a busy machine; a second one is reported. */
export const ATTEMPTS = 2;

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium to print with: `CHROMIUM_PATH` when set (and then only that one, so a
 * wrong setting is reported rather than silently replaced), else the first executable of
 * `CHROMIUM_PATHS`, else the first of `CHROMIUM_NAMES` found on `PATH`.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.CHROMIUM_PATH;
  if (chosen !== undefined && chosen !== '') {
    if (isExecutable(chosen)) return chosen;
    throw new PipelineError(diagnostic({ file: 'CHROMIUM_PATH' }, 'no-browser', msg.NO_BROWSER([chosen]), msg.NO_BROWSER_HINT));
  }
  const tried: string[] = [];
  for (const path of CHROMIUM_PATHS) {
    tried.push(path);
    if (isExecutable(path)) return path;
  }
  const dirs = (env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  for (const name of CHROMIUM_NAMES) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (isExecutable(path)) return path;
    }
    tried.push(`${name} on PATH`);
  }
  throw new PipelineError(diagnostic({ file: 'CHROMIUM_PATH' }, 'no-browser', msg.NO_BROWSER(tried), msg.NO_BROWSER_HINT));
}

const versions = new Map<string, Promise<string>>();

/**
 * `Chromium 120.0.6099.224 built on Debian …`: the line `--version` prints, for the build
 * manifest. Asked once per process and path, without blocking: a build asks when it starts its
 * browser (`warmUp`), and the manifest at the end finds the answer waiting.
 */
export function chromiumVersion(path: string, timeoutMs = 30_000): Promise<string> {
  let version = versions.get(path);
  if (!version) {
    version = promisify(execFile)(path, ['--version'], { encoding: 'utf8', timeout: timeoutMs })
      .then(({ stdout }) => versionLine(path, stdout))
      .catch((error: unknown) => {
        // Asked in the background while the stages ran: a stage that kept the event loop busy
        // longer than the limit (a long ingest) lets the timer fire before the child's exit is
        // seen, so a browser that answered looks hung. Ask once more, now, before saying so.
        try {
          return versionLine(path, execFileSync(path, ['--version'], { encoding: 'utf8', timeout: Math.max(timeoutMs, 10_000), stdio: ['ignore', 'pipe', 'ignore'] }));
        } catch {
          if (error instanceof PipelineError) throw error;
          throw new PipelineError(
            diagnostic({ file: path }, 'browser-version', msg.BROWSER_VERSION_FAILED(path, firstLine(error)), msg.BROWSER_FAILED_HINT(path)),
          );
        }
      });
    versions.set(path, version);
  }
  return version;
}

function versionLine(path: string, out: string): string {
  const line = out
    .split('\n')
    .map((l) => l.trim())
    .find((l) => /\d+\.\d+/.test(l));
  if (!line) {
    throw new PipelineError(
      diagnostic({ file: path }, 'browser-version', msg.BROWSER_VERSION_FAILED(path, 'it printed no version'), msg.BROWSER_FAILED_HINT(path)),
    );
  }
  return line;
}

/** The command-line switches of the print browser. */
export function chromiumArgs(isRoot = process.getuid?.() === 0): string[] {
  const args = [
    // No host name resolves, so nothing can reach the network by name even if a request escaped.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-extensions',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-gpu',
    '--font-render-hinting=none',
    // Keep every frame in the page's process, where request interception sees its requests.
    '--disable-site-isolation-trials',
    '--disable-features=IsolateOrigins,site-per-process,Translate,MediaRouter,OptimizationHints',
  ];
  // Chromium's sandbox cannot start as root; as any other user it stays on.
  if (isRoot) args.push('--no-sandbox');
  return args;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n').find((l) => l.trim() !== '') ?? 'unknown error').trim();
}

export interface BrowserJobOptions {
  chromiumPath: string;
  /** Limit for one attempt: start, load and print together. */
  timeoutMs?: number;
  attempts?: number;
}

/**
 * Runs `job` in a fresh Chromium; when the start, the job or the browser fails or passes
 * the time limit, the browser is killed and the whole job is tried once more. A second
 * failure is a PipelineError naming the browser and the last reason.
 *
 * `after` (optional) gets the job's result while the browser closes, which takes Chromium a
 * fifth of a second: work that no longer needs the browser (such as finishing the PDF) is done
 * in that time instead of after it. Its failure is not retried.
 */
export async function withBrowser<T, R = T>(
  options: BrowserJobOptions,
  job: (browser: Browser, timeoutMs: number, prepared?: unknown) => Promise<T>,
  after?: (result: T) => Promise<R>,
): Promise<R> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const attempts = options.attempts ?? ATTEMPTS;
  const reasons: string[] = [];
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    let result: { value: T; closed: Promise<void> };
    try {
      result = await attempt1(options.chromiumPath, timeoutMs, job, attempt === 1 ? takeWarm(options.chromiumPath) : undefined);
    } catch (error) {
      if (error instanceof PipelineError) throw error;
      reasons.push(reason(error));
      continue;
    }
    try {
      return after ? await after(result.value) : (result.value as unknown as R);
    } finally {
      await result.closed;
    }
  }
  const last = reasons[reasons.length - 1] ?? 'unknown error';
  throw new PipelineError(
    diagnostic(
      { file: options.chromiumPath },
      'browser-failed',
      msg.BROWSER_FAILED(options.chromiumPath, attempts, last),
      msg.BROWSER_FAILED_HINT(options.chromiumPath),
    ),
  );
}

// ── starting the browser early ──────────────────────────────────────────────────────────────
// Chromium takes about half a second to start. A build that will print starts it at once
// (`warmUp`), while the stages before print run on the other core; the print job then takes
// that browser for its first attempt. A browser nobody took is closed by `closeWarm`.

interface Warm {
  chromiumPath: string;
  abort: AbortController;
  browser: Promise<Browser>;
  /** What `prepare` made ready in the started browser (a page set up for printing), for the job. */
  prepared?: Promise<unknown>;
}
let warm: Warm | null = null;

function launch(chromiumPath: string, timeoutMs: number, signal: AbortSignal): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    pipe: true,
    args: chromiumArgs(),
    timeout: timeoutMs,
    protocolTimeout: timeoutMs,
    signal,
    handleSIGINT: true,
    handleSIGTERM: true,
    handleSIGHUP: true,
    defaultViewport: null,
  });
}

/**
 * Starts the print browser now, for a print job later in this process, and has `prepare` make
 * ready what the job will need in it (the job gets that as its third argument). Never throws: a
 * failed start is the job's to report, and a failed preparation is done again by the job.
 */
export function warmUp(chromiumPath: string, timeoutMs = DEFAULT_TIMEOUT_MS, prepare?: (browser: Browser) => Promise<unknown>): void {
  if (warm) return;
  // The manifest at the end of the build will want the version: ask now, in the background.
  chromiumVersion(chromiumPath).catch(() => undefined);
  const abort = new AbortController();
  const browser = launch(chromiumPath, timeoutMs, abort.signal);
  browser.catch(() => undefined);
  const prepared = prepare ? browser.then(prepare) : undefined;
  prepared?.catch(() => undefined);
  warm = { chromiumPath, abort, browser, prepared };
}

function takeWarm(chromiumPath: string): Warm | undefined {
  if (!warm || warm.chromiumPath !== chromiumPath) return undefined;
  const taken = warm;
  warm = null;
  return taken;
}

/** Closes a browser that `warmUp` started and no job took (the build ended before printing). */
export async function closeWarm(): Promise<void> {
  const left = warm;
  warm = null;
  if (!left) return;
  const browser = await left.browser.catch(() => undefined);
  await close(browser, left.abort);
}

/** What went wrong, in words: a timeout, a browser that stopped, or Chromium's own message. */
function reason(error: unknown): string {
  if (error instanceof AttemptTimeout) return error.message;
  const detail = firstLine(error);
  if (/target closed|connection closed|session closed|failed to launch|disconnected|socket hang up|exited/i.test(detail)) {
    return msg.BROWSER_STOPPED(detail);
  }
  return detail;
}

class AttemptTimeout extends Error {
  constructor(ms: number) {
    super(msg.BROWSER_TIMEOUT(ms));
  }
}

/**
 * One attempt: start Chromium (or take the warm one), run the job within the time limit. On
 * success the browser is left closing: `closed` settles when it is gone.
 */
async function attempt1<T>(
  chromiumPath: string,
  timeoutMs: number,
  job: (browser: Browser, timeoutMs: number, prepared?: unknown) => Promise<T>,
  started?: Warm,
): Promise<{ value: T; closed: Promise<void> }> {
  const abort = started?.abort ?? new AbortController();
  let browser: Browser | undefined;
  const run = (async () => {
    browser = await (started?.browser ?? launch(chromiumPath, timeoutMs, abort.signal));
    const prepared = started?.prepared ? await started.prepared.catch(() => undefined) : undefined;
    return await job(browser, timeoutMs, prepared);
  })();
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AttemptTimeout(timeoutMs)), timeoutMs);
  });
  try {
    const value = await Promise.race([run, limit]);
    return { value, closed: close(browser, abort) };
  } catch (error) {
    // A lost race leaves `run` pending; its later failure is expected and not reported.
    run.catch(() => undefined);
    await close(browser, abort);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function close(browser: Browser | undefined, abort: AbortController): Promise<void> {
  if (browser?.connected) {
    const closed = browser.close().then(
      () => true,
      () => false,
    );
    const graceful = await Promise.race([closed, new Promise<boolean>((r) => setTimeout(() => r(false), 5_000).unref())]);
    if (graceful) return;
  }
  // Not started, hung or crashed: kill the whole process group.
  abort.abort(new Error('print browser stopped'));
  browser?.process()?.kill('SIGKILL');
}
