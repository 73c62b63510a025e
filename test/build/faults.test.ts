/**
 * Faults: a refused write, a full disk, a build killed halfway, two builds at once, and bad
 * input met by the CLI. Each must end with a message a person can act on, a non-zero exit, and
 * the previous outputs intact and readable.
 *
 * Unit tests call io.ts with node:fs made to fail (vi.mock); CLI tests run
 * `pipeline/build/cli.ts ingest --root <copy of test/fixtures/faults/project> --out <tmp>` as a child
 * process, with test/fixtures/faults/inject.mjs loaded to make the disk full or to kill the
 * process with SIGKILL between writing an output's temporary file and renaming it.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as realFs from 'node:fs';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { LOCK_FILE, lockOutput, readJson, toJson, withOutputLock, writeAtomic, writeIfChanged, writeJson } from '../../pipeline/shared/io.ts';
import { PipelineError, asPipelineError, format } from '../../pipeline/shared/errors.ts';
import { parseLexicon } from '../../pipeline/shared/lexicon.ts';
import * as msg from '../../pipeline/shared/messages.ts';
import { fixtures, repo, seeds } from '../paths.ts';

/** When set, the next write through `writeSync` to a file whose name contains it fails so. */
const fault: { name: string | null; code: string } = { name: null, code: 'ENOSPC' };

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const names = new Map<number, string>();
  const openSync = ((path: string, ...rest: unknown[]) => {
    const fd = (fs.openSync as (...a: unknown[]) => number)(path, ...rest);
    names.set(fd, String(path));
    return fd;
  }) as typeof fs.openSync;
  const writeSync = ((fd: number, ...rest: unknown[]) => {
    if (fault.name && names.get(fd)?.includes(fault.name)) {
      throw Object.assign(new Error(`${fault.code}: simulated, write`), { code: fault.code, syscall: 'write' });
    }
    return (fs.writeSync as (...a: unknown[]) => number)(fd, ...rest);
  }) as typeof fs.writeSync;
  return { ...fs, default: { ...fs, openSync, writeSync }, openSync, writeSync };
});

const root = repo;
const cli = join(root, 'pipeline', 'build', 'cli.ts');
const inject = pathToFileURL(join(fixtures, 'faults', 'inject.mjs')).href;
const temps: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};

afterEach(() => {
  fault.name = null;
});
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.includes('.tmp-'));

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('io: atomic writes', () => {
  it('writes through a temporary file and leaves none behind', () => {
    const dir = temp('faults-io-');
    writeAtomic(join(dir, 'a', 'out.json'), '{"v":1}\n');
    expect(readFileSync(join(dir, 'a', 'out.json'), 'utf8')).toBe('{"v":1}\n');
    expect(leftovers(join(dir, 'a'))).toEqual([]);
  });

  for (const [code, reason] of [
    ['ENOSPC', 'the disk is full (ENOSPC)'],
    ['EACCES', 'permission denied (EACCES)'],
    ['EROFS', 'the file system is read-only (EROFS)'],
  ] as const) {
    it(`a write refused with ${code} keeps the previous file and says why`, () => {
      const dir = temp('faults-io-');
      const file = join(dir, 'briefing.html');
      writeAtomic(file, '<p>previous</p>');
      fault.name = 'briefing.html';
      fault.code = code;
      let error: unknown;
      try {
        writeIfChanged(file, '<p>next</p>');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PipelineError);
      expect(format((error as PipelineError).diagnostics[0]!).replaceAll(dir, '<out>')).toBe(
        `<out>/briefing.html: error: cannot write <out>/briefing.html: ${reason} [write-failed]\n` +
          '  Fix the cause (free disk space, permissions) and run again; the previous outputs were left as they were.',
      );
      expect(readFileSync(file, 'utf8')).toBe('<p>previous</p>');
      expect(leftovers(dir)).toEqual([]);
    });
  }

  it('writeJson: a refused write keeps the previous file, says why and leaves no temporary file', () => {
    const dir = temp('faults-io-');
    const file = join(dir, 'corpus.json');
    writeJson(file, { sources: [1] });
    fault.name = 'corpus.json';
    fault.code = 'ENOSPC';
    let error: unknown;
    try {
      writeJson(file, { sources: [2] });
    } catch (e) {
      error = e;
    }
    expect((error as PipelineError).diagnostics[0]!.message.replaceAll(dir, '<out>')).toBe('cannot write <out>/corpus.json: the disk is full (ENOSPC)');
    expect(readFileSync(file, 'utf8')).toBe(toJson({ sources: [1] }));
    expect(leftovers(dir)).toEqual([]);
  });

  it('writeJson writes toJson\'s bytes only when they change, and readJson gives back the value it kept, frozen', () => {
    const dir = temp('faults-io-');
    const file = join(dir, 'claims.json');
    const value = [{ id: 'a:c1', quote: 'Auyl “10.9%”' }];
    expect(writeJson(file, value)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(toJson(value));
    const before = realFs.statSync(file, { bigint: true }).mtimeNs;
    expect(writeJson(file, [{ id: 'a:c1', quote: 'Auyl “10.9%”' }])).toBe(false);
    expect(realFs.statSync(file, { bigint: true }).mtimeNs).toBe(before);
    const schema = z.array(z.object({ id: z.string(), quote: z.string() }));
    const read = readJson(file, schema);
    expect(read).toEqual(value);
    expect(Object.isFrozen(read[0])).toBe(true);
    expect(() => {
      (read[0] as { id: string }).id = 'changed';
    }).toThrow(TypeError);
    // Once the file is another one, it is read and checked again.
    writeFileSync(file, '[{"id": 1}]\n');
    expect(() => readJson(file, schema)).toThrow(PipelineError);
    expect(leftovers(dir)).toEqual([]);
  });

  it('removes the temporary file a killed build left, but not one of a running build', () => {
    const dir = temp('faults-io-');
    const dead = join(dir, `.out.json.tmp-${deadPid()}`);
    const running = join(dir, `.out.json.tmp-${process.ppid}`);
    writeFileSync(dead, '{"half');
    writeFileSync(running, '{"busy');
    writeAtomic(join(dir, 'out.json'), '{}\n');
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(running)).toBe(true);
  });

  it('a truncated artifact is reported as such, not as a crash', () => {
    const dir = temp('faults-io-');
    writeFileSync(join(dir, 'claims.json'), '[{"id": "a:c1", "val');
    let error: unknown;
    try {
      readJson(join(dir, 'claims.json'), z.array(z.object({ id: z.string() })));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PipelineError);
    const d = (error as PipelineError).diagnostics[0]!;
    expect(d.ruleId).toBe('bad-artifact');
    expect(d.message).toMatch(/^the artifact is not complete JSON: /);
    expect(d.hint).toBe('It was written by another version of the pipeline or edited by hand: run `make clean && make`.');
  });

  it('an artifact that is missing, or a folder where a file should be, each says so', () => {
    const dir = temp('faults-io-');
    const read = (path: string) => {
      try {
        readJson(path, z.unknown());
      } catch (e) {
        return (e as PipelineError).diagnostics.map((d) => [d.ruleId, d.message.replaceAll(dir, '<out>')]);
      }
      return null;
    };
    mkdirSync(join(dir, 'figures.json'));
    expect(read(join(dir, 'claims.json'))).toEqual([['missing-input', 'cannot read <out>/claims.json']]);
    expect(read(join(dir, 'figures.json'))).toEqual([['read-failed', 'cannot read <out>/figures.json: it is a folder, not a file (EISDIR)']]);
  });

  it('a file-system error from a stage becomes a diagnostic naming the file', () => {
    let error: unknown;
    try {
      realFs.readdirSync(join(temp('faults-io-'), 'sources'));
    } catch (e) {
      error = e;
    }
    const converted = asPipelineError(error)!;
    expect(converted).toBeInstanceOf(PipelineError);
    expect(converted.diagnostics[0]!.ruleId).toBe('read-failed');
    expect(converted.diagnostics[0]!.message).toMatch(/^cannot read .*sources: no such file or folder \(ENOENT\)$/);
    expect(asPipelineError(new TypeError('a bug'))).toBeNull();
  });
});

describe('io: one build per output folder', () => {
  it('refuses while another running process holds the folder', () => {
    const out = temp('faults-lock-');
    writeFileSync(join(out, LOCK_FILE), `${process.ppid}\n`);
    let error: unknown;
    try {
      lockOutput(out);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PipelineError);
    expect(format((error as PipelineError).diagnostics[0]!).replaceAll(out, '<out>').replace(String(process.ppid), '<pid>')).toBe(
      `<out>/${LOCK_FILE}: error: another build (process <pid>) is writing to this output folder [build-locked]\n` +
        `  Wait for it to finish and run again. If no build is running (e.g. after a crash), delete <out>/${LOCK_FILE}.`,
    );
    expect(readFileSync(join(out, LOCK_FILE), 'utf8')).toBe(`${process.ppid}\n`);
  });

  it('a lock file that names no running process (garbage, 0, empty) is taken over', () => {
    for (const content of ['garbage\n', '0\n', '', '-1\n']) {
      const out = temp('faults-lock-');
      writeFileSync(join(out, LOCK_FILE), content);
      lockOutput(out)();
      expect(existsSync(join(out, LOCK_FILE))).toBe(false);
    }
  });

  it('withOutputLock holds the folder while the job runs and gives it back when it fails', async () => {
    const out = temp('faults-lock-');
    const seen = await withOutputLock(out, async () => readFileSync(join(out, LOCK_FILE), 'utf8'));
    expect(seen).toBe(`${process.pid}\n`);
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
    await expect(
      withOutputLock(out, async () => {
        throw new Error('stage failed');
      }),
    ).rejects.toThrow('stage failed');
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
  });

  it('takes over the lock of a build that was killed, and gives it back', () => {
    const out = temp('faults-lock-');
    writeFileSync(join(out, LOCK_FILE), `${deadPid()}\n`);
    const release = lockOutput(out);
    expect(readFileSync(join(out, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    release();
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
    release();
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
  });
});

describe('lexicon mistakes', () => {
  const base = 'entities:\n  - id: alpha\n    name: Alpha\n    kind: party\n    aliases: [Alpha, Alfa]\n';
  const error = (text: string) => {
    try {
      parseLexicon('sources/lexicon.yaml', text);
    } catch (e) {
      if (e instanceof PipelineError) return e.diagnostics.map(format).join('\n');
      throw e;
    }
    return null;
  };

  it('an unknown field of an entity, at the field itself', () => {
    expect(error(`${base}    colour: red\n`)).toBe(
      'sources/lexicon.yaml:6:5: error: the lexicon is not valid: entities.0: "colour" is no field here; the fields of entities.0 are id, name, kind, aliases, members [bad-lexicon]\n' +
        `  ${msg.BAD_LEXICON_HINT}`,
    );
  });

  it('one alias given to two entities', () => {
    expect(error(`${base}  - id: beta\n    name: Beta\n    kind: party\n    aliases: [Beta, alfa]\n`)).toMatch(
      /^sources\/lexicon\.yaml(:\d+:\d+)?: error: the lexicon is not valid: alias "alfa" is given to both "alpha" and "beta" \[bad-lexicon\]/,
    );
  });

  it('an unknown top-level field (a misspelt section) is an error', () => {
    expect(error(`${base}boilerplte:\n  repeated_line_min: 3\n`)).toMatch(/boilerplte/);
  });
});

describe('policy mistakes', () => {
  it('an unknown rule: the policy file, the line of the rule, and the known rules', async () => {
    const { parsePolicy } = await import('../../pipeline/reconcile/policy.ts');
    const text = readFileSync(join(seeds, 'sources', 'policy.yaml'), 'utf8');
    const wrong = text.replace(/^(\s*-\s*)consensus\s*$/m, '$1concensus');
    expect(wrong).not.toBe(text);
    let error: unknown;
    try {
      parsePolicy('sources/policy.yaml', wrong);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PipelineError);
    const d = (error as PipelineError).diagnostics[0]!;
    const line = wrong.split('\n').findIndex((l) => /^\s*-\s*concensus\s*$/.test(l)) + 1;
    expect([d.file, d.line, d.ruleId]).toEqual(['sources/policy.yaml', line, 'bad-policy']);
    expect(d.hint).toMatch(/Known rules: .*consensus/);
  });
});

describe('the print browser: missing, crashing, hanging', () => {
  /** A stand-in Chromium: answers --version, counts its starts in `starts`, then does `then`. */
  function fakeChromium(then: string): { path: string; starts: () => number } {
    const dir = temp('faults-chromium-');
    const path = join(dir, 'chromium');
    writeFileSync(
      path,
      `#!/bin/sh\ncase "$1" in --version) echo "Chromium 120.0.0.0"; exit 0;; esac\necho start >> "${join(dir, 'starts')}"\n${then}\n`,
      { mode: 0o755 },
    );
    return { path, starts: () => (existsSync(join(dir, 'starts')) ? readFileSync(join(dir, 'starts'), 'utf8').split('\n').filter(Boolean).length : 0) };
  }

  async function failure(run: () => Promise<unknown>): Promise<PipelineError> {
    try {
      await run();
    } catch (error) {
      if (error instanceof PipelineError) return error;
      throw error;
    }
    throw new Error('expected a PipelineError');
  }

  it('missing: names what was tried and how to install it', async () => {
    const { findChromium } = await import('../../pipeline/print/browser.ts');
    const error = await failure(async () => findChromium({ CHROMIUM_PATH: join(temp('faults-chromium-'), 'no-such-chromium') }));
    expect(error.diagnostics[0]!.ruleId).toBe('no-browser');
    expect(error.diagnostics[0]!.message).toMatch(/^no Chromium found \(looked for .*no-such-chromium\)$/);
    expect(error.diagnostics[0]!.hint).toMatch(/apt-get install -y chromium.*CHROMIUM_PATH/);
  });

  it('crashing at start: tried twice, then one clear error', async () => {
    const { withBrowser } = await import('../../pipeline/print/browser.ts');
    const fake = fakeChromium('echo "Segmentation fault" >&2; exit 139');
    const error = await failure(() => withBrowser({ chromiumPath: fake.path, timeoutMs: 20_000 }, async () => 'printed'));
    expect(fake.starts()).toBe(2);
    const d = error.diagnostics[0]!;
    expect([d.file, d.ruleId]).toEqual([fake.path, 'browser-failed']);
    expect(d.message).toMatch(/^Chromium \(.*\) failed to print the briefing 2 times; last: Chromium stopped \(crashed or exited\) before the PDF was done/);
  }, 60_000);

  it('hanging: the time limit stops each of the two attempts, then one clear error', async () => {
    const { withBrowser } = await import('../../pipeline/print/browser.ts');
    const fake = fakeChromium('exec sleep 30');
    const error = await failure(() => withBrowser({ chromiumPath: fake.path, timeoutMs: 1_000 }, async () => 'printed'));
    expect(fake.starts()).toBe(2);
    expect(error.diagnostics[0]!.message).toMatch(/failed to print the briefing 2 times; last: no result within 1 s \(Chromium hung or was too slow\)$/);
  }, 60_000);
});

// ── the CLI as a child process ────────────────────────────────────────────────────────────

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** At most this many CLI processes at once, so that the suite does not swamp the machine. */
const MAX_CHILDREN = 3;
let children = 0;
const waiting: (() => void)[] = [];

async function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  if (children >= MAX_CHILDREN) await new Promise<void>((go) => waiting.push(go));
  children += 1;
  try {
    return await spawnCli(args, env);
  } finally {
    children -= 1;
    waiting.shift()?.();
  }
}

function spawnCli(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', inject, cli, ...args, '--quiet'], {
      cwd: root,
      env: { ...process.env, BRIEFING_FAULT: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

const PREVIOUS = '{"sources": "the previous build"}\n';
const PREVIOUS_HTML = '<!doctype html><title>The previous briefing</title>\n';
const PREVIOUS_PDF = '%PDF-1.7 the previous briefing\n';

/** A fresh copy of the fault project with a previous output in place. */
function project(): { dir: string; out: string; corpus: string } {
  const dir = temp('faults-project-');
  cpSync(join(fixtures, 'faults', 'project'), dir, { recursive: true });
  const out = join(dir, 'output');
  const corpus = join(out, 'data', 'corpus.json');
  mkdirSync(join(out, 'data'), { recursive: true });
  writeFileSync(corpus, PREVIOUS);
  return { dir, out, corpus };
}

const ingestFixture = (name: string, file: 'input/alpha.md' | 'output/error.txt') =>
  join(root, 'test', 'fixtures', 'ingest', name, file);

/**
 * Every CLI scenario is started at once in `beforeAll` (a child process costs a second or two
 * of start-up; run side by side they take a few seconds in all); the tests then read results.
 */
const scenarios = {
  async badSource() {
    const p = project();
    cpSync(ingestFixture('error-broken-yaml', 'input/alpha.md'), join(p.dir, 'sources', 'alpha.md'));
    return { p, plain: await run(['ingest', '--root', p.dir, '--out', p.out]) };
  },
  async binary() {
    const p = project();
    cpSync(ingestFixture('error-binary', 'input/alpha.md'), join(p.dir, 'sources', 'alpha.md'));
    return { p, r: await run(['ingest', '--root', p.dir, '--out', p.out, '--debug']) };
  },
  async noArticles() {
    const dir = temp('faults-project-');
    mkdirSync(join(dir, 'sources'));
    cpSync(join(fixtures, 'faults', 'project', 'sources', 'lexicon.yaml'), join(dir, 'sources', 'lexicon.yaml'));
    return run(['ingest', '--root', dir, '--out', join(dir, 'output')]);
  },
  async noSourcesFolder() {
    const dir = temp('faults-project-');
    return run(['ingest', '--root', dir, '--out', join(dir, 'output')]);
  },
  async diskFull() {
    const p = project();
    return { p, r: await run(['ingest', '--root', p.dir, '--out', p.out], { BRIEFING_FAULT: 'enospc:corpus.json' }) };
  },
  async killed() {
    const p = project();
    const killed = await run(['ingest', '--root', p.dir, '--out', p.out], { BRIEFING_FAULT: 'kill:corpus.json' });
    const afterKill = { corpus: readFileSync(p.corpus, 'utf8'), leftovers: leftovers(join(p.out, 'data')) };
    const again = await run(['ingest', '--root', p.dir, '--out', p.out]);
    return { p, killed, afterKill, again };
  },
  /** The real project built in this process up to render; then the disk fills while render writes the HTML and print the PDF. */
  async briefingDiskFull() {
    const { paths, stages } = await import('../../pipeline/build/stages.ts');
    const html = temp('faults-build-');
    for (const s of stages.slice(0, stages.findIndex((x) => x.name === 'render') + 1)) await s.run(paths(seeds, html));
    const pdf = temp('faults-build-');
    cpSync(html, pdf, { recursive: true });
    writeFileSync(join(html, 'briefing.html'), PREVIOUS_HTML);
    writeFileSync(join(pdf, 'briefing.pdf'), PREVIOUS_PDF);
    const [render, print] = await Promise.all([
      run(['render', '--root', seeds, '--out', html], { BRIEFING_FAULT: 'enospc:briefing.html' }),
      run(['print', '--root', seeds, '--out', pdf], { BRIEFING_FAULT: 'enospc:briefing.pdf' }),
    ]);
    return { html, pdf, render, print };
  },
  async locked() {
    const p = project();
    writeFileSync(join(p.out, LOCK_FILE), `${process.pid}\n`);
    return { p, r: await run(['ingest', '--root', p.dir, '--out', p.out]) };
  },
};

type Results = { [K in keyof typeof scenarios]: Awaited<ReturnType<(typeof scenarios)[K]>> };

/** Each scenario's result; a scenario that threw fails only the test that reads it. */
function settled(outcomes: Map<string, PromiseSettledResult<unknown>>): Results {
  return new Proxy({} as Results, {
    get(_, name: string) {
      const o = outcomes.get(name)!;
      if (o.status === 'rejected') throw o.reason;
      return o.value;
    },
  });
}

/** What the ingest stage writes for a project, run in this process: the expected output. */
async function expectedCorpus(dir: string): Promise<string> {
  const { paths, stages } = await import('../../pipeline/build/stages.ts');
  const out = join(dir, 'expected');
  await stages.find((s) => s.name === 'ingest')!.run(paths(dir, out));
  return readFileSync(join(out, 'data', 'corpus.json'), 'utf8');
}

describe('the CLI meets bad input and faults', () => {
  let results: Results;
  beforeAll(async () => {
    const names = Object.keys(scenarios) as (keyof typeof scenarios)[];
    const outcomes = await Promise.allSettled(names.map((n) => scenarios[n]()));
    results = settled(new Map(names.map((n, i) => [n, outcomes[i]!])));
  }, 120_000);

  it('a bad source: the message, exit 1, no stack trace, previous output intact', () => {
    const { p, plain } = results.badSource;
    expect(plain.status).toBe(1);
    expect(plain.stderr).toBe(readFileSync(ingestFixture('error-broken-yaml', 'output/error.txt'), 'utf8'));
    expect(plain.stderr).not.toMatch(/^\s+at /m);
    expect(readFileSync(p.corpus, 'utf8')).toBe(PREVIOUS);
  });

  it('a binary file in sources/ with --debug: the message, then the stack trace, exit 1, previous output intact', () => {
    const { p, r } = results.binary;
    expect(r.status).toBe(1);
    expect(r.stderr.startsWith(readFileSync(ingestFixture('error-binary', 'output/error.txt'), 'utf8'))).toBe(true);
    expect(r.stderr).toMatch(/^\s+at .*ingest\/index\.ts/m);
    expect(readFileSync(p.corpus, 'utf8')).toBe(PREVIOUS);
  });

  it('sources/ without articles: exit 1 and what to add', () => {
    const r = results.noArticles;
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'sources: error: no articles found: sources holds no .md file [no-sources]\n' +
        '  Add one Markdown file per article, with YAML front matter (see README: "Adding a source").\n',
    );
  });

  it('no sources/ folder at all: a diagnostic, not an internal error', () => {
    const r = results.noSourcesFolder;
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^.*sources: error: cannot read .*sources: no such file or folder \(ENOENT\) \[read-failed\]\n/);
  });

  it('the disk full while writing: exit 1, the cause, previous output intact, no temporary file', () => {
    const { p, r } = results.diskFull;
    expect(r.status).toBe(1);
    expect(r.stderr.replaceAll(p.corpus, '<corpus>')).toBe(
      '<corpus>: error: cannot write <corpus>: the disk is full (ENOSPC) [write-failed]\n' +
        '  Fix the cause (free disk space, permissions) and run again; the previous outputs were left as they were.\n',
    );
    expect(readFileSync(p.corpus, 'utf8')).toBe(PREVIOUS);
    expect(leftovers(join(p.out, 'data'))).toEqual([]);
  });

  it('killed with SIGKILL halfway: the previous output stays whole, and the next run completes', async () => {
    const { p, killed, afterKill, again } = results.killed;
    expect(killed.signal).toBe('SIGKILL');
    expect(afterKill.corpus).toBe(PREVIOUS);
    expect(afterKill.leftovers).toHaveLength(1);
    expect(again.status).toBe(0);
    expect(readFileSync(p.corpus, 'utf8')).toBe(await expectedCorpus(p.dir));
    expect(leftovers(join(p.out, 'data'))).toEqual([]);
  });

  it('the disk full while render and print write: the previous briefing.html and .pdf stay, readable', () => {
    const { html, pdf, render, print } = results.briefingDiskFull;
    expect(render.status).toBe(1);
    expect(render.stderr).toContain(`cannot write ${join(html, 'briefing.html')}: the disk is full (ENOSPC) [write-failed]`);
    expect(readFileSync(join(html, 'briefing.html'), 'utf8')).toBe(PREVIOUS_HTML);
    expect(leftovers(html)).toEqual([]);
    expect(print.status).toBe(1);
    expect(print.stderr).toContain(`cannot write ${join(pdf, 'briefing.pdf')}: the disk is full (ENOSPC) [write-failed]`);
    expect(readFileSync(join(pdf, 'briefing.pdf'), 'utf8')).toBe(PREVIOUS_PDF);
    expect(leftovers(pdf)).toEqual([]);
  });

  it('a second build into a folder that a running build holds refuses with a message', () => {
    const { p, r } = results.locked;
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('[build-locked]');
    expect(readFileSync(p.corpus, 'utf8')).toBe(PREVIOUS);
  });
});
