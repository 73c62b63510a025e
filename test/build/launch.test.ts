/**
 * pipeline/launch.mjs: the CLI run from the esbuild bundle gives the same bytes as the CLI run
 * from source, keys the bundle by the code, and passes the exit code through.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../pipeline/build/corpusgen.ts';
import { PARALLEL_FROM } from '../../pipeline/build/pool.ts';
import { paths, sourceFiles } from '../../pipeline/build/stages.ts';
import { copySeeds, repo } from '../paths.ts';

const root = repo;
const work = mkdtempSync(join(tmpdir(), 'launch-test-'));
// A copy of the fixture project: a stage run without --root reads and writes there.
const seeds = copySeeds('briefing-launch-');
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(seeds, { recursive: true, force: true });
});

// Run in the fixture project: a stage without --root reads its sources/ and templates/.
function launch(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [join(root, 'pipeline', 'launch.mjs'), ...args], {
    cwd: seeds,
    encoding: 'utf8',
    env: { ...process.env, BRIEFING_FROM_SOURCE: '', ...env },
    timeout: 120_000,
  });
}

describe('launch.mjs', () => {
  it('runs the stages from the bundle with the same output as from source', () => {
    const bundled = join(work, 'bundled');
    const source = join(work, 'source');
    const a = launch(['ingest', 'extract', 'reconcile', '--out', bundled, '--quiet']);
    expect(a.status, a.stderr).toBe(0);
    const b = launch(['ingest', 'extract', 'reconcile', '--out', source, '--quiet'], { BRIEFING_FROM_SOURCE: '1' });
    expect(b.status, b.stderr).toBe(0);
    for (const f of ['corpus.json', 'claims.json', 'claims.csv', 'figures.json', 'checks.json']) {
      expect(readFileSync(join(bundled, 'data', f)).equals(readFileSync(join(source, 'data', f))), f).toBe(true);
    }
    // The per-source caches are keyed by the code files, which the bundle reads from pipeline/.
    expect(readdirSync(join(bundled, '.cache', 'extract'))).toEqual(readdirSync(join(source, '.cache', 'extract')));
  }, 240_000);

  it('ingests and extracts a large corpus on two worker threads from the bundle, with the same bytes as one thread', () => {
    const project = join(work, 'large');
    mkdirSync(join(project, 'sources'), { recursive: true });
    copyFileSync(join(seeds, 'sources', 'lexicon.yaml'), join(project, 'sources', 'lexicon.yaml'));
    for (const f of generateCorpus(sourceFiles(paths(seeds)), PARALLEL_FROM)) writeFileSync(join(project, f.file), f.text);
    const outs = ['1', '2'].map((threads) => {
      const out = join(work, `large-${threads}`);
      const r = launch(['ingest', 'extract', '--root', project, '--out', out, '--quiet'], { BRIEFING_THREADS: threads });
      expect(r.status, r.stderr).toBe(0);
      return out;
    });
    for (const f of ['corpus.json', 'claims.json']) {
      expect(readFileSync(join(outs[0]!, 'data', f)).equals(readFileSync(join(outs[1]!, 'data', f))), f).toBe(true);
    }
  }, 240_000);

  it("runs the benchmark's worker threads from the bundle (a thread learns where the code is from its workerData)", () => {
    // A thread has a globalThis of its own: before pool.ts passed the folders on, a benchmark
    // thread from the bundle looked for pipeline/shared/lexicon.ts in the bundle's folder and failed.
    const r = launch(['bench-child', 'extract-child', '.', '20', '2']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ articles: 20, workers: 2, extracted: true });
  }, 120_000);

  it('gives the same bytes with every stage in one process (artifacts kept in memory) as with one process per stage', () => {
    const stages = ['ingest', 'extract', 'reconcile', 'changes', 'charts', 'render'];
    const one = join(work, 'one-process');
    const each = join(work, 'process-each');
    const r = launch([...stages, '--out', one, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    for (const stage of stages) {
      const s = launch([stage, '--out', each, '--quiet']);
      expect(s.status, s.stderr).toBe(0);
    }
    const files = readdirSync(join(one, 'data')).sort();
    expect(files).toEqual(readdirSync(join(each, 'data')).sort());
    for (const f of files) expect(readFileSync(join(one, 'data', f)).equals(readFileSync(join(each, 'data', f))), f).toBe(true);
    expect(readFileSync(join(one, 'briefing.html')).equals(readFileSync(join(each, 'briefing.html')))).toBe(true);
  }, 240_000);

  it('prints the briefing from the bundle (the packages it loads late, such as pdf-lib, load there too)', () => {
    const out = join(work, 'printed');
    const r = launch(['ingest', 'extract', 'reconcile', 'changes', 'charts', 'render', 'print', '--out', out, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const info = spawnSync('pdfinfo', [join(out, 'briefing.pdf')], { encoding: 'utf8' });
    expect(info.stdout).toMatch(/^Title:\s+Kazakhstan’s Mazhilis election/m);
    expect(info.stdout).toMatch(/^Creator:\s+briefing-pipeline$/m);
  }, 240_000);

  it('answers a build with nothing to do from the recorded state, without loading the pipeline', () => {
    // The launcher, state.mjs and hash.mjs alone, with no cli.ts, no bundle and no packages beside them:
    // it can only answer from the state.
    const alone = join(work, 'alone');
    mkdirSync(join(alone, 'pipeline', 'build'), { recursive: true });
    copyFileSync(join(root, 'pipeline', 'launch.mjs'), join(alone, 'pipeline', 'launch.mjs'));
    copyFileSync(join(root, 'pipeline', 'build', 'state.mjs'), join(alone, 'pipeline', 'build', 'state.mjs'));
    mkdirSync(join(alone, 'pipeline', 'shared'), { recursive: true });
    copyFileSync(join(root, 'pipeline', 'shared', 'hash.mjs'), join(alone, 'pipeline', 'shared', 'hash.mjs'));
    writeFileSync(join(alone, 'a.md'), 'a\n');
    const state = { version: 1, goal: 'all', root: '.', out: 'output', dirs: { '.': ['a.md', 'output/', 'pipeline/'] }, files: { 'a.md': createHash('sha256').update('a\n').digest('hex') } };
    mkdirSync(join(alone, 'output', '.stamps'), { recursive: true });
    writeFileSync(join(alone, 'output', '.stamps', 'goal-all.json'), JSON.stringify(state));
    const run = (args: string[]) => spawnSync(process.execPath, [join(alone, 'pipeline', 'launch.mjs'), ...args], { cwd: alone, encoding: 'utf8', env: { ...process.env, BRIEFING_FROM_SOURCE: '' } });
    const noOp = run(['build', '--goal', 'all']);
    expect(noOp.status, noOp.stderr).toBe(0);
    expect(noOp.stdout).toBe("Nothing to be done for 'all'.\n");
    expect(run(['build', '--goal', 'all', '--quiet']).stdout).toBe('');
    // Changed bytes: the launcher goes on to load the pipeline, which is not there.
    writeFileSync(join(alone, 'a.md'), 'b\n');
    expect(run(['build', '--goal', 'all']).status).not.toBe(0);
  });

  it('keeps the bundle in node_modules/.cache, one folder per version of the code', () => {
    const cache = join(root, 'node_modules', '.cache', 'briefing-pipeline');
    const bundles = readdirSync(cache).filter((n) => /^[0-9a-f]{20}$/.test(n));
    expect(bundles.length).toBeGreaterThan(0);
    expect(bundles.some((n) => existsSync(join(cache, n, 'cli.mjs')))).toBe(true);
  });

  it("leaves Puppeteer's downloader's proxy code (proxy-agent and what it brings) out of the bundle", () => {
    launch(['--help']); // builds the bundle of this code if no test has yet
    const cache = join(root, 'node_modules', '.cache', 'briefing-pipeline');
    const newest = readdirSync(cache)
      .filter((n) => /^[0-9a-f]{20}$/.test(n))
      .map((n) => ({ n, t: statSync(join(cache, n)).mtimeMs }))
      .sort((a, b) => b.t - a.t)[0]!.n;
    expect(existsSync(join(cache, newest, 'cli.mjs'))).toBe(true);
    const code = readdirSync(join(cache, newest))
      .filter((f) => f.endsWith('.mjs'))
      .map((f) => readFileSync(join(cache, newest, f), 'utf8'));
    expect(code.some((c) => c.includes('the briefing pipeline downloads nothing'))).toBe(true);
    expect(code.some((c) => /PacProxyAgent|quickjs/.test(c))).toBe(false);
  });

  it('passes the exit code through: 2 for a usage error, 1 for a pipeline error', () => {
    const usage = launch(['no-such-stage']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage:');
    const build = launch(['build', '--out', join(work, 'x')]);
    expect(build.status).toBe(2);
    expect(build.stderr).toContain('`build` needs --goal GOAL');
    const goal = launch(['build', '--goal', 'typeset', '--out', join(work, 'x')]);
    expect(goal.status).toBe(2);
    expect(goal.stderr).toContain('"typeset" is not a goal of the build');
    const missing = launch(['extract', '--out', join(work, 'empty'), '--quiet']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/corpus\.json.*error/);
  }, 120_000);
});
