/**
 * The CI workflow runs what the README tells a person to run: its commands are parsed from
 * the workflow YAML and from the README's first code block and compared.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Code, Root } from 'mdast';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
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
  steps: Step[];
}
interface Workflow {
  on: { push: { paths: string[] }; pull_request: { paths: string[] } };
  jobs: Record<string, Job>;
}

const workflow = parse(read('.github/workflows/briefing.yml')) as Workflow;

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

  it('runs on pushes and pull requests touching sources, templates, lexicon, policy and pipeline', () => {
    for (const trigger of [workflow.on.push.paths, workflow.on.pull_request.paths]) {
      for (const p of ['sources/**', 'templates/**', 'pipeline/**', 'sources/lexicon.yaml', 'sources/policy.yaml']) expect(trigger).toContain(p);
    }
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
        env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH}`, GITHUB_OUTPUT: join(dir, 'out'), GITHUB_REPOSITORY_OWNER: 'team', GITHUB_REPOSITORY: 'team/briefing' },
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
