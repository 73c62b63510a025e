/**
 * The lexicon: the domain knowledge (parties, places, their aliases, boilerplate rules) as
 * a validated data file. Code never names a party; it reads them from here.
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { PipelineError, diagnostic, lineColumn } from './errors.ts';
import * as msg from './messages.ts';

export const Entity = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: z.string().min(1),
    kind: z.enum(['party', 'place', 'group']),
    aliases: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type Entity = z.infer<typeof Entity>;

export const Boilerplate = z
  .object({
    repeated_line_min: z.number().int().min(2).default(3),
    nav_headings: z.array(z.string()).default([]),
    nav_tail_max_words: z.number().int().min(1).default(8),
  })
  .strict();
export type Boilerplate = z.infer<typeof Boilerplate>;

export const Lexicon = z
  .object({
    entities: z.array(Entity),
    boilerplate: Boilerplate.default({ repeated_line_min: 3, nav_headings: [], nav_tail_max_words: 8 }),
  })
  .passthrough();
export type Lexicon = z.infer<typeof Lexicon>;

/** Parses YAML text and validates it with `schema`; errors point at the offending line. */
export function parseYamlFile<T>(file: string, text: string, schema: z.ZodType<T>, rule: string, wrap: (reason: string) => string, hint: string): T {
  const doc = parseDocument(text, { prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const at = lineColumn(text, yamlError.pos[0]);
    throw new PipelineError(diagnostic({ file, ...at }, rule, wrap(yamlError.message.split('\n')[0] ?? ''), hint));
  }
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path as (string | number)[];
    // Point at the deepest node of the path that exists in the document.
    let at: { line: number; column: number } | null = null;
    for (let n = path.length; n >= 0 && !at; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number] } | undefined;
      if (node && node.range) at = lineColumn(text, node.range[0]);
    }
    throw new PipelineError(
      diagnostic({ file, ...(at ?? {}) }, rule, wrap(`${path.join('.') || '(top)'}: ${issue.message}`), hint),
    );
  }
  return parsed.data;
}

export function parseLexicon(file: string, text: string): Lexicon {
  const lexicon = parseYamlFile(file, text, Lexicon, 'bad-lexicon', msg.BAD_LEXICON, msg.BAD_LEXICON_HINT);
  const seen = new Map<string, string>();
  for (const entity of lexicon.entities) {
    if (seen.has(`id:${entity.id}`)) {
      throw new PipelineError(diagnostic({ file }, 'bad-lexicon', msg.BAD_LEXICON(`entity id "${entity.id}" appears twice`), msg.BAD_LEXICON_HINT));
    }
    seen.set(`id:${entity.id}`, entity.id);
    for (const alias of entity.aliases) {
      const key = normalizeName(alias);
      const other = seen.get(key);
      if (other && other !== entity.id) {
        throw new PipelineError(
          diagnostic({ file }, 'bad-lexicon', msg.BAD_LEXICON(`alias "${alias}" is given to both "${other}" and "${entity.id}"`), msg.BAD_LEXICON_HINT),
        );
      }
      seen.set(key, entity.id);
    }
  }
  return lexicon;
}

/** Case and apostrophe folding used to compare names. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}
