/**
 * The stages as the CLI and Make see them: what each reads, what it writes, and the call
 * that connects its pure function to the files. All file effects of the pipeline are here.
 *
 *   1. ingest     sources/*.md, sources/lexicon.yaml          → output/data/corpus.json
 *   2. extract    corpus.json, lexicon                         → output/data/claims.json, claims.csv
 *   3. reconcile  claims.json, corpus.json, sources/policy.yaml → output/data/figures.json, checks.json
 *   4. charts     templates/charts/*.vl.json, figures, …       → output/data/charts.json
 *   5. render     templates/briefing.md, layout, style, …      → output/briefing.html
 *   6. print      output/briefing.html                         → output/briefing.pdf
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readJson, toJson, writeIfChanged } from './io.ts';
import { ingest } from './ingest.ts';
import { parseLexicon, type Lexicon } from './lexicon.ts';
import { Corpus } from './schema.ts';

export interface Paths {
  root: string;
  sources: string;
  templates: string;
  out: string;
  data: string;
}

export function paths(root: string, out?: string): Paths {
  const o = out ?? join(root, 'output');
  return { root, sources: join(root, 'sources'), templates: join(root, 'templates'), out: o, data: join(o, 'data') };
}

/** A path relative to the project root, with `/`, as diagnostics show it. */
export function rel(p: Paths, file: string): string {
  return relative(p.root, file).split('\\').join('/');
}

export function loadLexicon(p: Paths): Lexicon {
  const file = join(p.sources, 'lexicon.yaml');
  return parseLexicon(rel(p, file), readFileSync(file, 'utf8'));
}

export function sourceFiles(p: Paths): { file: string; text: string }[] {
  return readdirSync(p.sources)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ file: rel(p, join(p.sources, f)), text: readFileSync(join(p.sources, f), 'utf8') }));
}

export function loadCorpus(p: Paths): Corpus {
  return readJson(join(p.data, 'corpus.json'), Corpus);
}

/** What a stage did, in one line for the progress report. */
export type StageResult = string;

export interface Stage {
  name: string;
  run(p: Paths): Promise<StageResult> | StageResult;
}

export const stages: Stage[] = [
  {
    name: 'ingest',
    run(p) {
      const corpus = ingest(sourceFiles(p), loadLexicon(p), rel(p, p.sources));
      const wrote = writeIfChanged(join(p.data, 'corpus.json'), toJson(corpus));
      const sentences = corpus.sources.reduce((n, s) => n + s.sentences.length, 0);
      return `${corpus.sources.length} sources, ${sentences} sentences${wrote ? '' : ' (unchanged)'}`;
    },
  },
];
