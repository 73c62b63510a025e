import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { format, PipelineError } from '../pipeline/errors.ts';
import { ingestSource, MAX_NESTING, tooDeep } from '../pipeline/ingest.ts';
import { parseLexicon } from '../pipeline/lexicon.ts';

const lexicon = parseLexicon('test/fixtures/ingest/lexicon.yaml', readFileSync(join(import.meta.dirname, 'fixtures', 'ingest', 'lexicon.yaml'), 'utf8'));
const front = '---\nid: deep\ntitle: null\noutlet: null\nauthor: null\npublished: null\nurl: null\nretrieved: null\nnotes: "invented"\n---\n';

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof PipelineError) return error.diagnostics.map(format).join('\n');
    throw error;
  }
  throw new Error('expected a PipelineError');
}

describe('nesting depth', () => {
  it('accepts what articles nest: quotes in lists, numbered lists, a few indented levels', () => {
    expect(tooDeep('> quoted\n> > twice\n- item\n  - sub item\n    1. numbered\n\tTabbed text\n')).toBeNull();
    expect(tooDeep(`${'> '.repeat(MAX_NESTING)}deepest allowed\n`)).toBeNull();
  });

  it('finds the first line that nests too deep, by markers or by indentation', () => {
    const text = `fine\n${'- '.repeat(MAX_NESTING + 1)}too deep\n`;
    expect(tooDeep(text)).toBe(5);
    expect(tooDeep(`a\n\n${' '.repeat(2 * MAX_NESTING + 2)}x\n`)).toBe(3);
    expect(tooDeep(`${'1. '.repeat(MAX_NESTING + 1)}x`)).toBe(0);
  });

  it('refuses a 1,300-deep list at ingest with the place, before the parser sees it', () => {
    const lines = Array.from({ length: 1300 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`);
    const text = `${front}Intro paragraph.\n\n${lines.join('\n')}\n`;
    expect(errorOf(() => ingestSource({ file: 'sources/deep.md', text }, lexicon))).toBe(
      'sources/deep.md:45:1: error: the article nests quotes, lists or indented blocks more than 32 levels deep here [nesting-too-deep]\n' +
        '  Paste the article text without its nesting (an article is paragraphs, short lists and tables); deeper nesting would make the build slow.',
    );
  });
});
