import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildManifest, compareOutputs, hashedName, publish, writeManifest, type Tools } from '../../pipeline/build/manifest.ts';
import { sha256, toJson } from '../../pipeline/shared/io.ts';
import { parseBaseline, snapshot } from '../../pipeline/changes/index.ts';
import { paths } from '../../pipeline/build/stages.ts';

const TOOLS: Tools = { node: 'v20.0.0', chromium: 'Chromium 120.0.0.0 built on Debian' };
let root: string;

function write(rel: string, text: string): void {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'manifest-test-'));
  write('sources/b.md', 'second\n');
  write('sources/a.md', 'first\n');
  write('sources/lexicon.yaml', 'entities: []\n');
  write('templates/briefing.md', 'Briefing\n');
  write('templates/charts/votes.vl.json', '{}\n');
  write('pipeline/ingest/index.ts', '\n');
  write('package-lock.json', '{}\n');
  write('output/briefing.html', '<html></html>\n');
  write('output/briefing.pdf', '%PDF-1.7\n');
  write('output/data/claims.json', '[]\n');
  write('output/.stamps/ingest', '');
  write('output/data/.claims.json.tmp-1', 'half');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('manifest', () => {
  it('hashes every input and output, sorted, with relative paths', () => {
    const m = buildManifest(paths(root), TOOLS);
    expect(Object.keys(m.inputs.files)).toEqual([
      'package-lock.json',
      'pipeline/ingest/index.ts',
      'sources/a.md',
      'sources/b.md',
      'sources/lexicon.yaml',
      'templates/briefing.md',
      'templates/charts/votes.vl.json',
    ]);
    expect(m.inputs.files['sources/a.md']).toBe(sha256('first\n'));
    expect(m.inputs.chromium).toBe(TOOLS.chromium);
    // Stamps, temporary files and the manifest itself are not outputs.
    expect(Object.keys(m.outputs)).toEqual(['briefing.html', 'briefing.pdf', 'data/claims.json']);
    expect(m.outputs['briefing.pdf']).toBe(sha256('%PDF-1.7\n'));
  });

  it("hashes another event's sources and templates (make EVENT=dir), not the project's", () => {
    write('events/q/sources/q.md', 'event article\n');
    write('events/q/templates/briefing.md', 'Event briefing\n');
    const p = { ...paths(root, join(root, 'output/events/q')), sources: join(root, 'events/q/sources'), templates: join(root, 'events/q/templates') };
    const m = buildManifest(p, TOOLS);
    expect(Object.keys(m.inputs.files)).toEqual(['package-lock.json', 'pipeline/ingest/index.ts', 'sources/q.md', 'templates/briefing.md']);
    expect(m.inputs.files['templates/briefing.md']).toBe(sha256('Event briefing\n'));
    expect(m.contentDigest).not.toBe(buildManifest(paths(root), TOOLS).contentDigest);
  });

  it('gives the same bytes for the same inputs, and a new inputs digest when one changes', async () => {
    await writeManifest(paths(root), TOOLS);
    const first = readFileSync(join(root, 'output/manifest.json'), 'utf8');
    expect(await writeManifest(paths(root), TOOLS)).toContain('(unchanged)');
    expect(readFileSync(join(root, 'output/manifest.json'), 'utf8')).toBe(first);
    const before = buildManifest(paths(root), TOOLS).inputsDigest;
    write('sources/a.md', 'first, edited\n');
    expect(buildManifest(paths(root), TOOLS).inputsDigest).not.toBe(before);
    expect(buildManifest(paths(root), { ...TOOLS, chromium: 'Chromium 121' }).inputsDigest).not.toBe(before);
  });

  it('has a content digest of sources and templates only, and an outputs digest', () => {
    const before = buildManifest(paths(root), TOOLS);
    write('pipeline/ingest/index.ts', '// code edit\n');
    const code = buildManifest(paths(root), TOOLS);
    expect(code.inputsDigest).not.toBe(before.inputsDigest);
    expect(code.contentDigest).toBe(before.contentDigest);
    write('templates/briefing.md', 'Briefing, edited\n');
    expect(buildManifest(paths(root), TOOLS).contentDigest).not.toBe(before.contentDigest);
    expect(buildManifest(paths(root), TOOLS).outputsDigest).toBe(before.outputsDigest);
    write('output/data/claims.json', '[1]\n');
    expect(buildManifest(paths(root), TOOLS).outputsDigest).not.toBe(before.outputsDigest);
  });

  it('does not change the inputs digest when only an output changes', () => {
    const before = buildManifest(paths(root), TOOLS);
    write('output/briefing.pdf', '%PDF-1.7 other\n');
    const after = buildManifest(paths(root), TOOLS);
    expect(after.inputsDigest).toBe(before.inputsDigest);
    expect(after.outputs['briefing.pdf']).not.toBe(before.outputs['briefing.pdf']);
  });
});

describe('publish', () => {
  it('names files by content hash, and writes the latest at stable addresses beside them', async () => {
    await writeManifest(paths(root), TOOLS);
    expect(await publish(paths(root))).toBe('3 files in output/publish');
    const dir = join(root, 'output/publish');
    const pdf = hashedName('briefing.pdf', sha256('%PDF-1.7\n'));
    const html = hashedName('briefing.html', sha256('<html></html>\n'));
    expect(pdf).toMatch(/^briefing\.[0-9a-f]{12}\.pdf$/);
    expect(readdirSync(dir).sort()).toEqual(['briefing.html', 'briefing.pdf', html, pdf, 'data', 'index.html', 'manifest.json'].sort());
    expect(readdirSync(join(dir, 'data')).sort()).toEqual(['claims.json', hashedName('claims.json', sha256('[]\n'))].sort());
    expect(readFileSync(join(dir, pdf), 'utf8')).toBe('%PDF-1.7\n');
    expect(readFileSync(join(dir, 'briefing.pdf'), 'utf8')).toBe('%PDF-1.7\n');
    expect(readFileSync(join(dir, 'data/claims.json'), 'utf8')).toBe('[]\n');
    const published = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { published: Record<string, string> };
    expect(published.published['data/claims.json']).toBe(hashedName('data/claims.json', sha256('[]\n')));
    // A new publication replaces what the stable addresses hold.
    write('output/briefing.pdf', '%PDF-1.7 second\n');
    await writeManifest(paths(root), TOOLS);
    await publish(paths(root));
    expect(readFileSync(join(dir, 'briefing.pdf'), 'utf8')).toBe('%PDF-1.7 second\n');
    expect(readdirSync(dir)).toContain(hashedName('briefing.pdf', sha256('%PDF-1.7 second\n')));
  });

  it('writes a script-free index with the briefing\'s title and date, linking the latest and the hashed files', async () => {
    write('output/data/briefing.json', JSON.stringify({ title: 'Mazhilis & after', subtitle: 'Results', author: '', subject: '', keywords: [], language: 'en', date: '2023-03-24' }));
    await writeManifest(paths(root), TOOLS);
    await publish(paths(root));
    const index = readFileSync(join(root, 'output/publish/index.html'), 'utf8');
    expect(index).toContain('<title>Mazhilis &#38; after</title>');
    expect(index).toContain('<h1>Mazhilis &#38; after</h1>');
    expect(index).toContain('<time datetime="2023-03-24">2023-03-24</time>');
    expect(index).toContain('<a href="briefing.pdf">PDF</a>');
    expect(index).toContain('<a href="briefing.html">HTML</a>');
    expect(index).toContain(`href="${hashedName('briefing.pdf', sha256('%PDF-1.7\n'))}"`);
    expect(index).not.toContain('<script');
    expect(index).not.toMatch(/<title>Briefing<\/title>/);
  });

  it('refuses an output that no longer matches the manifest', async () => {
    await writeManifest(paths(root), TOOLS);
    write('output/briefing.pdf', 'changed\n');
    await expect(publish(paths(root))).rejects.toThrow(/no longer matches output\/manifest.json/);
  });
});

describe('publish: the baseline of the list of changes', () => {
  const snap = (label: string) => snapshot([], [], { sources: [] }, [], [{ path: 'templates/briefing.md', sha256: sha256(label) }]);

  it('writes this build as the latest publication, the one before it kept, and is the same when run twice', async () => {
    write('output/data/snapshot.json', toJson(snap('one')));
    await writeManifest(paths(root), TOOLS);
    expect(await publish(paths(root))).toBe('4 files and the baseline in output/publish');
    const first = parseBaseline('b', readFileSync(join(root, 'output/publish/baseline.json'), 'utf8'));
    expect(first.latest.digest).toBe(snap('one').digest);
    expect(first.before).toBeNull();
    await publish(paths(root));
    expect(parseBaseline('b', readFileSync(join(root, 'output/publish/baseline.json'), 'utf8'))).toEqual(first);
    write('output/data/snapshot.json', toJson(snap('two')));
    await writeManifest(paths(root), TOOLS);
    await publish(paths(root));
    const second = parseBaseline('b', readFileSync(join(root, 'output/publish/baseline.json'), 'utf8'));
    expect(second.latest.digest).toBe(snap('two').digest);
    expect(second.before?.digest).toBe(snap('one').digest);
  });
});

describe('compareOutputs', () => {
  it('finds files that differ or exist on one side only', () => {
    write('a/x.txt', '1');
    write('a/y.txt', '2');
    write('b/x.txt', '1');
    write('b/y.txt', '3');
    write('b/z.txt', '4');
    expect(compareOutputs(join(root, 'a'), join(root, 'b'))).toEqual({ same: ['x.txt'], differ: ['y.txt', 'z.txt'] });
  });
});
