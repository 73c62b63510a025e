/**
 * Large data files are written in pieces, never held whole (io.ts writePieces, stages.ts
 * csvPieces): the bytes are exactly those of the whole text, and an unchanged file is left alone.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { claimsToCsv, extract } from '../../pipeline/extract/index.ts';
import { ingest } from '../../pipeline/ingest/index.ts';
import { csvPieces, loadLexicon, paths, shareStrings, sourceFiles } from '../../pipeline/build/stages.ts';
import { toJson, writeJson, writePieces } from '../../pipeline/shared/io.ts';
import { copySeeds } from '../paths.ts';

// A copy: loading the lexicon keeps it in the project's output/.cache/.
const project = copySeeds('briefing-pieces-seeds-');
const p = paths(project);
const lexicon = loadLexicon(p);
const corpus = ingest(sourceFiles(p), lexicon);
const claims = extract(corpus, lexicon);
const dirs: string[] = [project];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('csvPieces', () => {
  it('joins to claimsToCsv of all the claims, the header once, whatever the size of a piece', () => {
    expect(claims.length).toBeGreaterThan(20);
    const whole = claimsToCsv(claims);
    for (const per of [1, 7, claims.length, claims.length + 5]) {
      const pieces = [...csvPieces(claims, claimsToCsv, per)];
      expect(pieces).toHaveLength(Math.ceil(claims.length / per));
      expect(pieces.join('')).toBe(whole);
    }
    expect([...csvPieces([], claimsToCsv, 3)].join('')).toBe(claimsToCsv([]));
  });
});

describe('writePieces', () => {
  it('writes the joined text, then leaves the same bytes alone; writeJson gives toJson\'s bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-pieces-'));
    dirs.push(dir);
    const file = join(dir, 'claims.csv');
    // Pieces past the megabyte at which a batch goes to the file, with text outside ASCII.
    const pieces = Array.from({ length: 300 }, (_, i) => `${i},“${'x'.repeat(5000)}”\r\n`);
    expect(writePieces(file, pieces)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(pieces.join(''));
    const before = statSync(file, { bigint: true }).mtimeNs;
    expect(writePieces(file, pieces)).toBe(false);
    expect(statSync(file, { bigint: true }).mtimeNs).toBe(before);
    expect(writePieces(file, pieces.slice(1))).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(pieces.slice(1).join(''));
    const json = join(dir, 'claims.json');
    expect(writeJson(json, claims)).toBe(true);
    expect(readFileSync(json, 'utf8')).toBe(toJson(claims));
    expect(readdirSync(dir).sort()).toEqual(['claims.csv', 'claims.json']);
  });
});

describe('shareStrings', () => {
  it('leaves every claim equal (the quote is its span of the body, the short texts the same)', () => {
    // Copies, as a worker thread or the cache hands them over.
    const copies = corpus.sources.map((s) => JSON.parse(JSON.stringify(claims.filter((c) => c.source === s.meta.id))) as typeof claims);
    const seen = new Map<string, string>();
    corpus.sources.forEach((s, i) => shareStrings(copies[i]!, s.body, seen));
    expect(copies.flat()).toEqual(claims);
    expect(toJson(copies.flat())).toBe(toJson(claims));
    expect(seen.size).toBeGreaterThan(0);
    // A quote that is not its span (an older artifact) is kept as it was.
    const odd = [{ ...claims[0]!, quote: 'elsewhere' }];
    shareStrings(odd, corpus.sources.find((s) => s.meta.id === claims[0]!.source)!.body, new Map());
    expect(odd[0]!.quote).toBe('elsewhere');
  });
});
