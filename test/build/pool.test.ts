/**
 * pool.ts: a large corpus is ingested and extracted on every core, with the same results, in
 * the same order, and the same diagnostics as in one thread.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../pipeline/build/corpusgen.ts';
import { extract } from '../../pipeline/extract/index.ts';
import { ingestSource, type SourceFile } from '../../pipeline/ingest/index.ts';
import type { Claim, IngestedSource } from '../../pipeline/shared/schema.ts';
import { parseLexicon } from '../../pipeline/shared/lexicon.ts';
import { PARALLEL_FROM, batches, cores, mapInWorkers, split, threadsFor, unwrap } from '../../pipeline/build/pool.ts';
import { paths, sourceFiles } from '../../pipeline/build/stages.ts';
import { PipelineError } from '../../pipeline/shared/errors.ts';
import { seeds } from '../paths.ts';

const root = seeds;
const lexiconText = readFileSync(join(root, 'sources', 'lexicon.yaml'), 'utf8');
const lexiconRef = { file: 'sources/lexicon.yaml', text: lexiconText };
const lexicon = parseLexicon(lexiconRef.file, lexiconText);

describe('split', () => {
  it('cuts contiguous slices of about equal size, in order, none empty', () => {
    expect(split([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2, 3], [4, 5], [6, 7]]);
    expect(split([10, 1, 1, 1, 1], 2, (n) => n)).toEqual([[10], [1, 1, 1, 1]]);
    expect(split([1], 4)).toEqual([[1]]);
  });
});

describe('batches', () => {
  it('cuts contiguous batches within the size and the number of items, a larger item alone', () => {
    expect(batches([1, 2, 3, 4, 5], undefined, { size: 100, items: 2 })).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([3, 3, 9, 1, 1, 1], (n) => n, { size: 6, items: 10 })).toEqual([[3, 3], [9], [1, 1, 1]]);
    expect(batches([], undefined, { size: 1, items: 1 })).toEqual([]);
  });
});

describe('threadsFor', () => {
  it('uses one thread for a small corpus, then up to the cores', () => {
    expect(threadsFor(PARALLEL_FROM - 1, 2)).toBe(1);
    expect(threadsFor(PARALLEL_FROM, 2)).toBe(2);
    expect(threadsFor(10_000, 1)).toBe(1);
    expect(threadsFor(10_000, 64)).toBe(8);
  });

  it('reads BRIEFING_THREADS (1 turns the threads off); anything else means every core', () => {
    expect(cores({ BRIEFING_THREADS: '1' })).toBe(1);
    expect(cores({ BRIEFING_THREADS: '3' })).toBe(3);
    expect(cores({ BRIEFING_THREADS: 'many' })).toBeGreaterThanOrEqual(1);
  });
});

describe('mapInWorkers', () => {
  const files = generateCorpus(sourceFiles(paths(root)), 24);

  it('ingests and extracts in two worker threads exactly as in this thread', async () => {
    const inline = files.map((f) => ingestSource(f, lexicon));
    const threaded = (await mapInWorkers<SourceFile, IngestedSource>('ingest', { ...lexiconRef, parsed: lexicon }, files, (f) => f.text.length, 2)).map(unwrap);
    expect(JSON.stringify(threaded)).toBe(JSON.stringify(inline));
    const claims = inline.map((s) => extract({ sources: [s] }, lexicon));
    const threadedClaims = (await mapInWorkers<IngestedSource, Claim[]>('extract', { ...lexiconRef, parsed: lexicon }, inline, undefined, 2)).map(unwrap);
    expect(JSON.stringify(threadedClaims)).toBe(JSON.stringify(claims));
    // Many small batches per thread (two in flight): the same results in the same order.
    const batched = (await mapInWorkers<IngestedSource, Claim[]>('extract', { ...lexiconRef, parsed: lexicon }, inline, undefined, 2, { size: 1e9, items: 5 })).map(unwrap);
    expect(JSON.stringify(batched)).toBe(JSON.stringify(claims));
  }, 120_000);

  it('brings a bad article back as its own diagnostics, the others as values', async () => {
    const bad = { file: 'sources/bad.md', text: '---\ntitle: [unclosed\n---\nText.\n' };
    const items = [files[0]!, bad, files[1]!];
    const out = await mapInWorkers('ingest', { ...lexiconRef, parsed: lexicon }, items, undefined, 2, { size: 1e9, items: 1 });
    expect(out).toHaveLength(3);
    expect('value' in out[0]! && 'value' in out[2]!).toBe(true);
    let inline: PipelineError | undefined;
    try {
      ingestSource(bad, lexicon);
    } catch (e) {
      inline = e as PipelineError;
    }
    expect(inline).toBeInstanceOf(PipelineError);
    expect(out[1]).toEqual({ diagnostics: inline!.diagnostics });
    expect(() => unwrap(out[1]!)).toThrow(PipelineError);
  }, 120_000);
});
