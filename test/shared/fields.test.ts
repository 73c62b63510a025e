import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatFields, lexiconFields, schemaDocs } from '../../pipeline/shared/fields.ts';
import * as lexicon from '../../pipeline/shared/lexicon.ts';

// An invented schema file, as `make lexicon-fields` reads lexicon.ts.
const source = `
const Inner = z.object({ /** How far the count has got. */ progress: words.default([]) }).strict();
export const Thing = z
  .object({
    /** The words that open a thing ("in all"). */
    openers: words.default([]),
    plain: z.number().optional(),
    nested: z.object({ /** A word inside. */ inside: words.default([]) }).strict().default({ inside: [] }),
  })
  .strict();
`;

describe('lexicon fields (make lexicon-fields)', () => {
  it('reads the doc comment over each field of a zod object, nested objects by their path', () => {
    expect(Object.fromEntries(schemaDocs(source))).toEqual({
      'Inner.progress': 'How far the count has got.',
      'Thing.openers': 'The words that open a thing ("in all").',
      'Thing.nested.inside': 'A word inside.',
    });
  });

  it('lists every field with its form, the general words at its place (count, line, first words) and its meaning', () => {
    const words = z.array(z.string());
    const Thing = z.object({ openers: words.default([]), plain: z.number().optional(), nested: z.object({ inside: words.default([]) }).default({ inside: [] }) });
    const Root = z.object({ thing: Thing.default({ openers: [], nested: { inside: [] } }), items: z.array(z.object({ id: z.string(), on: z.boolean() })).default([]) });
    const general = ['thing:', '  # Opens a thing: "in all".', '  openers: [in all, overall, altogether, in total, all told, together, in sum]', '  nested:', '    inside: [a]', ''].join('\n');
    const rows = lexiconFields(Root, new Map<unknown, string>([[Thing, 'Thing']]), schemaDocs(source), general);
    expect(rows).toEqual([
      { path: 'thing', form: 'section', doc: '', general: null },
      { path: 'thing.openers', form: 'list of words', doc: 'The words that open a thing ("in all").', general: { count: 7, line: 3, first: ['in all', 'overall', 'altogether', 'in total', 'all told', 'together'] } },
      { path: 'thing.plain', form: 'number', doc: '', general: null },
      { path: 'thing.nested', form: 'section', doc: '', general: null },
      { path: 'thing.nested.inside', form: 'list of words', doc: 'A word inside.', general: { count: 1, line: 5, first: ['a'] } },
      { path: 'items', form: 'list of items', doc: '', general: null },
      { path: 'items[].id', form: 'text', doc: '', general: null },
      { path: 'items[].on', form: 'yes or no (true/false)', doc: '', general: null },
    ]);
    expect(formatFields(rows.slice(1, 2), 'g.yaml')).toBe(
      'thing.openers  (list of words; 7 general words at g.yaml:3: in all, overall, altogether, in total, all told, together, …)\n    The words that open a thing ("in all").',
    );
  });

  it("the real lexicon: every top-level section appears, and a general list's line is the line that writes it", () => {
    const named = new Map<unknown, string>(Object.entries(lexicon).filter(([, v]) => v instanceof z.ZodType).map(([k, v]) => [v, k]));
    const text = lexicon.generalLexicon().text;
    const rows = lexiconFields(lexicon.Lexicon, named, schemaDocs(readFileSync('pipeline/shared/lexicon.ts', 'utf8')), text);
    const paths = new Set(rows.map((r) => r.path));
    for (const key of Object.keys(lexicon.Lexicon.shape)) expect(paths.has(key)).toBe(true);
    const lower = rows.find((r) => r.path === 'numbers.lower_bound')!;
    expect(lower.form).toBe('list of words');
    expect(text.split('\n')[lower.general!.line - 1]).toMatch(/^\s*lower_bound:/);
    expect(rows.find((r) => r.path === 'election.last_day')!.doc).toMatch(/last day of voting/);
    expect(paths.has('metrics[].cues')).toBe(true);
  });
});
