/**
 * End to end: a saved page added to a copy of a fixture project (test/fixtures/add/project/,
 * with the layout and style of the seeds fixture project) becomes a source whose figure the
 * built PDF shows, read back with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtures, repo, seeds } from '../paths.ts';

const tsx = join(repo, 'node_modules', '.bin', 'tsx');
const STAGES = ['ingest', 'extract', 'reconcile', 'charts', 'render', 'print'];
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

function build(project: string): string {
  const out = mkdtempSync(join(tmpdir(), 'briefing-add-e2e-out-'));
  temps.push(out);
  execFileSync(tsx, [join(repo, 'pipeline', 'build', 'cli.ts'), ...STAGES, '--root', project, '--out', out, '--quiet'], { cwd: repo, env: { ...process.env, SOURCE_DATE_EPOCH: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  return plain(execFileSync('pdftotext', [join(out, 'briefing.pdf'), '-'], { encoding: 'utf8' }));
}

describe('a page added with make add', () => {
  it('gives its figure to the briefing PDF', () => {
    const project = mkdtempSync(join(tmpdir(), 'briefing-add-e2e-'));
    temps.push(project);
    cpSync(join(fixtures, 'add', 'project'), project, { recursive: true });
    mkdirSync(join(project, 'templates', 'charts'), { recursive: true });
    for (const f of ['layout.html', 'style.css', 'charts/theme.json']) cpSync(join(seeds, 'templates', f), join(project, 'templates', f));
    cpSync(join(fixtures, 'add', 'pages', 'wordpress.html'), join(project, 'saved.html'));

    const before = build(project);
    expect(before).toContain('18.4 %');
    expect(before).not.toContain('61.2');

    execFileSync(tsx, [join(repo, 'pipeline', 'build', 'cli.ts'), 'add', '--root', project, 'saved.html'], { cwd: project, stdio: 'pipe' });
    const source = readFileSync(join(project, 'sources', 'steppe-ledger-2023-03-21-alpha-party-wins-the-snap-vote.md'), 'utf8');
    expect(source).toContain('outlet: "Steppe Ledger"');

    const after = build(project);
    expect(after).toContain('18.4 %');
    expect(after).toMatch(/Share of the vote, Alpha Party/);
    expect(after).toContain('61.2 %');
    expect(after).toContain('Steppe Ledger, Dana Example. Alpha Party wins the snap vote with a clear majority. 21 March 2023.');
    expect(after).toContain('“The Alpha Party won 61.2 percent of the vote in Sunday’s snap election');
  }, 180_000);
});
