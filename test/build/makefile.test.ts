/**
 * The Makefile and the incremental build, checked with a stand-in CLI
 * (test/fixtures/build/fake-cli.ts): it answers a no-op from the recorded state as the launcher
 * does, finds the files and plans with the real graph.ts and plan.ts, and its stages concatenate
 * their inputs, writing a file only when its bytes change. So these tests run in milliseconds and
 * exercise exactly the Makefile and the content-hash decisions: what a cold build, a no-op, a
 * touch, a template, chart, source or code edit, an older copy restored, an added or removed
 * article and a hand-edited output re-run, and where an unchanged artifact stops the chain.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressLine, progressMode, seconds, toolPaths } from '../../pipeline/build/cli.ts';
import { paths } from '../../pipeline/build/stages.ts';
import { repo } from '../paths.ts';

// The stand-in CLI: test/fixtures/build/fake-cli.ts, through tsx.
const FAKE_CLI = `#!/usr/bin/env bash
exec ${JSON.stringify(process.execPath)} --import ${JSON.stringify(import.meta.resolve('tsx'))} ${JSON.stringify(join(repo, 'test/fixtures/build/fake-cli.ts'))} "$@"
`;

let dir: string;

function write(rel: string, text: string): void {
  mkdirSync(join(dir, rel, '..'), { recursive: true });
  writeFileSync(join(dir, rel), text);
}

/** Sets a file's times `seconds` into the past. */
function backdate(rel: string, seconds: number): void {
  const t = Date.now() / 1000 - seconds;
  utimesSync(join(dir, rel), t, t);
}

function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, CHROMIUM_PATH: join(dir, 'fake-cli'), ...extra };
  for (const k of ['MAKEFLAGS', 'MFLAGS', 'MAKELEVEL']) delete e[k];
  return e;
}

/** Runs make with the stand-in CLI; `calls` are the stages each process ran, `noOp` whether the recorded state answered. */
function make(args: string[] = [], extra: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string; calls: string[]; noOp: boolean } {
  writeFileSync(join(dir, 'calls.log'), '');
  writeFileSync(join(dir, 'noop.log'), '');
  const r = spawnSync('make', ['CLI=./fake-cli', ...args], { cwd: dir, env: env(extra), encoding: 'utf8' });
  const calls = readFileSync(join(dir, 'calls.log'), 'utf8').split('\n').filter((l) => l !== '');
  const noOp = readFileSync(join(dir, 'noop.log'), 'utf8') !== '';
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, calls, noOp };
}

const ALL = 'ingest extract reconcile changes charts render print manifest';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-test-'));
  copyFileSync(join(repo, 'Makefile'), join(dir, 'Makefile'));
  write('fake-cli', FAKE_CLI);
  chmodSync(join(dir, 'fake-cli'), 0o755);
  write('pipeline/launch.mjs', '\n');
  for (const s of ['shared/io', 'build/stages', 'build/plan', 'ingest/index', 'extract/index', 'extract/numbers', 'reconcile/index', 'changes/index', 'charts/index', 'render/index', 'render/directives/fig', 'print/index', 'print/browser', 'build/preview', 'build/bench']) write(`pipeline/${s}.ts`, '\n');
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
    expect(r.calls).toEqual([ALL]);
    expect(readFileSync(join(dir, 'output/briefing.pdf'), 'utf8')).toContain('Auyl won 10.9%.');
  });

  it('does nothing when nothing changed, answered from the recorded state, and says so', () => {
    const r = make();
    expect(r.status, r.stderr).toBe(0);
    expect(r.calls).toEqual([]);
    expect(r.noOp).toBe(true);
    expect(r.stdout).toContain("Nothing to be done for 'all'");
  });

  it('does nothing after a touch that changes no byte', () => {
    for (const f of ['sources/a.md', 'templates/style.css', 'pipeline/shared/io.ts', 'pipeline/launch.mjs']) utimesSync(join(dir, f), new Date(), new Date());
    const r = make();
    expect(r.calls).toEqual([]);
    expect(r.noOp).toBe(true);
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
    expect(make().calls).toEqual([ALL]);
    expect(readFileSync(join(dir, 'output/briefing.pdf'), 'utf8')).toContain('11.4%');
  });

  it('rebuilds when an older copy is restored with its older time (cp -p): the content decides, not the time', () => {
    const saved = join(dir, 'saved-briefing.md');
    copyFileSync(join(dir, 'templates/briefing.md'), saved);
    utimesSync(saved, new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000));
    write('templates/briefing.md', 'Briefing, second edition\n');
    // The charts stage reads the template (it builds the charts placed there; from its cache when they are the same).
    expect(make().calls).toEqual(['changes charts render print manifest']);
    expect(readFileSync(join(dir, 'output/briefing.pdf'), 'utf8')).toContain('second edition');
    // `cp -p`: the old bytes with the old time, older than every output.
    expect(spawnSync('cp', ['-p', saved, join(dir, 'templates/briefing.md')]).status).toBe(0);
    expect(statSync(join(dir, 'templates/briefing.md')).mtimeMs).toBeLessThan(statSync(join(dir, 'output/briefing.pdf')).mtimeMs);
    const r = make();
    expect(r.noOp).toBe(false);
    expect(r.calls).toEqual(['changes charts render print manifest']);
    expect(readFileSync(join(dir, 'output/briefing.pdf'), 'utf8')).not.toContain('second edition');
    // An edit whose time is set into the past, in the same second, to the same length.
    write('sources/a.md', '# comment\nAuyl won 11.5%.\n');
    backdate('sources/a.md', 86_400);
    expect(make().calls).toEqual([ALL]);
    expect(readFileSync(join(dir, 'output/briefing.pdf'), 'utf8')).toContain('11.5%');
  });

  it('stops the chain where an artifact comes out byte-identical', () => {
    // The corpus drops comments: extract, reconcile and charts do not run; the HTML comes out
    // the same, so print does not run.
    write('sources/a.md', '# another comment\nAuyl won 11.5%.\n');
    expect(make().calls).toEqual(['ingest changes render manifest']);
    expect(make().calls).toEqual([]);
    // A code edit that changes no claim stops after extract.
    appendFileSync(join(dir, 'pipeline/extract/index.ts'), '// comment\n');
    expect(make().calls).toEqual(['extract manifest']);
  });

  // Its changes list is read by render, whose HTML (in the stand-in) does not show it: print stays.
  it('re-runs the changes stage when the last publication (its baseline) appears, changes or goes', () => {
    write('output/publish/baseline.json', '{}\n');
    expect(make().calls).toEqual(['changes render manifest']);
    expect(make().calls).toEqual([]);
    write('output/publish/baseline.json', '{"latest":{}}\n');
    expect(make().calls).toEqual(['changes render manifest']);
    rmSync(join(dir, 'output/publish'), { recursive: true });
    expect(make().calls).toEqual(['changes render manifest']);
  });

  it('runs ingest again when an article is added, and again when it is removed', () => {
    write('sources/b.md', 'Amanat won 53.9%.\n');
    expect(make().calls).toEqual([ALL]);
    expect(readFileSync(join(dir, 'output/briefing.pdf'), 'utf8')).toContain('Amanat');
    rmSync(join(dir, 'sources/b.md'));
    expect(make().calls).toEqual([ALL]);
    expect(readFileSync(join(dir, 'output/briefing.pdf'), 'utf8')).not.toContain('Amanat');
  });

  // The stage writes the same bytes again, so nothing after it runs (the manifest neither).
  it('re-runs the stage of an artifact deleted by hand', () => {
    rmSync(join(dir, 'output/data/claims.csv'));
    expect(make().calls).toEqual(['extract']);
  });

  it('re-runs the stage of an artifact edited by hand, and puts its bytes back', () => {
    const pdf = join(dir, 'output/briefing.pdf');
    const built = readFileSync(pdf, 'utf8');
    writeFileSync(pdf, 'edited by hand\n');
    backdate('output/briefing.pdf', 3600);
    expect(make().calls).toEqual(['print']);
    expect(readFileSync(pdf, 'utf8')).toBe(built);
    write('output/data/figures.json', '[]\n');
    expect(make().calls).toEqual(['reconcile']);
  });

  it('runs a stage whose stamp was deleted or damaged', () => {
    rmSync(join(dir, 'output/.stamps/charts'));
    expect(make().calls).toEqual(['charts']);
    write('output/.stamps/render', '{');
    expect(make().calls).toEqual(['render']);
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
    expect(make().calls).toEqual([ALL]);
    // A new module in a stage's folder is part of its code.
    write('pipeline/charts/marks.ts', '\n');
    expect(make().calls).toEqual(['charts manifest']);
  });

  it('builds what a goal needs and no more', () => {
    write('sources/a.md', '# comment\nAuyl won 12.5%.\n');
    expect(make(['data']).calls).toEqual(['ingest extract reconcile changes charts']);
    expect(make(['data']).noOp).toBe(true);
    expect(make(['html']).calls).toEqual(['render']);
    expect(make(['pdf']).calls).toEqual(['print']);
    expect(make().calls).toEqual(['manifest']);
  });

  it('stops at a failing stage with its one error and one line of make, naming the goal', () => {
    write('sources/a.md', '# comment\nAuyl won 13.0%.\n');
    const r = make([], { FAKE_FAIL: 'reconcile' });
    expect(r.status).not.toBe(0);
    expect(r.calls).toEqual(['ingest extract']);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe('sources/a.md:2:1: error: reconcile failed on purpose [fake]');
    expect(lines.filter((l) => l.includes('***'))).toEqual([expect.stringMatching(/^make: \*\*\* \[Makefile:\d+: all\] Error 1$/)]);
    expect(r.stderr).not.toContain('.stamps');
    // The stages that finished are not run again.
    expect(make().calls).toEqual(['reconcile changes charts render print manifest']);
  });

  it('make claims builds ingest and extract only (a broken template or chart spec cannot stop it), then lists every source or the one SOURCE names', () => {
    write('sources/a.md', '# comment\nAuyl won 14.0%.\n');
    write('templates/briefing.md', 'Briefing with :fig[broken\n');
    const r = make(['claims']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.calls).toEqual(['ingest extract', '["claims"]']);
    expect(make(['claims', 'SOURCE=kisi']).calls).toEqual(['["claims","kisi"]']);
  });

  it('make claims hands SOURCE to the CLI as one word: never expanded by Make nor parsed by a shell', () => {
    for (const odd of ['a b; touch pwned', '$(shell touch pwned)', '`touch pwned`', '--debug', "it's \"x\""]) {
      const r = make(['claims', `SOURCE=${odd}`]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.calls).toEqual([JSON.stringify(['claims', odd])]);
    }
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
  });

  it('CLIFLAGS=--quiet: no command echoed and no progress, only what the command itself prints', () => {
    write('templates/briefing.md', 'Briefing, quiet\n');
    // (The tests set CLI, which otherwise carries CLIFLAGS: the stand-in gets --quiet by hand.)
    const QUIET = ['CLI=./fake-cli --quiet', 'CLIFLAGS=--quiet'];
    const quiet = make(QUIET);
    expect(quiet.status, quiet.stderr).toBe(0);
    expect(quiet.calls).toEqual([expect.stringMatching(/ render print manifest$/)]);
    expect(quiet.stdout).toBe('');
    expect(quiet.stderr).toBe('');
    // A no-op says nothing either.
    expect(make(['CLI=./fake-cli', 'CLIFLAGS=--quiet']).stdout).toBe("Nothing to be done for 'all'.\n");
    expect(make(QUIET)).toMatchObject({ stdout: '', stderr: '', noOp: true });
    // A command's recipe is not echoed (without --quiet it is).
    expect(make(['claims']).stdout).toContain('./fake-cli claims');
    const claims = make(['claims', ...QUIET]);
    expect(claims.stdout).toBe('');
    expect(claims.calls).toEqual(['["claims"]']);
  });

  it('never runs npm ci through a linked node_modules (it would empty the linked folder)', () => {
    renameSync(join(dir, 'node_modules'), join(dir, 'packages'));
    try {
      symlinkSync(join(dir, 'packages'), join(dir, 'node_modules'), 'dir');
      utimesSync(join(dir, 'packages/.package-lock.json'), 0, 0);
      const r = make(['node_modules/.package-lock.json']);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain('node_modules is a link');
      expect(existsSync(join(dir, 'packages/.package-lock.json'))).toBe(true);
    } finally {
      rmSync(join(dir, 'node_modules'));
      renameSync(join(dir, 'packages'), join(dir, 'node_modules'));
      utimesSync(join(dir, 'node_modules/.package-lock.json'), new Date(), new Date());
    }
  });

  it("takes a link to another tree's installed node_modules with the same lock file as up to date, though this lock file is newer", () => {
    const other = join(dir, 'other-tree');
    mkdirSync(other, { recursive: true });
    renameSync(join(dir, 'node_modules'), join(other, 'node_modules'));
    copyFileSync(join(dir, 'package-lock.json'), join(other, 'package-lock.json'));
    try {
      symlinkSync(join(other, 'node_modules'), join(dir, 'node_modules'), 'dir');
      utimesSync(join(other, 'package-lock.json'), 1, 1);
      utimesSync(join(other, 'node_modules/.package-lock.json'), 2, 2);
      utimesSync(join(dir, 'package-lock.json'), new Date(), new Date());
      const r = make(['node_modules/.package-lock.json']);
      expect([r.status, r.stdout.includes('npm ci'), r.stderr]).toEqual([0, false, '']);
    } finally {
      rmSync(join(dir, 'node_modules'));
      renameSync(join(other, 'node_modules'), join(dir, 'node_modules'));
      rmSync(other, { recursive: true });
      utimesSync(join(dir, 'node_modules/.package-lock.json'), new Date(), new Date());
    }
  });

  it('names CHROMIUM_PATH when it points at nothing', () => {
    const r = make(['install-browser', 'CHROMIUM_PATH=/nonexistent/chromium']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('CHROMIUM_PATH is set to /nonexistent/chromium, which does not exist');
  });

  it('after a build killed halfway (SIGKILL), runs only the stages that had not finished', async () => {
    const { spawn } = await import('node:child_process');
    write('sources/a.md', '# comment\nAuyl won 12.0%.\n');
    rmSync(join(dir, 'hang.log'), { force: true });
    const e = env({ FAKE_HANG: 'render' });
    delete e.BRIEFING_MAKE_LOCK;
    const child = spawn('make', ['CLI=./fake-cli'], { cwd: dir, env: e, detached: true, stdio: 'ignore' });
    const closed = new Promise((resolve) => child.on('close', resolve));
    for (let i = 0; i < 300 && !existsSync(join(dir, 'hang.log')); i += 1) await new Promise((r) => setTimeout(r, 50));
    expect(readFileSync(join(dir, 'hang.log'), 'utf8')).toBe('render\n');
    process.kill(-child.pid!, 'SIGKILL');
    await closed;
    // ingest … charts finished and wrote their stamps before the kill; render never did.
    const r = make();
    expect(r.noOp).toBe(false);
    expect(r.calls).toEqual(['render print manifest']);
    expect(readFileSync(join(dir, 'output/briefing.pdf'), 'utf8')).toContain('12.0%');
  }, 30_000);

  it('cleans the outputs but keeps the last publication; clean-all removes that too', () => {
    write('output/publish/baseline.json', '{}\n');
    write('output/data/figures.json', '[]\n');
    const r = make(['clean']);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'output/data'))).toBe(false);
    expect(existsSync(join(dir, 'output/publish/baseline.json'))).toBe(true);
    expect(r.stdout).toContain('kept output/publish/');
    expect(make(['clean-all']).status).toBe(0);
    expect(existsSync(join(dir, 'output'))).toBe(false);
  });

  it('has every target the README and CI name', () => {
    const text = readFileSync(join(repo, 'Makefile'), 'utf8');
    for (const t of ['all', 'install', 'deps', 'test', 'bench', 'bench-preview', 'reproducible', 'publish', 'preview', 'claims', 'eval', 'fuzz', 'diff', 'clean', 'clean-all', 'schemas']) {
      expect(text).toMatch(new RegExp(`^(?:[\\w-]+ )*${t}(?: [\\w-]+)*:`, 'm'));
    }
  });

  it('names no file of sources/ or templates/: the pipeline finds them', () => {
    const text = readFileSync(join(repo, 'Makefile'), 'utf8').replace(/^\s*#.*$/gm, '');
    expect(text).not.toMatch(/sources\/|templates\/|\$\(wildcard [^)]*(sources|templates)|\$\(eval/);
  });
});

describe('hostile file names', { timeout: 60_000 }, () => {
  // Each name once, alone among the sources: make and make -n run nothing it spells, and the
  // build stops with the pipeline's message naming the file.
  const NAMES = ['$(shell touch PWNED).md', '$(shell touch PWNED)', '`touch PWNED`.md', '$$(touch PWNED).md', 'a b.md', 'cost$x.md', '<in.md', 'two\nlines.md', "it's.md", 'a;touch PWNED;.md'];

  it.each(NAMES)('%j: nothing runs under make or make -n, and the build says how to rename it', (name) => {
    write('sources/a.md', '# comment\nAuyl won 12.0%.\n');
    expect(make().status).toBe(0);
    writeFileSync(join(dir, 'sources', name), 'Auyl won 1%.\n');
    try {
      const dry = make(['-n']);
      expect(dry.status, dry.stderr).toBe(0);
      expect(dry.calls).toEqual([]);
      const r = make();
      expect(existsSync(join(dir, 'PWNED'))).toBe(false);
      expect(existsSync(join(dir, 'sources/PWNED'))).toBe(false);
      expect(r.stderr).not.toMatch(/unterminated|missing separator|No rule to make target|multiple target patterns/);
      if (name.endsWith('.md')) {
        expect(r.status).not.toBe(0);
        expect(r.calls).toEqual([]);
        expect(r.stderr).toContain(`sources/${JSON.stringify(name).slice(1, -1)}: error: the file name`);
        expect(r.stderr).toContain('[bad-file-name]');
        expect(r.stderr).toMatch(/Rename it with letters, digits, dots, dashes and underscores only, e\.g\. "[A-Za-z0-9][A-Za-z0-9._-]*"/);
      } else {
        // Not an article: only the stages that list every file of sources/ run.
        expect(r.status, r.stderr).toBe(0);
        expect(r.calls).toEqual(['changes render manifest']);
      }
    } finally {
      rmSync(join(dir, 'sources', name));
    }
  });

  it('refuses a folder named x.md among the sources, naming it', () => {
    mkdirSync(join(dir, 'sources/x.md'));
    try {
      const r = make();
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain('sources/x.md: error: this is a folder, but every name ending in .md in the sources folder is read as an article [source-is-folder]');
      expect(r.stderr).not.toContain('(unknown file)');
    } finally {
      rmSync(join(dir, 'sources/x.md'), { recursive: true });
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
