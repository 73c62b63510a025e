/**
 * The command line: `tsx pipeline/cli.ts <stage…> [options]`. Make calls one stage per
 * target; several stages run in the order given. The stages themselves are in `stages.ts`.
 *
 * Errors are printed as `file:line:column: error: message [rule]` plus what to do, and the
 * process exits with 1 (2 for a usage error). `--debug` adds the stack trace.
 */
import { parseArgs } from 'node:util';
import { PipelineError, format } from './errors.ts';
import { paths, stages } from './stages.ts';

const USAGE = `usage: tsx pipeline/cli.ts <stage…> [--root DIR] [--out DIR] [--quiet] [--debug]
stages: ${stages.map((s) => s.name).join(', ')}`;

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
  const chosen = positionals.map((name) => stages.find((s) => s.name === name));
  if (chosen.length === 0 || chosen.some((s) => !s)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const p = paths(values.root!, values.out);
  try {
    for (const stage of chosen) {
      const result = await stage!.run(p);
      if (!values.quiet) process.stdout.write(`${stage!.name}: ${result}\n`);
    }
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
