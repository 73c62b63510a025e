/**
 * The worst-case inputs of `make bench` (build/bench-worst.ts): how they are made and reported.
 * No time is asserted here: the benchmark prints the times.
 */
import { describe, expect, it } from 'vitest';
import { joinedArticle, letters, worstRows, type WorstFigures } from '../../pipeline/build/bench-worst.ts';

const seed = (id: string, body: string) => ({ file: `sources/${id}.md`, text: `---\nid: ${id}\ntitle: "T"\n---\n${body}` });

describe('bench: worst-case inputs', () => {
  it('tags are letters, never digits (a number would become a figure), each one different', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(letters)).toEqual(['a', 'b', 'z', 'aa', 'ab', 'zz', 'aaa']);
    const tags = new Set(Array.from({ length: 2000 }, (_, i) => letters(i)));
    expect(tags.size).toBe(2000);
    for (const t of tags) expect(t).toMatch(/^[a-z]+$/);
  });

  it('joins the texts into one article in which no line repeats (boilerplate removal would drop it)', () => {
    const seeds = [seed('a', 'Turnout was 54 per cent.\n\nSame line.\n'), seed('b', 'Same line.\n')];
    const article = joinedArticle(seeds, 4);
    expect(article.text.startsWith('---\nid: worst\ntitle: "T"\n---\n')).toBe(true);
    const lines = article.text.split('\n---\n')[1]!.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(6);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines[0]).toBe('Turnout was 54 per cent. (Part a a.)');
    expect(joinedArticle(seeds, 4, true).text.split('\n---\n')[1]!.trimEnd().split('\n')).toHaveLength(1);
  });

  it('reports each size against the one before by processor time: × processor, × render and × bytes; a refused size says why', () => {
    const row = (size: number, bytes: number, render: number, outcome = 'built'): WorstFigures => ({
      case: 'figures',
      size,
      bytes,
      claims: size * 10,
      stages: [
        { stage: 'ingest', ms: 150, cpuMs: 100 },
        { stage: 'render', ms: 3 * render, cpuMs: render },
      ],
      ms: 150 + 3 * render,
      cpuMs: 100 + render,
      outcome,
      maxRssBytes: 0,
    });
    const rows = worstRows([row(20, 1e5, 100), row(40, 2e5, 300), row(80, 4e5, 100, 'refused [too-many-figures]'), { case: 'figures', size: 160, error: 'not available (x)' }]);
    expect(rows[0]).toEqual(['size', 'MB', 'claims', 'ingest', 'render', 'wall', 'processor', '× processor', '× render', '× bytes', 'outcome']);
    expect(rows[1]).toEqual(['20 texts joined', '0.10', '200', '0.10', '0.10', '0.45 s', '0.20 s', '', '', '', 'built']);
    expect(rows[2]).toEqual(['40 texts joined', '0.20', '400', '0.10', '0.30', '1.05 s', '0.40 s', '2.00×', '3.00×', '2.00×', 'built']);
    expect(rows[3]![10]).toBe('refused [too-many-figures]');
    expect(rows[3]![7]).toBe('');
    expect(rows[4]![10]).toBe('not available (x)');
  });
});
