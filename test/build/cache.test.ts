/**
 * The per-source cache of ingest and extract (stages.ts): editing one article re-reads and
 * re-extracts that article only, and the results are the same as without the cache.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedLexicon, extractCodeFiles, paths, stages } from '../../pipeline/build/stages.ts';
import { extract } from '../../pipeline/extract/index.ts';
import { Corpus } from '../../pipeline/shared/schema.ts';
import { parseLexicon } from '../../pipeline/shared/lexicon.ts';
import { repo, seeds } from '../paths.ts';

const root = seeds;
const project = mkdtempSync(join(tmpdir(), 'briefing-cache-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));
cpSync(join(root, 'sources'), join(project, 'sources'), { recursive: true });
const p = paths(project);
const run = async (name: string) => String(await stages.find((s) => s.name === name)!.run(p));
const claimsFile = join(p.data, 'claims.json');
/** How many articles the fixture project has. */
const n = readdirSync(p.sources).filter((f) => f.endsWith('.md')).length;
const cacheDir = join(p.out, '.cache', 'extract');

describe('the per-source ingest and extract cache', () => {
  it('computes every source once, then reuses them all', async () => {
    expect(n).toBeGreaterThan(1);
    expect(await run('ingest')).toMatch(/, 0 from the cache$/);
    expect(await run('ingest')).toMatch(new RegExp(`, ${n} from the cache \\(unchanged\\)$`));
    expect(await run('extract')).toMatch(new RegExp(` 0 of ${n} sources from the cache`));
    expect(readdirSync(cacheDir)).toHaveLength(n);
    const first = readFileSync(claimsFile, 'utf8');
    expect(await run('extract')).toMatch(new RegExp(` ${n} of ${n} sources from the cache \\(unchanged\\)`));
    expect(readFileSync(claimsFile, 'utf8')).toBe(first);
  });

  it('re-extracts only the edited source, and gives what extraction without the cache gives', async () => {
    const file = join(p.sources, 'sailaunews-2023-03-22.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Auyl (10.9%)', 'Auyl (11.4%)'));
    expect(await run('ingest')).toMatch(new RegExp(`, ${n - 1} from the cache$`));
    expect(await run('extract')).toMatch(new RegExp(` ${n - 1} of ${n} sources from the cache`));
    expect(readdirSync(cacheDir)).toHaveLength(n);
    const corpus = Corpus.parse(JSON.parse(readFileSync(join(p.data, 'corpus.json'), 'utf8')));
    const lexicon = parseLexicon('sources/lexicon.yaml', readFileSync(join(p.sources, 'lexicon.yaml'), 'utf8'));
    expect(JSON.parse(readFileSync(claimsFile, 'utf8'))).toEqual(JSON.parse(JSON.stringify(extract(corpus, lexicon))));
    expect(readFileSync(claimsFile, 'utf8')).toContain('"value": 11.4');
  });

  it('recomputes a damaged cache file instead of failing', async () => {
    for (const f of readdirSync(cacheDir)) writeFileSync(join(cacheDir, f), '{"not": "claims"');
    expect(await run('extract')).toMatch(new RegExp(` 0 of ${n} sources from the cache \\(unchanged\\)`));
  });

  it('a lexicon edit invalidates every entry', async () => {
    const lex = join(p.sources, 'lexicon.yaml');
    writeFileSync(lex, `${readFileSync(lex, 'utf8')}\n# an editor's comment\n`);
    expect(await run('extract')).toMatch(new RegExp(` 0 of ${n} sources from the cache`));
  });
});

describe('the lexicon cache', () => {
  const dir = join(p.out, '.cache', 'lexicon');
  const text = readFileSync(join(root, 'sources', 'lexicon.yaml'), 'utf8');

  it('keeps the checked lexicon as JSON and reads it back instead of the YAML', () => {
    rmSync(dir, { recursive: true, force: true });
    const parsed = cachedLexicon(p, 'sources/lexicon.yaml', text);
    expect(parsed).toEqual(parseLexicon('sources/lexicon.yaml', text));
    const [entry] = readdirSync(dir);
    // What the cache holds is what is used: a marked copy comes back.
    const kept = JSON.parse(readFileSync(join(dir, entry!), 'utf8'));
    kept.entities[0].aliases.push('Marked by the test');
    writeFileSync(join(dir, entry!), JSON.stringify(kept));
    expect(cachedLexicon(p, 'sources/lexicon.yaml', text).entities[0]!.aliases).toContain('Marked by the test');
    // Another text is another entry (the old one is dropped).
    cachedLexicon(p, 'sources/lexicon.yaml', `${text}\n# edited\n`);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(readdirSync(dir)[0]).not.toBe(entry);
  });

  it('parses again when the entry is damaged, and keeps nothing of a lexicon with a mistake', () => {
    for (const f of readdirSync(dir)) writeFileSync(join(dir, f), '{"entities": 3');
    expect(cachedLexicon(p, 'sources/lexicon.yaml', `${text}\n# edited\n`)).toEqual(parseLexicon('sources/lexicon.yaml', text));
    rmSync(dir, { recursive: true, force: true });
    expect(() => cachedLexicon(p, 'sources/lexicon.yaml', 'entities: 3\n')).toThrow(/lexicon/);
    expect(() => readdirSync(dir)).toThrow();
  });
});

describe('the extract cache is keyed by all of its code', () => {
  it('every module of pipeline/extract/ that the stage imports is among the files of its key', () => {
    const files = new Set(extractCodeFiles());
    const imported = [...readFileSync(join(repo, 'pipeline', 'extract', 'index.ts'), 'utf8').matchAll(/from '\.\/([\w-]+\.ts)'/g)].map((m) => `extract/${m[1]}`);
    expect(imported.length).toBeGreaterThan(2);
    for (const f of ['extract/index.ts', ...imported]) expect(files.has(f), f).toBe(true);
  });
});
