/**
 * `make add` at its edge: files written into a copy of a project, never overwritten, the fetched
 * page kept in sources/.pages/, errors after the other pages are done, and `make add` passing
 * odd file names through neither Make's expansion nor a shell.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCommand } from '../../pipeline/add/command.ts';
import { inputFiles, paths } from '../../pipeline/build/stages.ts';
import { PipelineError } from '../../pipeline/shared/errors.ts';
import { fixtures as fixtureRoot, repo } from '../paths.ts';

const fixtures = join(fixtureRoot, 'add');
const temps: string[] = [];
let server: Server;
let base: string;

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-add-'));
  temps.push(dir);
  cpSync(join(fixtures, 'project', 'sources'), join(dir, 'sources'), { recursive: true });
  cpSync(join(fixtures, 'pages'), join(dir, 'pages'), { recursive: true });
  return dir;
}

beforeAll(async () => {
  const html = readFileSync(join(fixtures, 'pages', 'amp.html'));
  server = createServer((req, res) => {
    if (req.url === '/story') res.writeHead(301, { location: '/amp/story' }).end();
    else res.writeHead(200, { 'content-type': 'text/html' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

describe('make add, at its edge', () => {
  it('writes the source, then refuses the same article again with a warning that names the file', async () => {
    const root = project();
    const lines: string[] = [];
    const report = (l: string) => lines.push(l);
    expect(await addCommand(root, join(root, 'sources'), ['pages/wordpress.html'], { report, cwd: root })).toBe('1 page added');
    const file = join(root, 'sources', 'steppe-ledger-2023-03-21-alpha-party-wins-the-snap-vote.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('collected_as: "wordpress.html"');
    expect(text.replace('collected_as: "wordpress.html"\n', '')).toBe(readFileSync(join(fixtures, 'expected', 'wordpress.md'), 'utf8'));
    lines.length = 0;
    expect(await addCommand(root, join(root, 'sources'), ['pages/wordpress.html'], { report, cwd: root })).toBe('0 pages added');
    expect(lines.join('\n')).toContain('warning: this article is already in the sources: sources/steppe-ledger-2023-03-21-alpha-party-wins-the-snap-vote.md has the same address');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('never overwrites a file: a new article whose id is taken gets the next free one', async () => {
    const root = project();
    writeFileSync(join(root, 'sources', 'northern-post-2023-03-19-polls-close-with-turnout-below-forecasts.md'), 'kept as it is\n');
    await addCommand(root, join(root, 'sources'), ['pages/amp.html'], { report: () => {}, cwd: root });
    expect(readFileSync(join(root, 'sources', 'northern-post-2023-03-19-polls-close-with-turnout-below-forecasts.md'), 'utf8')).toBe('kept as it is\n');
    expect(existsSync(join(root, 'sources', 'northern-post-2023-03-19-polls-close-with-turnout-below-forecasts-2.md'))).toBe(true);
  });

  it('fetches an address, keeps the page in sources/.pages/ and dates the retrieval', async () => {
    const root = project();
    await addCommand(root, join(root, 'sources'), [`${base}/story`], { allowPrivate: true, today: '2026-12-04', report: () => {} });
    const id = 'northern-post-2023-03-19-polls-close-with-turnout-below-forecasts';
    const text = readFileSync(join(root, 'sources', `${id}.md`), 'utf8');
    expect(text).toContain('retrieved: 2026-12-04\n');
    expect(text).toContain(`collected_as: ".pages/${id}.html"\n`);
    expect(text).toContain('Fetched by make add on 2026-12-04.');
    expect(readFileSync(join(root, 'sources', '.pages', `${id}.html`))).toEqual(readFileSync(join(fixtures, 'pages', 'amp.html')));
    // Extracted again from the stored page (its source deleted first), it gives the same file.
    rmSync(join(root, 'sources', `${id}.md`));
    await addCommand(root, join(root, 'sources'), [`sources/.pages/${id}.html`], { today: '2027-01-01', report: () => {}, cwd: root });
    expect(readFileSync(join(root, 'sources', `${id}.md`), 'utf8')).toBe(text);
    // The stored page is no input of the briefing (it is not in git, so CI would not have it).
    mkdirSync(join(root, 'templates'));
    expect(inputFiles(paths(root)).map((f) => f.path)).not.toContain(`sources/.pages/${id}.html`);
    expect(inputFiles(paths(root)).map((f) => f.path)).toContain(`sources/${id}.md`);
  });

  it('adds the pages it can and then fails with the errors of the others', async () => {
    const root = project();
    const error = await addCommand(root, join(root, 'sources'), ['pages/missing.html', 'pages/paywall.html', 'pages/arc.html'], { report: () => {}, cwd: root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PipelineError);
    expect((error as PipelineError).diagnostics.map((d) => d.ruleId)).toEqual(['read-failed', 'no-article-text']);
    expect(readdirSync(join(root, 'sources')).filter((f) => f.startsWith('daily-meridian'))).toHaveLength(1);
  });
});

describe('make add', () => {
  it('passes file names through neither Make nor a shell', () => {
    const root = project();
    for (const f of ['Makefile', 'package.json', 'package-lock.json']) cpSync(join(repo, f), join(root, f), { preserveTimestamps: true });
    cpSync(join(repo, 'pipeline'), join(root, 'pipeline'), { recursive: true });
    symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
    const odd = '$(shell touch MADE-BY-MAKE) `touch MADE-BY-SHELL`;x.html';
    cpSync(join(root, 'pages', 'singlefile.html'), join(root, odd));
    const run = spawnSync('make', ['--no-print-directory', 'add', `PAGE=${odd} pages/jsonld-only.html`], { cwd: root, encoding: 'utf8', env: { ...process.env, BRIEFING_FROM_SOURCE: '1', MAKEFLAGS: '' } });
    expect(existsSync(join(root, 'MADE-BY-MAKE'))).toBe(false);
    expect(existsSync(join(root, 'MADE-BY-SHELL'))).toBe(false);
    // The name is split at white space (as PAGE="a.html b.html" is), so its parts are missing files.
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('$(shell: error: cannot read $(shell');
    expect(existsSync(join(root, 'sources', 'kazinform-wire-2023-03-28-seat-count-confirmed-after-recount.md'))).toBe(true);
    // From the CLI, a name with spaces and quotes is one argument.
    execFileSync(process.execPath, [join(repo, 'pipeline', 'launch.mjs'), 'add', '--root', root, odd], { cwd: root, env: { ...process.env, BRIEFING_FROM_SOURCE: '1' }, stdio: 'pipe' });
    expect(existsSync(join(root, 'sources', 'regional-observer-example-2023-03-24-results-for-local-assemblies-published.md'))).toBe(true);
    expect(existsSync(join(root, 'MADE-BY-SHELL'))).toBe(false);
  }, 60_000);
});
