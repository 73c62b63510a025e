/**
 * The command line: `tsx pipeline/cli.ts <stage> [options]`. Each stage reads its input
 * artifacts, runs the stage's pure function and writes its output artifacts (only when their
 * bytes change). Make calls one stage per target; `all` runs them in order.
 *
 * Errors are printed as `file:line:column: error: message [rule]` plus what to do, and the
 * process exits with 1 (2 for a usage error). `--debug` adds the stack trace.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { PipelineError, format } from './errors.ts';
import { readJson, toJson, writeIfChanged } from './io.ts';
import { ingest } from './ingest.ts';
import { parseLexicon } from './lexicon.ts';
import { Corpus } from './schema.ts';

const USAGE = `usage: tsx pipeline/cli.ts <stage> [--root DIR] [--out DIR] [--quiet] [--debug]
stages: ingest`;

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

function rel(p: Paths, file: string): string {
  return relative(p.root, file).split('\\').join('/');
}

function loadLexicon(p: Paths) {
  const file = join(p.sources, 'lexicon.yaml');
  return parseLexicon(rel(p, file), readFileSync(file, 'utf8'));
}

function sourceFiles(p: Paths) {
  return readdirSync(p.sources)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ file: rel(p, join(p.sources, f)), text: readFileSync(join(p.sources, f), 'utf8') }));
}

type Stage = (p: Paths, log: (line: string) => void) => Promise<void> | void;

const stages: Record<string, Stage> = {
  ingest(p, log) {
    const corpus = ingest(sourceFiles(p), loadLexicon(p), rel(p, p.sources));
    const wrote = writeIfChanged(join(p.data, 'corpus.json'), toJson(corpus));
    log(`ingest: ${corpus.sources.length} sources, ${corpus.sources.reduce((n, s) => n + s.sentences.length, 0)} sentences${wrote ? '' : ' (unchanged)'}`);
  },
};

export function loadCorpus(p: Paths): Corpus {
  return readJson(join(p.data, 'corpus.json'), Corpus);
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        root: { type: 'string', default: '.' },
        out: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const names = positionals.length ? positionals : [];
  if (names.length === 0 || names.some((n) => !(n in stages))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const p = paths(values.root!, values.out);
  const log = (line: string) => {
    if (!values.quiet) process.stdout.write(`${line}\n`);
  };
  try {
    for (const name of names) await stages[name]!(p, log);
    return 0;
  } catch (error) {
    if (error instanceof PipelineError) {
      process.stderr.write(`${error.diagnostics.map(format).join('\n')}\n`);
      if (values.debug) process.stderr.write(`${error.stack}\n`);
      return 1;
    }
    process.stderr.write(`internal error: ${(error as Error).message}\n`);
    if (values.debug) process.stderr.write(`${(error as Error).stack}\n`);
    else process.stderr.write('  Run again with --debug for the stack trace, and report it.\n');
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
