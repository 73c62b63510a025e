/**
 * The command line: `node pipeline/launch.mjs <stage|command…> [options]` (from the bundle), or
 * `tsx pipeline/cli.ts …` (from source). Stages named run in the order given; `build --goal
 * GOAL` is what Make calls: every out-of-date stage the goal needs, in one process (graph.ts,
 * plan.ts). The stages themselves are in `stages.ts`; the tools (manifest, publish,
 * reproducible, bench, preview) are loaded only when asked for, so a stage run does not pay for
 * them.
 *
 * Progress: each stage reports what it did and how long it took: on a terminal one line per
 * stage that is rewritten when the stage ends, elsewhere (and in CI) a plain line
 * `ingest       0.42 s  what it did`; `--quiet` prints none.
 *
 * Errors are printed as `file:line:column: error: message [rule]` plus what to do, and the
 * process exits with 1 (2 for a usage error). `--debug` adds the stack trace.
 */
import { realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { asPipelineError, format } from '../shared/errors.ts';
import * as messages from '../shared/messages.ts';
import { buildItems, progressLine, runItems, stageItem, type Build, type Item } from './items.ts';
import type { Command, CommandOptions, Paths, Stage } from './stages.ts';
import { nothingToDo, stateRoot } from './state.mjs';


const tools: Command[] = [
  {
    name: 'manifest',
    make: 'make manifest',
    describe: 'write output/manifest.json: sha256 of every input and output',
    async run(p) {
      return (await import('./manifest.ts')).writeManifest(p);
    },
  },
  {
    name: 'publish',
    make: 'make publish',
    describe: 'output/publish/: what CI publishes: the latest at stable names, content-hashed copies, the manifest, index.html',
    async run(p) {
      return (await import('./manifest.ts')).publish(p);
    },
  },
  {
    name: 'reproducible',
    make: 'make reproducible',
    describe: 'build twice in fresh temporary copies and compare every output byte for byte',
    async run(p, o) {
      return (await import('./manifest.ts')).reproducible(p, { quiet: o.quiet });
    },
  },
  {
    name: 'bench',
    interactive: true,
    args: '[--sizes N,N…] [--only preview|worst|exit]',
    make: 'make bench SIZES=1,100, make bench-preview, make bench-worst, make bench-exit',
    describe: 'print timings: print floor, cold and no-op make, template edit, extraction, the worst-case inputs (--only worst), a failing build\'s time from its message to its exit (--only exit), the preview\'s edit to screen (--only preview)',
    async run(p, o) {
      await (await import('./bench.ts')).bench(p, { sizes: o.sizes, only: o.only });
    },
  },
  {
    name: 'bench-child',
    interactive: true,
    internal: true,
    takesArgs: true,
    describe: 'one measurement of the benchmark, printed as a JSON line (bench runs it from the bundle, as builds run)',
    async run(_p, o) {
      await (await import('./bench.ts')).childMain(o.args);
    },
  },
  {
    name: 'add',
    interactive: true,
    takesArgs: true,
    args: '[PAGE.html|URL…] [--list FILE] [--allow-private]',
    make: 'make add PAGE=saved.html URL=https://…',
    describe: 'add saved web pages or addresses as sources/<id>.md (front matter from the page, article text only)',
    async run(p, o) {
      const { addCommand } = await import('../add/command.ts');
      const summary = await addCommand(p.root, p.sources, o.args, { allowPrivate: o.allowPrivate, list: o.list });
      if (!o.quiet) process.stdout.write(`${summary}\n`);
    },
  },
  {
    name: 'eval-add',
    interactive: true,
    describe: 'make add on the real saved pages in test/real-pages/: title, outlet and date right, furniture kept, paragraphs lost',
    async run(p) {
      process.stdout.write(`${(await import('../add/eval.ts')).evalAdd(p.root)}\n`);
    },
  },
  {
    name: 'check-event',
    interactive: true,
    describe: 'list stale data of another election: unmentioned entities, theme colours and chart specs of no use, foreign: naming the country, labels naming another chamber',
    async run(p) {
      (await import('./event.ts')).checkEventCommand(p);
    },
  },
  {
    name: 'preview',
    interactive: true,
    args: '[--port N]',
    make: 'make preview PORT=N',
    describe: 'watch sources/ and templates/, rebuild, serve on localhost, reload the page',
    async run(p, o) {
      await (await import('./preview.ts')).preview(p, { port: o.port === undefined ? undefined : Number(o.port) });
    },
  },
];

/**
 * The stage table, loaded only when a stage or one of its commands is asked for: it imports
 * every stage module (Vega, Puppeteer, unified…), which a tool run such as `manifest` (after
 * every incremental build) does not need.
 */
interface Table {
  stages: Stage[];
  /** Further commands the stage table may export (`export const commands: Command[]`). */
  extra: Command[];
  paths: (root: string, out?: string) => Paths;
}
async function loadTable(): Promise<Table> {
  const table = await import('./stages.ts');
  const extra = ((table as { commands?: Command[] }).commands ?? []).filter((c) => !tools.some((t) => t.name === c.name));
  return { stages: table.stages, extra, paths: table.paths };
}

/** The folders of stages.ts `paths` (a test keeps the two equal), for a run of tools only. */
export function toolPaths(root: string, out?: string): Paths {
  const o = out ?? join(root, 'output');
  return { root, sources: join(root, 'sources'), templates: join(root, 'templates'), out: o, data: join(o, 'data') };
}

const PROGRAM = 'node pipeline/launch.mjs';
const BUILD_SYNOPSIS = 'build --goal all|data|html|pdf|manifest|STAGE';

/** The usage: every stage and command with what it does, and the options. */
export function usage(t: Pick<Table, 'stages' | 'extra'>): string {
  const { STAGE_HELP, HELP_OPTIONS, HELP_FOOTER, HELP_BUILD } = messages;
  const commands = [...tools, ...t.extra].filter((c) => !c.internal);
  const width = Math.max(...[...t.stages.map((s) => s.name), ...commands.map((c) => c.name)].map((n) => n.length)) + 2;
  const line = (name: string, text: string) => `  ${name.padEnd(width)}${text}`;
  return [
    `usage: ${PROGRAM} <stage|command…> [options]`,
    `       ${PROGRAM} help [STAGE|COMMAND]`,
    'stages (run in the order named):',
    ...t.stages.map((s) => line(s.name, STAGE_HELP[s.name] ?? '')),
    'commands:',
    ...commands.map((c) => line(c.name, c.describe)),
    line('build', `${BUILD_SYNOPSIS}: ${HELP_BUILD}`),
    HELP_OPTIONS,
    HELP_FOOTER,
  ].join('\n');
}

/** `help NAME`: one stage's or command's usage, what it does, and the make target that runs it; null for an unknown name. */
export function commandHelp(t: Pick<Table, 'stages' | 'extra'>, name: string): string | null {
  const { STAGE_HELP, HELP_OPTIONS, HELP_BUILD, HELP_STAGE_VIA, HELP_BUILD_VIA } = messages;
  const stage = t.stages.find((s) => s.name === name);
  const command = [...tools, ...t.extra].find((c) => c.name === name);
  if (!stage && !command && name !== 'build') return null;
  const args = command?.args ? ` ${command.args}` : '';
  const what = stage ? (STAGE_HELP[name] ?? '') : command ? command.describe : HELP_BUILD;
  const via = stage ? HELP_STAGE_VIA : command ? `also: ${command.make ?? `make ${name}`}` : HELP_BUILD_VIA;
  const synopsis = name === 'build' ? `${PROGRAM} ${BUILD_SYNOPSIS}` : `${PROGRAM} ${name}${args} [options]`;
  return [`usage: ${synopsis}`, what, via, HELP_OPTIONS].join('\n');
}

/** The options of the command line (node:util parseArgs). */
const OPTIONS = {
  root: { type: 'string', default: '.' },
  out: { type: 'string' },
  sources: { type: 'string' },
  templates: { type: 'string' },
  quiet: { type: 'boolean', default: false },
  debug: { type: 'boolean', default: false },
  port: { type: 'string' },
  sizes: { type: 'string' },
  only: { type: 'string' },
  details: { type: 'string' },
  lexicons: { type: 'string' },
  'allow-private': { type: 'boolean', default: false },
  list: { type: 'string' },
  goal: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** Options that take a value (`--out DIR`): their value is no command name. */
const VALUE_OPTIONS = new Set(Object.entries(OPTIONS).flatMap(([name, o]) => (o.type === 'string' ? [`--${name}`] : [])));

/** Asked for help: `--help`/`-h` anywhere before `--`, or `help` first; the name it is about, if any. */
export function helpTopic(argv: string[]): { topic: string | null } | null {
  const end = argv.indexOf('--');
  const words = end < 0 ? argv : argv.slice(0, end);
  const positionals = words.filter((a, i) => !a.startsWith('-') && !VALUE_OPTIONS.has(words[i - 1] ?? ''));
  if (positionals[0] === 'help') return { topic: positionals[1] ?? null };
  if (words.includes('--help') || words.includes('-h')) return { topic: positionals[0] ?? null };
  return null;
}

/** How progress is shown: rewritten lines on a terminal, plain lines elsewhere, or nothing. */
export type ProgressMode = 'tty' | 'plain' | 'quiet';

export function progressMode(quiet: boolean, isTTY: boolean | undefined, env: NodeJS.ProcessEnv): ProgressMode {
  if (quiet) return 'quiet';
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
  return isTTY && !ci && env.TERM !== 'dumb' ? 'tty' : 'plain';
}

export { progressLine, seconds } from './items.ts';

/** Runs the command line `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const help = helpTopic(argv);
  if (help) {
    const table = await loadTable();
    if (help.topic === null) {
      process.stdout.write(`${usage(table)}\n`);
      return 0;
    }
    const text = commandHelp(table, help.topic);
    if (text === null) {
      process.stderr.write(`${messages.HELP_UNKNOWN(help.topic)}\n${usage(table)}\n`);
      return 2;
    }
    process.stdout.write(`${text}\n`);
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: OPTIONS,
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage(await loadTable())}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  // A tool that takes arguments (add, bench-child) needs no stage table whatever follows it.
  const toolsOnly = positionals.length > 0 && (tools.find((t) => t.name === positionals[0])?.takesArgs === true || positionals.every((n) => tools.some((t) => t.name === n)));
  const table: Table = toolsOnly ? { stages: [], extra: [], paths: toolPaths } : await loadTable();
  const { stages, extra } = table;
  const commands = [...tools, ...extra];
  // --sources and --templates build another event's folders with this project's code (`make EVENT=dir`).
  const p = { ...table.paths(values.root!, values.out) };
  if (values.sources !== undefined) p.sources = resolve(values.root!, values.sources);
  if (values.templates !== undefined) p.templates = resolve(values.root!, values.templates);
  const mode = progressMode(values.quiet!, process.stdout.isTTY, process.env);
  const options: CommandOptions = { quiet: values.quiet!, debug: values.debug!, port: values.port, sizes: values.sizes, only: values.only, details: values.details, lexicons: values.lexicons, allowPrivate: values['allow-private'], list: values.list, args: [] };
  let items: Item[];
  let build: Build | null = null;
  try {
    build = positionals[0] === 'build' ? await buildItems(positionals.slice(1), values, stages, p) : null;
    items = build?.items ?? [];
    if (!build) {
      // Names first; anything after the first name that is no stage or command is an argument.
      let i = 0;
      for (; i < positionals.length; i += 1) {
        const name = positionals[i]!;
        const stage = stages.find((s) => s.name === name);
        const command = commands.find((c) => c.name === name);
        if (stage) items.push(stageItem(stage, p));
        else if (command) items.push({ name, shown: !command.interactive, writes: name === 'manifest' || name === 'publish', run: () => command.run(p, options) });
        else break;
      }
      options.args = positionals.slice(i);
      const last = commands.find((c) => c.name === items[items.length - 1]?.name);
      const takesArgs = last !== undefined && (extra.includes(last) || last.takesArgs === true);
      if (items.length === 0 || (options.args.length > 0 && !takesArgs)) {
        if (options.args.length > 0) process.stderr.write(`${messages.HELP_UNKNOWN(options.args[0]!)}\n`);
        process.stderr.write(`${usage(table)}\n`);
        return 2;
      }
    }
  } catch (error) {
    const known = asPipelineError(error);
    if (!known) throw error;
    process.stderr.write(`${known.diagnostics.map(format).join('\n')}\n`);
    return known.diagnostics.some((d) => d.ruleId === 'usage') ? 2 : 1;
  }
  let running: string | null = null;
  /** The stage under way: a failed `build` names it after its diagnostics. */
  let current: string | null = null;
  // Stages, the manifest and publish write into the output folder: hold it (io.ts lockOutput),
  // so that a second build into the same folder refuses instead of mixing outputs. The other
  // tools build in temporary folders (reproducible, bench) or call make (preview).
  const writes = items.some((item) => item.writes);
  let release: (() => void) | null = null;
  // A later stage that will run starts its slow part now, while the stages before it run (print
  // starts its browser: Stage.warmUp). In a `build`, a stage will run when it or a stage it reads
  // from is out of date (a template edit makes print so only once render has written the HTML).
  // (Loading Vega in a worker thread the same way was measured: on two cores it gained nothing.)
  const warm = items.filter((item, i) => i > 0 && item.warmUp && (item.willRun?.() ?? true));
  try {
    if (writes) release = (await import('../shared/io.ts')).lockOutput(p.out);
    build?.begin();
    for (const item of warm) await item.warmUp!();
    const shownAs = (item: Item) => (item.shown ? mode : 'quiet');
    const ran = await runItems(items, {
      started: (item) => {
        current = item.name;
        running = shownAs(item) === 'tty' ? item.name : null;
        if (running !== null) process.stdout.write(`\u25b8 ${item.name} \u2026`);
      },
      finished: (item, result, ms) => {
        running = null;
        if (shownAs(item) === 'tty') process.stdout.write(`\r\x1b[K\u2713 ${progressLine(item.name, result ?? 'done', ms)}\n`);
        else if (shownAs(item) === 'plain' && result !== undefined) process.stdout.write(`${progressLine(item.name, result, ms)}\n`);
      },
    });
    if (build) {
      build.finish();
      if (ran === 0 && mode !== 'quiet') process.stdout.write(`${nothingToDo(values.goal!)}\n`);
    }
    return 0;
  } catch (error) {
    if (mode === 'tty' && running !== null) process.stdout.write(`\r\x1b[K\u2717 ${running}\n`);
    // A system error (a missing folder, a full disk) becomes a diagnostic naming the file.
    const known = asPipelineError(error);
    if (known) {
      const text = known.diagnostics.map(format).join('\n');
      process.stderr.write(`${build ? build.shown(text) : text}\n`);
      if (values.debug) process.stderr.write(`${(error as Error).stack}\n`);
      if (build && current !== null) process.stderr.write(`${messages.BUILD_STOPPED(current, known.diagnostics.length)}\n`);
      return 1;
    }
    process.stderr.write(`internal error: ${(error as Error).message}\n`);
    if (values.debug) process.stderr.write(`${(error as Error).stack}\n`);
    else process.stderr.write('  Run again with --debug for the stack trace, and report it.\n');
    return 1;
  } finally {
    for (const item of warm) await item.coolDown?.();
    build?.end();
    release?.();
  }
}

// Run only as the program, so tests can import the helpers above.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  // Once the command has returned, its work is done (outputs written, browser closed): exit as
  // soon as what it printed is out. A timer left in a library (Puppeteer waits 30 s for a page
  // target that a failed build closed) must not hold the process open after the error.
  const code = await main(process.argv.slice(2));
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}
