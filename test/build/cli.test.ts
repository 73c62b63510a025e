/**
 * The command line: help (`--help`, `-h`, `help`, `help COMMAND`), `claims ID`, and a failed
 * build naming the stage that stopped it. Run in-process through main(), stdout and stderr
 * captured; the builds run on a copy of the fixture project (test/fixtures/projects/seeds/).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { commandHelp, helpTopic, main } from '../../pipeline/build/cli.ts';
import { commands, onlySource, stages } from '../../pipeline/build/stages.ts';
import * as msg from '../../pipeline/shared/messages.ts';
import type { Corpus } from '../../pipeline/shared/schema.ts';
import { copySeeds } from '../paths.ts';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  try {
    const code = await main(argv);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}
afterEach(() => vi.restoreAllMocks());

describe('help', () => {
  it('--help, -h and help print the usage and exit 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['--out', 'x', 'help']]) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.err).toBe('');
      expect(r.out).toMatch(/^usage: node pipeline\/launch\.mjs <stage\|command…> \[options\]/);
      // Every stage and every command, with what it does.
      for (const s of stages) expect(r.out).toMatch(new RegExp(`^  ${s.name} +\\S`, 'm'));
      for (const c of ['manifest', 'publish', 'preview', 'claims', 'diff', 'eval', 'add', 'build']) expect(r.out).toMatch(new RegExp(`^  ${c} +\\S`, 'm'));
      expect(r.out).not.toContain('bench-child');
      expect(r.out).toContain('--quiet');
    }
  });

  it('help COMMAND and COMMAND --help print that command\'s own help', async () => {
    const claims = await run('help', 'claims');
    expect(claims.code).toBe(0);
    expect(claims.out).toMatch(/^usage: node pipeline\/launch\.mjs claims \[SOURCE-ID\] \[options\]$/m);
    expect(claims.out).toContain('make claims SOURCE=ID');
    expect(claims.out).not.toContain('stages (run in the order named)');
    expect((await run('claims', '--help')).out).toBe(claims.out);
    expect((await run('preview', '-h')).out).toContain('[--port N]');
    const stage = await run('help', 'render');
    expect(stage.code).toBe(0);
    expect(stage.out).toContain(msg.STAGE_HELP.render);
    expect((await run('help', 'build')).out).toContain('build --goal all|data|html|pdf|manifest|STAGE');
  });

  it('help for an unknown name says so, with the usage, and exits 2', async () => {
    const r = await run('help', 'rendr');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^unknown stage or command: rendr\nusage:/);
  });

  it('finds the topic wherever the flag stands, but not after --', () => {
    expect(helpTopic(['--help'])).toEqual({ topic: null });
    expect(helpTopic(['--out', 'x', 'help', 'diff'])).toEqual({ topic: 'diff' });
    expect(helpTopic(['--root', 'help', 'claims'])).toBeNull();
    expect(helpTopic(['help', 'publish'])).toEqual({ topic: 'publish' });
    expect(helpTopic(['publish', '-h'])).toEqual({ topic: 'publish' });
    expect(helpTopic(['claims', '--', '--help'])).toBeNull();
    expect(helpTopic(['publish'])).toBeNull();
    expect(commandHelp({ stages, extra: commands }, 'nothing')).toBeNull();
  });

  it('every make target named in a command\'s help is a target of the Makefile', async () => {
    const { readFileSync } = await import('node:fs');
    const { repo } = await import('../paths.ts');
    const makefile = readFileSync(join(repo, 'Makefile'), 'utf8');
    const r = await run('help');
    for (const line of r.out.split('\n')) {
      const name = /^ {2}([a-z][a-z-]*) /.exec(line)?.[1];
      if (!name || stages.some((s) => s.name === name) || name === 'build') continue;
      const help = (await run('help', name)).out;
      const also = help.split('\n').find((l) => l.startsWith('also: ')) ?? '';
      expect(also, name).toMatch(/^also: make /);
      for (const m of also.matchAll(/\bmake ([a-z-]+)/g)) expect(makefile, `${name}: make ${m[1]}`).toMatch(new RegExp(`^(?:[\\w-]+ )*${m[1]}(?: [\\w-]+)*:`, 'm'));
    }
  });
});

describe('claims ID', () => {
  const source = (id: string) => ({ meta: { id } }) as Corpus['sources'][number];
  const corpus = { sources: [source('kisi'), source('timesca')] } as Corpus;

  it('keeps the one source named, or all without a name', () => {
    expect(onlySource(corpus, []).sources.map((s) => s.meta.id)).toEqual(['kisi', 'timesca']);
    expect(onlySource(corpus, ['timesca']).sources.map((s) => s.meta.id)).toEqual(['timesca']);
  });

  it('an unknown id is an error with the nearest id and the list', () => {
    expect(() => onlySource(corpus, ['kisy'])).toThrow(/no source has the id "kisy"/);
    try {
      onlySource(corpus, ['kisy']);
    } catch (e) {
      expect((e as { diagnostics: { hint?: string }[] }).diagnostics[0]!.hint).toContain('Did you mean "kisi"?');
    }
    expect(() => onlySource(corpus, ['kisi', 'timesca'])).toThrow(/takes one source id/);
  });

  it("a file's name given for its id suggests the id in its front matter", () => {
    const filed = { sources: [{ meta: { id: 'alpha' }, file: 'sources/alpha-wire-report.md' }, { meta: { id: 'gamma' }, file: 'sources/gamma.md' }] } as Corpus;
    for (const typed of ['alpha-wire-report', 'alpha-wire-report.md', 'sources/alpha-wire-report.md']) {
      try {
        onlySource(filed, [typed]);
        expect.unreachable();
      } catch (e) {
        expect((e as { diagnostics: { hint?: string }[] }).diagnostics[0]!.hint, typed).toContain('Did you mean "alpha"?');
      }
    }
  });
});

// Builds of the fixture project, in-process: generous limits for a busy machine (no timing).
describe('on the fixture project, templates broken', { timeout: 120_000 }, () => {
  const dir = copySeeds('briefing-cli-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'templates', 'charts', 'seats.vl.json'), '{\n');
  // The template places the broken chart (charts it does not place are not built) and has a
  // broken directive of its own.
  writeFileSync(join(dir, 'templates', 'briefing.md'), '---\ntitle: x\n---\n::chart[Seats]{#seats}\n\n::figurs\n');

  it('builds what the claims need and lists one source\'s claims', async () => {
    const build = await run('build', '--goal', 'extract', '--root', dir, '--quiet');
    expect(build.code, build.err).toBe(0);
    expect(build.out).toBe('');
    const one = await run('claims', '--root', dir, '--', 'kisi');
    expect(one.code, one.err).toBe(0);
    expect(one.out).toMatch(/^kisi \(sources\/kisi-preliminary\.md\): \d+ claims?/m);
    expect(one.out).not.toMatch(/^timesca \(/m);
    const all = await run('claims', '--root', dir);
    expect(all.out).toMatch(/^timesca \(/m);
    expect(all.out).toMatch(/^kisi \(/m);
    const unknown = await run('claims', '--root', dir, 'kisy');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('error: no source has the id "kisy"');
    expect(unknown.err).toContain('Did you mean "kisi"?');
  });

  it('a failed build names the stage that stopped it, after the diagnostic', async () => {
    const r = await run('build', '--goal', 'html', '--root', dir);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines[0]).toMatch(/^templates\/charts\/seats\.vl\.json:2:1: error: the chart spec is not valid JSON/);
    expect(lines.at(-1)).toBe(msg.BUILD_STOPPED('charts', 1));
  });
});
