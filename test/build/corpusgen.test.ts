import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { copyArticle, corpusBytes, generateCorpus } from '../../pipeline/build/corpusgen.ts';
import { ingest } from '../../pipeline/ingest/index.ts';
import { median, parseSizes, slices, stageTimes, table } from '../../pipeline/build/bench.ts';
import { loadLexicon, paths, sourceFiles } from '../../pipeline/build/stages.ts';
import { copySeeds, repo } from '../paths.ts';

// A copy of the fixture project: reading its lexicon keeps a parsed copy in its output/.cache/.
const seedProject = copySeeds('briefing-corpusgen-');
afterAll(() => rmSync(seedProject, { recursive: true, force: true }));

const SEEDS = [
  { file: 'sources/b.md', text: '---\nid: beta\ntitle: "B: second"\nurl: null\n---\nAmanat won 53.9%.\n' },
  { file: 'sources/a.md', text: '---\nid: alpha\ntitle: null\n---\nTurnout was 54.19 per cent.\n\nSecond line.\n' },
];

describe('generateCorpus', () => {
  it('starts with the seeds themselves, byte for byte, sorted by file', () => {
    const c = generateCorpus(SEEDS, 2);
    expect(c).toEqual([SEEDS[1], SEEDS[0]]);
  });

  it('makes copies with unique ids and file names, the article text verbatim', () => {
    const c = generateCorpus(SEEDS, 5);
    expect(c.map((f) => f.file)).toEqual(['sources/a-c1.md', 'sources/a-c2.md', 'sources/a.md', 'sources/b-c1.md', 'sources/b.md']);
    const copy = c.find((f) => f.file === 'sources/b-c1.md')!;
    expect(copy.text).toContain('\nid: beta-c1\n');
    expect(copy.text).toContain('title: "B: second"');
    expect(copy.text.endsWith('---\nAmanat won 53.9%.\n')).toBe(true);
    expect(new Set(c.map((f) => f.text)).size).toBe(5);
  });

  it('pads copy numbers so that file order is copy order', () => {
    const c = generateCorpus(SEEDS, 24);
    expect(c.length).toBe(24);
    expect(c.filter((f) => f.file.startsWith('sources/a')).map((f) => f.file).slice(0, 3)).toEqual(['sources/a-c01.md', 'sources/a-c02.md', 'sources/a-c03.md']);
  });

  it('is the same for the same inputs', () => {
    expect(generateCorpus(SEEDS, 7)).toEqual(generateCorpus([...SEEDS].reverse(), 7));
    expect(corpusBytes(generateCorpus(SEEDS, 7))).toBe(corpusBytes(generateCorpus(SEEDS, 7)));
  });

  it('names a seed without front matter or id', () => {
    expect(() => copyArticle({ file: 'sources/x.md', text: 'no front matter\n' }, 1)).toThrow(/no front matter/);
    expect(() => copyArticle({ file: 'sources/x.md', text: '---\ntitle: x\n---\ntext\n' }, 1)).toThrow(/no "id"/);
  });

  it('gives a corpus the real ingest accepts, from the articles of the fixture project', () => {
    const p = paths(seedProject);
    const seeds = sourceFiles(p);
    const files = generateCorpus(seeds, seeds.length * 2);
    const corpus = ingest(files, loadLexicon(p));
    expect(corpus.sources.length).toBe(seeds.length * 2);
    const ids = corpus.sources.map((s) => s.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    // A copy has the same sentences as its seed.
    const seed = corpus.sources.find((s) => s.file === seeds[0]!.file)!;
    const copy = corpus.sources.find((s) => s.file === seeds[0]!.file.replace(/\.md$/, '-c1.md'))!;
    expect(copy.sentences.length).toBe(seed.sentences.length);
    expect(copy.body).toBe(seed.body);
  });
});

describe('bench helpers', () => {
  it('reads corpus sizes', () => {
    expect(parseSizes(undefined)).toEqual([1, 100, 1000, 10000]);
    expect(parseSizes('1, 10_000')).toEqual([1, 10000]);
    expect(() => parseSizes('1,x')).toThrow(/whole numbers/);
  });

  it('splits a corpus into contiguous slices of about equal bytes, losing nothing', () => {
    const files = generateCorpus(SEEDS, 9);
    const parts = slices(files, 2);
    expect(parts.length).toBe(2);
    expect(parts.flat()).toEqual(files);
    expect(slices(files.slice(0, 1), 4)).toEqual([files.slice(0, 1)]);
  });

  it('reads the stage times of the progress lines', () => {
    expect(stageTimes('make: x\ningest       0.42 s  5 sources\nrender      12.00 s  8 KiB\n')).toEqual([
      { stage: 'ingest', ms: 420, what: '5 sources' },
      { stage: 'render', ms: 12000, what: '8 KiB' },
    ]);
  });

  it('takes medians and pads tables', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(table([['a', 'n'], ['long', '1.5']], 'lr')).toEqual(['a       n', 'long  1.5']);
    expect(table([['a', 'x'], ['long', 'yy']])).toEqual(['a     x', 'long  yy']);
  });
});

describe('bench: ingest + extract in a child process', () => {
  const run = (n: number, workers: number) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/build/bench.ts', 'extract-child', seedProject, String(n), String(workers)], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as { articles: number; bytes: number; workers: number; sentences: number; claims: number; maxRssBytes: number };
  };

  it('gives the same counts on one thread and on two worker threads', { timeout: 60_000 }, () => {
    const one = run(4, 1);
    const two = run(4, 2);
    expect(one.articles).toBe(4);
    expect(two.workers).toBe(2);
    expect({ ...two, workers: 1, maxRssBytes: 0, ms: 0 }).toEqual({ ...one, maxRssBytes: 0, ms: 0 });
    expect(one.sentences).toBeGreaterThan(0);
    expect(one.maxRssBytes).toBeGreaterThan(0);
  });

  it('times remark-parse alone on the same generated articles (the bound the bench prints beside the goal)', { timeout: 60_000 }, () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/build/bench.ts', 'parse-child', seedProject, '4'], { cwd: repo, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const parsed = JSON.parse(r.stdout.trim().split('\n').pop()!) as { bytes: number; ms: number };
    expect(parsed.bytes).toBe(run(4, 1).bytes);
    expect(parsed.ms).toBeGreaterThan(0);
  });
});
