/**
 * The Makefile's dependency graph, checked with a stand-in CLI: a shell script that records
 * which stages ran and writes each stage's outputs from its inputs, only when the bytes change
 * (as io.ts writeIfChanged does). So these tests run in milliseconds and exercise exactly the
 * Makefile: what a cold build, a no-op, a template edit, a chart edit and a source edit re-run,
 * and where an unchanged artifact stops the chain.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressLine, progressMode, seconds, toolPaths } from '../../pipeline/build/cli.ts';
import { paths } from '../../pipeline/build/stages.ts';
import { repo } from '../paths.ts';


// The stand-in CLI: test/fixtures/build/fake-cli.ts, which plans with the real plan.ts and whose
// stages concatenate their inputs. `./fake-cli` runs it through tsx.
const FAKE_CLI = `#!/usr/bin/env bash
exec ${JSON.stringify(process.execPath)} --import ${JSON.stringify(import.meta.resolve('tsx'))} ${JSON.stringify(join(repo, 'test/fixtures/build/fake-cli.ts'))} "$@"
`;

let dir: string;

function write(rel: string, text: string): void {
  mkdirSync(join(dir, rel, '..'), { recursive: true });
  writeFileSync(join(dir, rel), text);
}

/**
 * Moves every file 10 s into the past, keeping their order: the next edit is then strictly
 * newer than every output, even on a file system whose clock ticks in milliseconds.
 */
function age(path: string): void {
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const p = join(path, entry.name);
    if (entry.isDirectory()) age(p);
    const { atimeMs, mtimeMs } = statSync(p);
    utimesSync(p, (atimeMs - 10_000) / 1000, (mtimeMs - 10_000) / 1000);
  }
}

function make(...args: string[]): { status: number | null; stdout: string; stderr: string; calls: string[] } {
  writeFileSync(join(dir, 'calls.log'), '');
  const env: NodeJS.ProcessEnv = { ...process.env, CHROMIUM_PATH: join(dir, 'fake-cli') };
  for (const k of ['MAKEFLAGS', 'MFLAGS', 'MAKELEVEL']) delete env[k];
  const r = spawnSync('make', ['CLI=./fake-cli', ...args], { cwd: dir, env, encoding: 'utf8' });
  const calls = readFileSync(join(dir, 'calls.log'), 'utf8').split('\n').filter((l) => l !== '');
  age(dir);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, calls };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-test-'));
  copyFileSync(join(repo, 'Makefile'), join(dir, 'Makefile'));
  write('fake-cli', FAKE_CLI);
  chmodSync(join(dir, 'fake-cli'), 0o755);
  write(
    'pipeline/build/stages.ts',
    ['ingest', 'extract', 'reconcile', 'changes', 'charts', 'render', 'print'].map((s) => `  { name: '${s}', run() {} },\n`).join(''),
  );
  write('pipeline/launch.mjs', '\n');
  for (const s of ['shared/io', 'ingest/index', 'extract/index', 'extract/numbers', 'reconcile/index', 'changes/index', 'charts/index', 'render/index', 'render/directives/fig', 'print/index', 'print/browser', 'build/preview', 'build/bench']) write(`pipeline/${s}.ts`, '\n');
  write('sources/a.md', '# comment\nAuyl won 10.9%.\n');
  write('sources/lexicon.yaml', 'entities: []\n');
  write('sources/policy.yaml', 'rules: []\n');
  write('templates/briefing.md', 'Briefing\n');
  write('templates/layout.html', '<main></main>\n');
  write('templates/style.css', 'body{}\n');
  write('templates/charts/votes.vl.json', '{}\n');
  write('package-lock.json', '{}\n');
  write('node_modules/.package-lock.json', '{}\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each make here starts the fake CLI through tsx (about a second on a busy machine): several per test.
describe('Makefile', { timeout: 60_000 }, () => {
  it('builds cold in one process, every stage in order', () => {
    const r = make();
    expect(r.status, r.stderr).toBe(0);
    expect(r.calls).toEqual(['ingest extract reconcile changes charts render print manifest']);
    expect(readFileSync(join(dir, 'output/briefing.pdf'), 'utf8')).toContain('Auyl won 10.9%.');
  });

  it('does nothing when nothing changed, and says so', () => {
    const r = make();
    expect(r.calls).toEqual([]);
    expect(r.stdout).toContain("Nothing to be done for 'all'");
  });

  // The changes stage compares the hashes of every source and template with the last
  // publication, and the briefing's methods note lists them: both re-run on any such edit.
  it('re-runs only render and print (and the changes list) after a template edit', () => {
    appendFileSync(join(dir, 'templates/style.css'), 'h1{}\n');
    expect(make().calls).toEqual(['changes render print manifest']);
    expect(make().calls).toEqual([]);
  });

  it('re-runs charts, render and print (and the changes list) after a chart spec edit', () => {
    write('templates/charts/votes.vl.json', '{"mark":"bar"}\n');
    expect(make().calls).toEqual(['changes charts render print manifest']);
  });

  it('re-runs every stage from ingest after a source edit', () => {
    write('sources/a.md', '# comment\nAuyl won 11.4%.\n');
    expect(make().calls).toEqual(['ingest extract reconcile changes charts render print manifest']);
    expect(readFileSync(join(dir, 'output/briefing.pdf'), 'utf8')).toContain('11.4%');
  });

  it('stops the chain where an artifact comes out byte-identical', () => {
    // The corpus drops comments: extract, reconcile and charts do not run; the HTML comes out
    // the same, so print does not run.
    write('sources/a.md', '# another comment\nAuyl won 11.4%.\n');
    expect(make().calls).toEqual(['ingest changes render manifest']);
    expect(make().calls).toEqual([]);
    // A code edit that changes no claim stops after extract.
    appendFileSync(join(dir, 'pipeline/extract/index.ts'), '// comment\n');
    expect(make().calls).toEqual(['extract manifest']);
  });

  it('re-runs the changes stage when the last publication (its baseline) changes', () => {
    write('output/publish/baseline.json', '{}\n');
    expect(make().calls).toEqual(['changes manifest']);
    expect(make().calls).toEqual([]);
    write('output/publish/baseline.json', '{"latest":{}}\n');
    expect(make().calls).toEqual(['changes manifest']);
  });

  it('runs ingest again when a source is added', () => {
    write('sources/b.md', 'Amanat won 53.9%.\n');
    expect(make().calls[0]).toMatch(/^ingest /);
  });

  it('re-runs the stage of an artifact deleted by hand', () => {
    rmSync(join(dir, 'output/data/claims.csv'));
    expect(make().calls).toEqual(['extract manifest']);
  });

  it('re-runs only the stage whose code changed', () => {
    appendFileSync(join(dir, 'pipeline/print/index.ts'), '// edit\n');
    expect(make().calls).toEqual(['print manifest']);
    appendFileSync(join(dir, 'pipeline/extract/numbers.ts'), '// edit\n');
    expect(make().calls).toEqual(['extract manifest']);
    // A tool is no stage's code; only the manifest, which hashes all of pipeline/, is made again.
    appendFileSync(join(dir, 'pipeline/build/bench.ts'), '// edit\n');
    expect(make().calls).toEqual(['manifest']);
    appendFileSync(join(dir, 'pipeline/shared/io.ts'), '// edit\n');
    expect(make().calls).toEqual(['ingest extract reconcile changes charts render print manifest']);
  });

  it('builds only the stages that are wired into the stage table', () => {
    const r = make('-n', 'STAGES=ingest extract', 'OUT=other');
    expect(r.stdout).toContain("--goal 'ingest extract manifest'");
    expect(r.stdout).not.toMatch(/--goal '[^']*render/);
  });

  it('leaves out a wired stage whose inputs no wired stage writes yet, and says so', () => {
    const table = join(dir, 'pipeline/build/stages.ts');
    const full = readFileSync(table, 'utf8');
    try {
      writeFileSync(table, ['ingest', 'reconcile', 'render', 'print'].map((s) => `  { name: '${s}', run() {} },\n`).join(''));
      const r = make('-n', 'OUT=held');
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain("--goal 'ingest manifest'");
      expect(r.stdout).toContain('make: building ingest only: reconcile render print wait for extract charts, not wired in pipeline/build/stages.ts yet');
    } finally {
      writeFileSync(table, full);
    }
  });

  it('never runs npm ci through a linked node_modules (it would empty the linked folder)', () => {
    renameSync(join(dir, 'node_modules'), join(dir, 'packages'));
    try {
      symlinkSync(join(dir, 'packages'), join(dir, 'node_modules'), 'dir');
      utimesSync(join(dir, 'packages/.package-lock.json'), 0, 0);
      const r = make('node_modules/.package-lock.json');
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain('node_modules is a link');
      expect(existsSync(join(dir, 'packages/.package-lock.json'))).toBe(true);
    } finally {
      rmSync(join(dir, 'node_modules'));
      renameSync(join(dir, 'packages'), join(dir, 'node_modules'));
      utimesSync(join(dir, 'node_modules/.package-lock.json'), new Date(), new Date());
    }
  });

  it('names CHROMIUM_PATH when it points at nothing', () => {
    const r = make('install-browser', 'CHROMIUM_PATH=/nonexistent/chromium');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('CHROMIUM_PATH is set to /nonexistent/chromium, which does not exist');
  });

  it('after a build killed halfway (SIGKILL), runs only the stages that had not finished', async () => {
    const { spawn } = await import('node:child_process');
    write('sources/a.md', '# comment\nAuyl won 12.0%.\n');
    rmSync(join(dir, 'hang.log'), { force: true });
    const env: NodeJS.ProcessEnv = { ...process.env, CHROMIUM_PATH: join(dir, 'fake-cli'), FAKE_HANG: 'render' };
    for (const k of ['MAKEFLAGS', 'MFLAGS', 'MAKELEVEL', 'BRIEFING_MAKE_LOCK']) delete env[k];
    const child = spawn('make', ['CLI=./fake-cli'], { cwd: dir, env, detached: true, stdio: 'ignore' });
    const closed = new Promise((resolve) => child.on('close', resolve));
    for (let i = 0; i < 300 && !existsSync(join(dir, 'hang.log')); i += 1) await new Promise((r) => setTimeout(r, 50));
    expect(readFileSync(join(dir, 'hang.log'), 'utf8')).toBe('render\n');
    process.kill(-child.pid!, 'SIGKILL');
    await closed;
    // ingest … charts finished and touched their stamps before the kill; render never did.
    expect(make().calls).toEqual(['render print manifest']);
    expect(readFileSync(join(dir, 'output/briefing.pdf'), 'utf8')).toContain('12.0%');
  }, 30_000);

  it('cleans the outputs but keeps the last publication; clean-all removes that too', () => {
    write('output/publish/baseline.json', '{}\n');
    write('output/data/figures.json', '[]\n');
    const r = make('clean');
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'output/data'))).toBe(false);
    expect(existsSync(join(dir, 'output/publish/baseline.json'))).toBe(true);
    expect(r.stdout).toContain('kept output/publish/');
    expect(make('clean-all').status).toBe(0);
    expect(existsSync(join(dir, 'output'))).toBe(false);
  });

  it('has every target the README and CI name', () => {
    const text = readFileSync(join(repo, 'Makefile'), 'utf8');
    for (const t of ['all', 'install', 'deps', 'test', 'bench', 'reproducible', 'publish', 'preview', 'claims', 'eval', 'fuzz', 'diff', 'clean', 'clean-all', 'schemas']) {
      expect(text).toMatch(new RegExp(`^(?:[\\w-]+ )*${t}(?: [\\w-]+)*:`, 'm'));
    }
  });
});

describe('progress', () => {
  it('rewrites lines on a terminal, prints plain lines in CI, none when quiet', () => {
    expect(progressMode(false, true, {})).toBe('tty');
    expect(progressMode(false, true, { CI: 'true' })).toBe('plain');
    expect(progressMode(false, false, {})).toBe('plain');
    expect(progressMode(true, true, {})).toBe('quiet');
  });

  it('gives a run of tools (manifest, publish…) the folders of the stage table without loading it', () => {
    expect(toolPaths('proj')).toEqual(paths('proj'));
    expect(toolPaths('proj', 'elsewhere')).toEqual(paths('proj', 'elsewhere'));
  });

  it('says what the stage did and how long it took', () => {
    expect(seconds(420)).toBe('0.42 s');
    expect(progressLine('ingest', '5 sources', 1234)).toBe('ingest       1.23 s  5 sources');
  });
});

describe('two builds at once into one output folder', () => {
  it('the second waits for the first: their stage runs never overlap', async () => {
    const { spawn } = await import('node:child_process');
    const two = mkdtempSync(join(tmpdir(), 'build-lock-'));
    try {
      for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
        if (!f.isFile()) continue;
        const from = join(f.parentPath, f.name);
        const rel = from.slice(dir.length + 1);
        if (rel.startsWith('output') || rel === 'calls.log') continue;
        mkdirSync(join(two, rel, '..'), { recursive: true });
        copyFileSync(from, join(two, rel));
      }
      // A stand-in CLI that takes a moment and logs when each run starts and ends.
      writeFileSync(
        join(two, 'slow-cli'),
        '#!/usr/bin/env bash\necho "start $$ $*" >> runs.log\nsleep 0.4\n./fake-cli "$@"\necho "end $$" >> runs.log\n',
      );
      chmodSync(join(two, 'slow-cli'), 0o755);
      const env: NodeJS.ProcessEnv = { ...process.env, CHROMIUM_PATH: join(two, 'fake-cli') };
      for (const k of ['MAKEFLAGS', 'MFLAGS', 'MAKELEVEL', 'BRIEFING_MAKE_LOCK']) delete env[k];
      const run = () =>
        new Promise<number | null>((resolve) => {
          spawn('make', ['CLI=./slow-cli'], { cwd: two, env, stdio: 'ignore' }).on('close', resolve);
        });
      const codes = await Promise.all([run(), run()]);
      expect(codes).toEqual([0, 0]);
      const log = readFileSync(join(two, 'runs.log'), 'utf8').trim().split('\n');
      expect(log.length).toBeGreaterThanOrEqual(2);
      // Every start is followed by the end of the same run before anything else starts.
      for (let i = 0; i < log.length; i += 2) {
        const [start, pid] = log[i]!.split(' ');
        expect(start).toBe('start');
        expect(log[i + 1]).toBe(`end ${pid}`);
      }
    } finally {
      rmSync(two, { recursive: true, force: true });
    }
  }, 30_000);
});
