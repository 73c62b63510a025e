/**
 * ingest's sentence segments (sentenceSegments): Intl.Segmenter's breaks, found window by window
 * so that a long paragraph costs time in proportion to its length (the whole of a 1.9 MB line
 * at once took 100 s). The breaks must be exactly those of the whole text at once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentenceSegments } from '../../pipeline/ingest/index.ts';
import { seeds } from '../paths.ts';

const whole = (text: string) => [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)].map((s): [number, number] => [s.index, s.index + s.segment.length]);

/** The fixture articles' texts on one line, several times: about 200,000 characters. */
const articles = readdirSync(join(seeds, 'sources'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => readFileSync(join(seeds, 'sources', f), 'utf8').split('\n---\n')[1]!)
  .join(' ');
const long = Array.from({ length: 6 }, () => articles.replace(/\n+/g, ' ')).join(' ');

describe('sentence segments, window by window', () => {
  it('a long paragraph on one line: the same breaks as segmenting it at once', () => {
    expect(long.length).toBeGreaterThan(100_000);
    expect([...sentenceSegments(long)]).toEqual(whole(long));
  }, 60_000); // the limit only stops a hung test: on a loaded machine segmenting 100,000 characters twice takes seconds

  it('a sentence longer than a window, between short ones: the same breaks', () => {
    const text = `It began. ${'word '.repeat(9000)}and ended there. Then the count came. "Quoted?" he said. 5.2% voted.`;
    expect([...sentenceSegments(text)]).toEqual(whole(text));
  });

  it('short texts and the empty text', () => {
    for (const text of ['', 'One.', 'Mr. Karin won. He said so.', '   ']) expect([...sentenceSegments(text)]).toEqual(whole(text));
  });
});
