/**
 * The development corpus's files (test/corpus/, README there): split.yaml, each event's
 * event.yaml and one YAML file per article (pointer and hand-annotated figures). One schema for
 * every reader: the extraction score (extract/corpus-eval.ts) and reconciliation on the
 * annotations (reconcile/corpus.ts) read the same parsed files, once.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseYamlFile } from './lexicon.ts';
import * as msg from './messages.ts';

const Split = z
  .object({
    events: z.array(z.object({ id: z.string(), half: z.enum(['tune', 'test']), what: z.string().optional(), dropped: z.string().optional() }).passthrough()),
    reserves: z.record(z.string(), z.array(z.string())).optional(),
  })
  .passthrough();

export const CorpusEntity = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    kind: z.enum(['party', 'candidate', 'option', 'group', 'place']),
    aliases: z.array(z.string().min(1)).default([]),
  })
  .passthrough();

export const CorpusEvent = z
  .object({
    event: z.string().min(1),
    half: z.enum(['tune', 'test']),
    country: z.string().nullable().optional(),
    kind: z.string().nullable().optional(),
    body: z.string().nullable().optional(),
    date: z.union([z.string(), z.date()]).nullable().optional(),
    year: z.number().int(),
    previous: z.number().int().nullable().optional(),
    seats: z.number().int().nullable().optional(),
    entities: z.array(CorpusEntity).default([]),
  })
  .passthrough();
export type CorpusEvent = z.infer<typeof CorpusEvent>;

export const CorpusFigure = z
  .object({
    anchor: z.string().min(1),
    text: z.string().min(1),
    nth: z.number().int().positive().optional(),
    metric: z.string().min(1),
    entity: z.string().nullable(),
    value: z.number().nullable().optional(),
    low: z.number().nullable().optional(),
    high: z.number().nullable().optional(),
    bound: z.enum(['exact', 'approximate', 'lower-bound', 'upper-bound', 'range']).default('exact'),
    unit: z.string().min(1),
    qualifier: z.string().min(1),
    election: z.number().int().nullable().optional(),
    as_of: z.string().nullable().optional(),
    attribution: z.string().nullable().optional(),
    round: z.union([z.number().int(), z.string()]).nullable().optional(),
    place: z.string().nullable().optional(),
    group: z.string().nullable().optional(),
  })
  .passthrough();
export type CorpusFigure = z.infer<typeof CorpusFigure>;

const NotFigure = z.object({ anchor: z.string().min(1), text: z.string().min(1), nth: z.number().int().positive().optional() }).passthrough();

const Pointer = z
  .object({
    outlet: z.string().nullable().optional(),
    published: z.union([z.string(), z.date()]).nullable().optional(),
    title: z.string().nullable().optional(),
    url: z.string().nullable().optional(),
    style: z.array(z.string()).default([]),
  })
  .passthrough();

export const CorpusArticle = z
  .object({
    id: z.string().min(1),
    event: z.string().optional(),
    pointer: Pointer,
    figures: z
      .array(CorpusFigure)
      .nullish()
      .transform((v) => v ?? []),
    not_figures: z
      .array(NotFigure)
      .nullish()
      .transform((v) => v ?? []),
  })
  .passthrough();
export type CorpusArticle = z.infer<typeof CorpusArticle>;

export interface LoadedEvent {
  id: string;
  half: 'tune' | 'test';
  event: CorpusEvent;
  articles: { file: string; article: CorpusArticle }[];
}

/**
 * A second reader's qualifiers (test/corpus/agreement/*.yaml): for each article read twice, the
 * qualifier of every figure in the order of the article file, chosen blind to the first reading.
 */
export const SecondReading = z
  .object({
    what: z.string().optional(),
    date: z.union([z.string(), z.date()]).optional(),
    articles: z.array(z.object({ article: z.string().min(1), event: z.string().optional(), qualifiers: z.array(z.string()) }).passthrough()),
  })
  .passthrough();

/** Every second reading in DIR/agreement/ (file order, then article order); the first file to name an article gives its reading. */
export function loadSecondReadings(corpusDir: string, relName: (f: string) => string): Map<string, string[]> {
  const dir = join(corpusDir, 'agreement');
  const out = new Map<string, string[]>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml')).sort()) {
    const file = join(dir, f);
    for (const a of parseCorpusFile(relName(file), readFileSync(file, 'utf8'), SecondReading).articles) if (!out.has(a.article)) out.set(a.article, a.qualifiers);
  }
  return out;
}

/** One corpus file, parsed and checked: an error names the file, line and column. */
export function parseCorpusFile<T>(file: string, text: string, schema: z.ZodType<T>): T {
  return parseYamlFile(file, text, schema, 'bad-corpus', msg.BAD_CORPUS, msg.BAD_CORPUS_HINT);
}

/** The events of split.yaml (and any reserve with a folder), each with its articles. */
export function loadCorpusEvents(corpusDir: string, relName: (f: string) => string): LoadedEvent[] {
  const splitFile = join(corpusDir, 'split.yaml');
  const split = parseCorpusFile(relName(splitFile), readFileSync(splitFile, 'utf8'), Split);
  const listed = new Map<string, 'tune' | 'test'>();
  for (const e of split.events) if (!e.dropped) listed.set(e.id, e.half);
  for (const [half, ids] of Object.entries(split.reserves ?? {})) {
    for (const id of ids) if (!listed.has(id) && (half === 'tune' || half === 'test')) listed.set(id, half);
  }
  const out: LoadedEvent[] = [];
  for (const [id, listedHalf] of [...listed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const dir = join(corpusDir, 'events', id);
    const eventFile = join(dir, 'event.yaml');
    if (!existsSync(eventFile)) continue;
    const event = parseCorpusFile(relName(eventFile), readFileSync(eventFile, 'utf8'), CorpusEvent);
    // split.yaml is the rule; an event file that says otherwise counts as test (never read).
    const half = event.half === listedHalf ? listedHalf : 'test';
    const articles = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml') && f !== 'event.yaml')
      .sort()
      .map((f) => ({ file: relName(join(dir, f)), article: parseCorpusFile(relName(join(dir, f)), readFileSync(join(dir, f), 'utf8'), CorpusArticle) }));
    out.push({ id, half, event, articles });
  }
  return out;
}
