/**
 * What a build was made of and what it made.
 *
 * - `buildManifest`: output/manifest.json: the sha256 of every input (sources/ with the lexicon
 *   and the policy, templates/, the pipeline code, package-lock.json) and tool (Node, Chromium)
 *   and of every output. Paths are relative (inputs to the root, outputs to the output folder)
 *   and sorted, so two builds of the same inputs give the same bytes. `inputsDigest` is the
 *   sha256 of the inputs part: CI publishes only when it changed.
 * - `publish`: output/publish/: the outputs at their own names (stable addresses, always the
 *   latest) and with the content hash in their file names, the manifest (with the published
 *   names) and a script-free index.html, exactly what CI publishes.
 * - `reproducible`: builds twice, each in a fresh temporary copy of the tree, and compares every
 *   output byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { PipelineError, diagnostic } from '../shared/errors.ts';
import { fileHash, readJson, sha256, toJson, writeAtomic, writeIfChanged } from '../shared/io.ts';
import * as msg from '../shared/messages.ts';
import type { Paths } from './stages.ts';

export const Manifest = z.object({
  inputsDigest: z.string(),
  /** sha256 of the hashes of sources/ and templates/: what the briefing is made of (articles, lexicon, policy, templates). */
  contentDigest: z.string(),
  /** sha256 of the hashes of the outputs: what the briefing says. */
  outputsDigest: z.string(),
  inputs: z.object({
    files: z.record(z.string(), z.string()),
    node: z.string(),
    chromium: z.string(),
  }),
  outputs: z.record(z.string(), z.string()),
});
export type Manifest = z.infer<typeof Manifest>;

/** Folders (relative to the root) whose files are inputs, and single input files. */
export const INPUT_DIRS = ['sources', 'templates', 'pipeline'];
export const INPUT_FILES = ['package-lock.json'];
/** The folders of what the briefing is made of, as against the code that makes it. */
export const CONTENT_DIRS = ['sources', 'templates'];

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every file below `dir`, relative to it with `/`, sorted; hidden files and `skip` folders left out. */
export function listFiles(dir: string, skip: string[] = []): string[] {
  const found: string[] = [];
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = sub === '' ? entry.name : `${sub}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!skip.includes(path)) walk(path);
      } else if (entry.isFile()) {
        found.push(path);
      }
    }
  };
  if (existsSync(dir)) walk('');
  return found.sort(byPath);
}

/** The hashes of files (io.ts fileHash: a file the build's stamps hashed already is not read again). */
function hashFiles(base: string, files: string[], prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of files) out[`${prefix}${f}`] = fileHash(join(base, f)) ?? sha256(readFileSync(join(base, f)));
  return out;
}

/** The outputs of a build: every file of the output folder but the manifest, stamps and publish/. */
export function outputFiles(out: string): string[] {
  return listFiles(out, ['publish']).filter((f) => f !== 'manifest.json');
}

export interface Tools {
  node: string;
  chromium: string;
}

/** Node's version and the line `chromium --version` prints. */
export async function tools(): Promise<Tools> {
  const { findChromium, chromiumVersion } = await import('../print/browser.ts');
  return { node: process.version, chromium: await chromiumVersion(findChromium()) };
}

export function buildManifest(p: Paths, t: Tools): Manifest {
  const files: Record<string, string> = {};
  // sources/ and templates/ are where the build read them (`--sources`, `--templates`: another
  // event's folders), named as in the project; the code is the root's.
  const folder: Record<string, string> = { sources: p.sources, templates: p.templates };
  for (const dir of INPUT_DIRS) {
    const base = folder[dir] ?? join(p.root, dir);
    Object.assign(files, hashFiles(base, listFiles(base), `${dir}/`));
  }
  for (const f of INPUT_FILES) if (existsSync(join(p.root, f))) files[f] = fileHash(join(p.root, f)) ?? sha256(readFileSync(join(p.root, f)));
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => byPath(a, b)));
  const inputs = { files: sorted, node: t.node, chromium: t.chromium };
  const content = Object.fromEntries(Object.entries(sorted).filter(([f]) => CONTENT_DIRS.some((d) => f.startsWith(`${d}/`))));
  const outputs = hashFiles(p.out, outputFiles(p.out));
  return { inputsDigest: sha256(toJson(inputs)), contentDigest: sha256(toJson(content)), outputsDigest: sha256(toJson(outputs)), inputs, outputs };
}

export async function writeManifest(p: Paths, t?: Tools): Promise<string> {
  const manifest = buildManifest(p, t ?? (await tools()));
  const wrote = writeIfChanged(join(p.out, 'manifest.json'), toJson(manifest));
  const n = Object.keys(manifest.inputs.files).length;
  return `${n} inputs, ${Object.keys(manifest.outputs).length} outputs, inputs ${manifest.inputsDigest.slice(0, 12)}${wrote ? '' : ' (unchanged)'}`;
}

/** `data/claims.json` → `data/claims.<first 12 hex of the hash>.json`. */
export function hashedName(path: string, hash: string): string {
  const ext = extname(path);
  return `${path.slice(0, path.length - ext.length)}.${hash.slice(0, 12)}${ext}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What the landing page shows of the briefing (output/data/briefing.json, written by render). */
const IndexMeta = z.object({ title: z.string(), subtitle: z.string().optional(), date: z.string() });
export type IndexMeta = z.infer<typeof IndexMeta>;

/**
 * The landing page of the published folder, no script: the briefing's title and date, links to
 * the latest HTML and PDF at their stable addresses, and the files of this publication under
 * their content-hash names.
 */
export function indexHtml(files: Record<string, string>, manifest: Manifest, meta: IndexMeta | null): string {
  const title = meta?.title ?? 'Briefing';
  const link = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
  const latest = ['briefing.html', 'briefing.pdf'].filter((f) => f in files);
  const items = Object.entries(files)
    .map(([name, published]) => `<li>${link(name, name)} (this publication: ${link(published, published)})</li>`)
    .join('\n');
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>\n` +
    `<h1>${escapeHtml(title)}</h1>\n` +
    (meta?.subtitle ? `<p>${escapeHtml(meta.subtitle)}</p>\n` : '') +
    (meta ? `<p>Dated <time datetime="${escapeHtml(meta.date)}">${escapeHtml(meta.date)}</time></p>\n` : '') +
    (latest.length > 0 ? `<p>Read it: ${latest.map((f) => link(f, f === 'briefing.pdf' ? 'PDF' : 'HTML')).join(' · ')}</p>\n` : '') +
    `<h2>Files</h2>\n<p>Each address without a hash always holds the latest briefing; the hashed copy is this publication's, for good.</p>\n` +
    `<ul>\n${items}\n<li>${link('manifest.json', 'manifest.json')}</li>\n</ul>\n` +
    `<p>Inputs ${manifest.inputsDigest}</p>\n</body></html>\n`
  );
}

function indexMeta(p: Paths): IndexMeta | null {
  const file = join(p.data, 'briefing.json');
  return existsSync(file) ? readJson(file, IndexMeta) : null;
}

/**
 * The baseline the changes stage compares the next build with (see changes.ts): this build's
 * snapshot and the publication before it; null when the changes stage made no snapshot.
 */
async function baselineFor(p: Paths): Promise<string | null> {
  const snapshotFile = join(p.data, 'snapshot.json');
  if (!existsSync(snapshotFile)) return null;
  const { Snapshot, nextBaseline, parseBaseline } = await import('../changes/index.ts');
  const current = readJson(snapshotFile, Snapshot);
  const previousFile = join(p.out, 'publish', 'baseline.json');
  const previous = existsSync(previousFile) ? parseBaseline(relative(p.root, previousFile), readFileSync(previousFile, 'utf8')) : null;
  return toJson(nextBaseline(previous, current));
}

/**
 * Writes `out/publish/` afresh (built beside it, then swapped in) and says what it holds: every
 * output twice, at its own name (`briefing.pdf`, `data/figures.json`: a stable address that
 * always holds the latest) and under its content-hash name (this publication, for good), the
 * manifest (with the published names), `baseline.json` for the next build's list of changes,
 * and a script-free index with the briefing's title and date.
 */
export async function publish(p: Paths): Promise<string> {
  const manifest = readJson(join(p.out, 'manifest.json'), Manifest);
  const files: Record<string, string> = {};
  for (const [name, hash] of Object.entries(manifest.outputs)) files[name] = hashedName(name, hash);
  const baseline = await baselineFor(p);
  const target = join(p.out, 'publish');
  const tmp = join(p.out, `.publish.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const [name, published] of Object.entries(files)) {
      const bytes = readFileSync(join(p.out, name));
      if (sha256(bytes) !== manifest.outputs[name]) {
        throw new PipelineError(diagnostic({ file: join(p.out, name) }, 'stale-manifest', msg.STALE_MANIFEST(name), msg.STALE_MANIFEST_HINT));
      }
      writeAtomic(join(tmp, published), bytes);
      writeAtomic(join(tmp, name), bytes);
    }
    writeAtomic(join(tmp, 'manifest.json'), toJson({ ...manifest, published: files }));
    if (baseline !== null) writeAtomic(join(tmp, 'baseline.json'), baseline);
    writeAtomic(join(tmp, 'index.html'), indexHtml(files, manifest, indexMeta(p)));
    rmSync(target, { recursive: true, force: true });
    renameSync(tmp, target);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return `${Object.keys(files).length} files${baseline === null ? '' : ' and the baseline'} in ${relative(p.root, target) || target}`;
}

/** The files of the tree a fresh clone would have: tracked and not ignored (git), else a walk. */
export function treeFiles(root: string): string[] {
  const git = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  if (git.status === 0) {
    return git.stdout
      .split('\0')
      .filter((f) => f !== '' && existsSync(join(root, f)) && statSync(join(root, f)).isFile())
      .sort(byPath);
  }
  return listFiles(root, ['node_modules', 'output']);
}

/**
 * A copy of the tree in a new temporary folder, with node_modules linked (not reinstalled).
 * File times are kept, so Make there sees the installed packages as up to date.
 */
export function copyTree(root: string, prefix = 'briefing-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const f of treeFiles(root)) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    cpSync(join(root, f), join(dir, f), { preserveTimestamps: true });
  }
  if (existsSync(join(root, 'node_modules'))) symlinkSync(resolve(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** The environment for a nested `make`: without the calling make's flags and jobserver. */
export function makeEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const k of ['MAKEFLAGS', 'MFLAGS', 'MAKELEVEL', 'MAKEOVERRIDES']) delete env[k];
  return env;
}

/** Files that differ between two output folders (missing on one side counts), sorted. */
export function compareOutputs(a: string, b: string): { same: string[]; differ: string[] } {
  const fa = listFiles(a, ['publish']);
  const fb = listFiles(b, ['publish']);
  const all = [...new Set([...fa, ...fb])].sort(byPath);
  const same: string[] = [];
  const differ: string[] = [];
  for (const f of all) {
    const pa = join(a, f);
    const pb = join(b, f);
    if (existsSync(pa) && existsSync(pb) && readFileSync(pa).equals(readFileSync(pb))) same.push(f);
    else differ.push(f);
  }
  return { same, differ };
}

export function reproducible(p: Paths, options: { quiet?: boolean; target?: string } = {}): string {
  const dirs: string[] = [];
  try {
    for (const label of ['a', 'b']) {
      const dir = copyTree(p.root, `briefing-repro-${label}-`);
      dirs.push(dir);
      if (!options.quiet) process.stdout.write(`reproducible: build ${label} in ${dir}\n`);
      const run = spawnSync('make', [options.target ?? 'all'], {
        cwd: dir,
        env: makeEnv({ CI: 'true' }),
        stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
        encoding: 'utf8',
      });
      if (run.status !== 0) {
        if (options.quiet) process.stderr.write(`${run.stdout ?? ''}${run.stderr ?? ''}`);
        throw new PipelineError(diagnostic({ file: 'Makefile' }, 'build-failed', msg.REPRO_BUILD_FAILED(label), msg.REPRO_BUILD_FAILED_HINT));
      }
    }
    const { same, differ } = compareOutputs(join(dirs[0]!, 'output'), join(dirs[1]!, 'output'));
    if (differ.length > 0) {
      throw new PipelineError(
        differ.map((f) => diagnostic({ file: `output/${f}` }, 'not-reproducible', msg.NOT_REPRODUCIBLE, msg.NOT_REPRODUCIBLE_HINT)),
      );
    }
    if (same.length === 0) {
      throw new PipelineError(diagnostic({ file: 'output' }, 'not-reproducible', msg.REPRO_NOTHING, msg.REPRO_BUILD_FAILED_HINT));
    }
    return `${same.length} outputs byte-identical in two fresh builds`;
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}
