/**
 * What an editor does on a fresh clone, on a copy of the whole project (the files git tracks,
 * node_modules linked): add an article to sources/, recolour a chart (a party colour in
 * templates/charts/theme.json), change the template's wording; then `make` must build, and the
 * pipeline's tests must pass there (all but this one), since they read fixtures, never the
 * project's sources/ or templates/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyTree, makeEnv } from '../../pipeline/build/manifest.ts';
import { repo } from '../paths.ts';

const SELF = 'test/e2e/project.test.ts';

const ARTICLE = (id: string) => `---
id: ${id}
title: "Turnout after the vote"
outlet: Test Desk
author: null
published: 2023-03-25
url: null
retrieved: null
notes: "An article added by the project test."
---
Turnout after the vote

The Central Election Commission said turnout was 54.19 percent, and Amanat won 53.9 percent of the party-list vote.
`;

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as { name: string; parentPath: string; isFile(): boolean }[])
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** The environment of a nested run: no calling make's flags, no vitest worker state. */
function childEnv(): NodeJS.ProcessEnv {
  const env = makeEnv({ CI: 'true' });
  for (const k of Object.keys(env)) if (k.startsWith('VITEST') || k === 'NODE_ENV' || k === 'TEST') delete env[k];
  return env;
}

describe('a copy of the project with an added article, a recoloured chart and new wording', () => {
  const dir = copyTree(repo, 'briefing-project-test-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds with make, and the pipeline tests pass there', { timeout: 1_800_000 }, () => {
    // A name no article of the project has yet (the project may have grown since).
    let id = 'project-test-added';
    for (let n = 2; existsSync(join(dir, 'sources', `${id}.md`)); n += 1) id = `project-test-added-${n}`;
    writeFileSync(join(dir, 'sources', `${id}.md`), ARTICLE(id));

    const theme = join(dir, 'templates', 'charts', 'theme.json');
    const colours = JSON.parse(readFileSync(theme, 'utf8')) as { colors: Record<string, string> };
    const [party, colour] = Object.entries(colours.colors)[0]!;
    const recoloured = colour.toLowerCase() === '#0b0c0d' ? '#0d0c0b' : '#0b0c0d';
    writeFileSync(theme, readFileSync(theme, 'utf8').replace(`"${party}": "${colour}"`, `"${party}": "${recoloured}"`));

    const template = join(dir, 'templates', 'briefing.md');
    const before = readFileSync(template, 'utf8');
    const reworded = before.replace(/^## (.+)$/m, '## $1, as the editors read it');
    expect(reworded).not.toBe(before);
    writeFileSync(template, reworded);

    const make = spawnSync('make', [], { cwd: dir, env: childEnv(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(make.status, `${make.stdout}\n${make.stderr}`).toBe(0);
    const html = readFileSync(join(dir, 'output', 'briefing.html'), 'utf8');
    expect(html).toContain('as the editors read it');
    expect(html).toContain('Test Desk');
    expect(html).toContain(recoloured);
    expect(existsSync(join(dir, 'output', 'briefing.pdf'))).toBe(true);

    const fixtures = filesUnder(join(dir, 'test', 'fixtures'));
    const tests = spawnSync('npx', ['--no-install', 'vitest', 'run', '--exclude', SELF], {
      cwd: dir,
      env: childEnv(),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(tests.status, `${tests.stdout.slice(-20_000)}\n${tests.stderr.slice(-20_000)}`).toBe(0);
    expect(tests.stdout).toMatch(/Tests\s+.*\d+ passed/);
    // The tests read their fixtures and write elsewhere.
    expect(filesUnder(join(dir, 'test', 'fixtures'))).toEqual(fixtures);
  });
});
