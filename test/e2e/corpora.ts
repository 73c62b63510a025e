/**
 * The fixture corpora of the layout test (test/fixtures/corpora/): each event folder holds its
 * articles (`sources/`), its own lexicon entries (`event.yaml`) and the templates it changes
 * (`templates/`, laid over the fixture project's, test/fixtures/projects/seeds/templates/, which
 * keeps the project's templates). `assemble` makes a project folder of it: the
 * lexicon is the shared `lexicon-base.yaml` plus the event's entries, the policy the shared
 * `policy.yaml`, and, when the event says `generate: N`, N articles generated from its
 * articles by pipeline/build/corpusgen.ts.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { generateCorpus } from '../../pipeline/build/corpusgen.ts';
import { seeds as seedProject } from '../paths.ts';

export const CORPORA = join(import.meta.dirname, '..', 'fixtures', 'corpora');

/** The event folders, sorted. */
export function events(): string[] {
  return readdirSync(CORPORA, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** Writes the project of `event` into `dir` (which must be empty or missing). */
export function assemble(event: string, dir: string): void {
  const from = join(CORPORA, event);
  const meta = parse(readFileSync(join(from, 'event.yaml'), 'utf8')) as Record<string, unknown>;
  const { generate, ...entries } = meta;
  mkdirSync(join(dir, 'sources'), { recursive: true });
  cpSync(join(seedProject, 'templates'), join(dir, 'templates'), { recursive: true });
  cpSync(join(from, 'templates'), join(dir, 'templates'), { recursive: true });
  const base = readFileSync(join(CORPORA, 'lexicon-base.yaml'), 'utf8');
  writeFileSync(join(dir, 'sources', 'lexicon.yaml'), `${stringify(entries, { lineWidth: 0 })}\n${base}`);
  cpSync(join(CORPORA, 'policy.yaml'), join(dir, 'sources', 'policy.yaml'));
  const seeds = readdirSync(join(from, 'sources'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ file: f, text: readFileSync(join(from, 'sources', f), 'utf8') }));
  const articles = typeof generate === 'number' ? generateCorpus(seeds, generate) : seeds;
  for (const a of articles) writeFileSync(join(dir, 'sources', a.file), a.text);
}
