import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorOf } from '../diagnostics.ts';
import { describe, expect, it } from 'vitest';
import { format } from '../../pipeline/shared/errors.ts';
import { ingest, ingestSource, MAX_NESTING, tooDeep, unbalancedBidi } from '../../pipeline/ingest/index.ts';
import { parseLexicon } from '../../pipeline/shared/lexicon.ts';

const lexicon = parseLexicon('test/fixtures/ingest/lexicon.yaml', readFileSync(join(import.meta.dirname, '..', 'fixtures', 'ingest', 'lexicon.yaml'), 'utf8'));
const front = '---\nid: deep\ntitle: null\noutlet: null\nauthor: null\npublished: null\nurl: null\nretrieved: null\nnotes: "invented"\n---\n';


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

describe('front-matter warnings', () => {
  const article = (fields: Record<string, string>) =>
    `---\n${Object.entries({ id: 'a', title: 'null', outlet: 'null', author: 'null', published: 'null', url: 'null', retrieved: 'null', notes: '"invented"', ...fields })
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n')}\n---\nThe party won 40 seats.\n`;

  it('an unclosed direction control in the title, at its place', () => {
    const s = ingestSource({ file: 'sources/a.md', text: article({ title: '"Results \u202eof the vote"' }) }, lexicon);
    expect(s.warnings.map(format)).toEqual([
      'sources/a.md:3:8: warning: front-matter field "title" has the direction control U+202E, which is not closed (or closes nothing): it would turn the text after it around [bidi-control]\n' +
        '  Remove the invisible control character (or close it); the briefing shows the field isolated from the text around it either way.',
    ]);
    expect(unbalancedBidi('a \u2067b\u2069 c \u202bd\u202c')).toBeNull();
    expect(unbalancedBidi('a \u2069')).toBe('U+2069');
    expect(unbalancedBidi('\u2067x\u202c')).toBe('U+202C');
  });

  it('an article dated after the day it was retrieved', () => {
    const s = ingestSource({ file: 'sources/a.md', text: article({ published: '2024-05-02', retrieved: '2024-05-01' }) }, lexicon);
    expect(s.warnings.map((w) => `${w.line}:${w.column} ${w.ruleId} ${w.message}`)).toEqual([
      '6:12 published-after-retrieved the article is dated 2024-05-02, after the day it was retrieved (2024-05-01)',
    ]);
  });

  it('an article dated more than a year after every other one', () => {
    const corpus = ingest(
      [
        { file: 'sources/a.md', text: article({ id: 'a', published: '2024-05-02' }) },
        { file: 'sources/b.md', text: article({ id: 'b', published: '2999-12-31' }) },
        { file: 'sources/c.md', text: article({ id: 'c', published: '2024-05-01' }) },
      ],
      lexicon,
    );
    const warned = corpus.sources.flatMap((s) => s.warnings.map((w) => `${w.file}:${w.line}:${w.column} ${w.ruleId} ${w.message}`));
    expect(warned).toEqual(['sources/b.md:6:12 published-outlier the article is dated 2999-12-31, more than a year after every other article (the next latest is 2024-05-02)']);
    const close = ingest([{ file: 'sources/a.md', text: article({ id: 'a', published: '2024-05-02' }) }, { file: 'sources/b.md', text: article({ id: 'b', published: '2025-01-02' }) }], lexicon);
    expect(close.sources.flatMap((s) => s.warnings)).toEqual([]);
  });
});
