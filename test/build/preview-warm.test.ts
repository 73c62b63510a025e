/**
 * The preview's own build and its watcher.
 *
 * - `make preview` in a copy of the project (the real Makefile, launcher and pipeline; the
 *   fixture project's sources and templates): the first build runs `make html`; the next ones
 *   run in the preview process (its log gives their processor time, which a make build does
 *   not), only the stages the edit concerns, and write the stamps a later `make html` finds up
 *   to date. A stage error shows in the page above the last good briefing; a file added goes
 *   through make again.
 * - The watcher: a save by rename, then in place to the renamed file, are both seen.
 *
 * Every wait is for a state (the page shows X), never for a time; the limits only stop a hung test.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Build, type Preview } from '../../pipeline/build/preview.ts';
import { paths } from '../../pipeline/build/stages.ts';
import { makeEnv } from '../../pipeline/build/manifest.ts';
import { repo, seeds } from '../paths.ts';

let root: string;

function write(rel: string, text: string): void {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
}
const read = (rel: string) => readFileSync(join(root, rel), 'utf8');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'preview-warm-'));
  // Times kept: make sees the linked packages as installed (package-lock.json not newer).
  for (const f of ['Makefile', 'package.json', 'package-lock.json', 'tsconfig.json', 'pipeline']) cpSync(join(repo, f), join(root, f), { recursive: true, preserveTimestamps: true });
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
  cpSync(join(seeds, 'sources'), join(root, 'sources'), { recursive: true });
  cpSync(join(seeds, 'templates'), join(root, 'templates'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('make preview: the build in the preview process', { timeout: 300_000 }, () => {
  let child: ChildProcess;
  let said = '';
  let url = '';
  const page = async (path = 'briefing.html') => (await fetch(new URL(path, url))).text();
  /** What the preview said from `from` on. */
  const since = (from: number) => said.slice(from);
  /** Waits until the served briefing contains `text` and the build that made it has reported. */
  const until = async (text: string, from: number, what = 'preview: ') => {
    for (let i = 0; i < 2400; i += 1) {
      if ((await page()).includes(text) && since(from).includes(what)) return;
      await sleep(50);
    }
    throw new Error(`the page never showed "${text}"; the preview said: ${since(from)}`);
  };
  const builds = (from: number) => [...since(from).matchAll(/^preview: (rebuilt in [^;]*|the build failed[^\n]*)/gm)].map((m) => m[1]!);
  /** The stages whose progress line the preview printed from `from` on. */
  const ran = (from: number) => [...since(from).matchAll(/^([a-z]+) +\d+\.\d\d s {2}/gm)].map((m) => m[1]!);

  beforeAll(async () => {
    child = spawn(process.execPath, [join(root, 'pipeline', 'launch.mjs'), 'preview', '--port', '0'], { cwd: root, env: makeEnv({ CI: 'true' }), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d: Buffer) => (said += d.toString('utf8')));
    child.stderr!.on('data', (d: Buffer) => (said += d.toString('utf8')));
    for (let i = 0; i < 3000 && url === '' && child.exitCode === null; i += 1) {
      url = /serving the briefing at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(said)?.[1] ?? '';
      if (url === '') await sleep(50);
    }
    expect(url, said).not.toBe('');
  }, 300_000);
  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('close', r));
    }
  });

  it('builds first with make (no processor time: other processes) and serves the briefing', async () => {
    expect(builds(0)).toEqual([expect.stringMatching(/^rebuilt in \d+\.\d\d s$/)]);
    expect(await page()).toContain('<html');
    expect(ran(0)).toContain('ingest');
  });

  it('rebuilds a template edit in this process: changes, charts (which charts are placed: from its disk cache) and render only', async () => {
    const from = said.length;
    write('templates/briefing.md', `${read('templates/briefing.md')}\nA paragraph added in the preview test.\n`);
    await until('paragraph added in the preview test', from);
    // A save can reach the watcher as two events: a second build then finds nothing changed.
    expect(builds(from).length).toBeGreaterThan(0);
    expect(builds(from).filter((b) => !/^rebuilt in \d+\.\d\d s \(\d+\.\d\d s of processor time\)$/.test(b))).toEqual([]);
    expect(ran(from)).toEqual(['changes', 'charts', 'render']);
  });

  it('re-renders a chart spec edit in this process, with no stage before changes', async () => {
    const from = said.length;
    const spec = JSON.parse(read('templates/charts/seats.vl.json')) as { usermeta: { briefing: { title: string } } };
    spec.usermeta.briefing.title = 'Seats by party, retitled';
    write('templates/charts/seats.vl.json', `${JSON.stringify(spec, null, 2)}\n`);
    await until('Seats by party, retitled', from);
    expect(ran(from)).toEqual(['changes', 'charts', 'render']);
    expect(builds(from).every((b) => b.includes('of processor time'))).toBe(true);
  });

  it('shows a stage error above the last good briefing, and clears it once fixed', async () => {
    const good = await page();
    const template = read('templates/briefing.md');
    const from = said.length;
    write('templates/briefing.md', `${template}\nBroken :fig[no.such.figure] here.\n`);
    for (let i = 0; i < 2400 && !(await page('/')).includes('id="preview-error"'); i += 1) await sleep(50);
    const editor = await page('/');
    expect(editor).toContain('id="preview-error"');
    expect(editor).toMatch(/templates\/briefing\.md:\d+:\d+: error: unknown figure id &#34;no\.such\.figure&#34;/);
    expect(await page()).toBe(good);
    expect(builds(from)).toEqual([expect.stringMatching(/^the build failed/)]);
    const fixed = said.length;
    write('templates/briefing.md', `${template}\nFixed again.\n`);
    await until('Fixed again.', fixed);
    expect(await page('/')).not.toContain('id="preview-error"');
  });

  it('leaves stamps that make finds up to date', () => {
    const r = spawnSync('make', ['html'], { cwd: root, env: makeEnv({ CI: 'true' }), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("Nothing to be done for 'html'.");
  });

  it('goes through make again when a file was added, then in this process again', async () => {
    const from = said.length;
    write('templates/notes.txt', 'an added file\n');
    for (let i = 0; i < 2400 && builds(from).length === 0; i += 1) await sleep(50);
    expect(builds(from)[0]).toMatch(/^rebuilt in \d+\.\d\d s$/);
    const next = said.length;
    write('templates/style.css', `${read('templates/style.css')}\n.preview-test-mark { color: #123456; }\n`);
    await until('.preview-test-mark', next);
    // One save can reach the watcher as two events (truncate, then write): a second build finds
    // nothing changed. Every build after the make one runs in this process.
    expect(builds(next).length).toBeGreaterThan(0);
    expect(builds(next).filter((b) => !b.includes('of processor time'))).toEqual([]);
  });

  it('goes through make when the pipeline\'s code changed (this process runs the old code)', async () => {
    writeFileSync(join(root, 'pipeline/build/bench.ts'), `${read('pipeline/build/bench.ts')}\n// edited by the preview test\n`);
    const from = said.length;
    write('templates/style.css', `${read('templates/style.css')}\n.preview-test-code { color: #654321; }\n`);
    await until('.preview-test-code', from);
    expect(builds(from)[0]).toMatch(/^rebuilt in \d+\.\d\d s$/);
  });
});

describe('the preview watcher', { timeout: 120_000 }, () => {
  let preview: Preview;
  const builds: string[] = [];
  /** A build that records the stylesheet's text when it runs. */
  const recording: Build = async () => {
    builds.push(read('templates/style.css'));
    return { ok: true, log: '' };
  };
  const until = async (want: string) => {
    for (let i = 0; i < 400 && !builds.includes(want); i += 1) await sleep(25);
    expect(builds).toContain(want);
  };

  beforeAll(async () => {
    preview = await startPreview(paths(root), { port: 0, build: recording, debounceMs: 5, log: () => {} });
  });
  afterAll(async () => preview?.close());

  it('sees a save by rename, then a save in place to the renamed file, then another rename', async () => {
    write('templates/.style.css.new', 'saved by rename\n');
    renameSync(join(root, 'templates/.style.css.new'), join(root, 'templates/style.css'));
    await until('saved by rename\n');
    writeFileSync(join(root, 'templates/style.css'), 'saved in place\n');
    await until('saved in place\n');
    write('templates/.style.css.new', 'renamed again\n');
    renameSync(join(root, 'templates/.style.css.new'), join(root, 'templates/style.css'));
    await until('renamed again\n');
    writeFileSync(join(root, 'templates/style.css'), 'in place again\n');
    await until('in place again\n');
  });

  it('builds a second save that comes right after the first build read the file (chokidar reports none within 50 ms)', async () => {
    for (const [first, second] of [['quick one\n', 'quick two\n'], ['quick three\n', 'quick four\n']]) {
      writeFileSync(join(root, 'templates/style.css'), first!);
      for (let i = 0; i < 5000 && !builds.includes(first!); i += 1) await sleep(1);
      expect(builds).toContain(first);
      writeFileSync(join(root, 'templates/style.css'), second!);
      await until(second!);
    }
  });

  it('sees a file in a subfolder saved by rename and in place (a chart spec)', async () => {
    write('templates/.a.new', '{"x":1}\n');
    const before = builds.length;
    renameSync(join(root, 'templates/.a.new'), join(root, 'templates/charts/seats.vl.json'));
    for (let i = 0; i < 400 && builds.length === before; i += 1) await sleep(25);
    expect(builds.length).toBeGreaterThan(before);
    const after = builds.length;
    writeFileSync(join(root, 'templates/charts/seats.vl.json'), '{"x":2}\n');
    for (let i = 0; i < 400 && builds.length === after; i += 1) await sleep(25);
    expect(builds.length).toBeGreaterThan(after);
  });
});
