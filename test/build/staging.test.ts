/**
 * build/staging.ts: a build's stages write in a staging folder of hard links; `commit` moves
 * what they wrote into the output folder, `discard` drops it and leaves the outputs as they were.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stageOutputs } from '../../pipeline/build/staging.ts';
import { writeAtomic, writeIfChanged } from '../../pipeline/shared/io.ts';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** An output folder as a build leaves it. */
function built(): string {
  const out = mkdtempSync(join(tmpdir(), 'staging-'));
  temps.push(out);
  writeAtomic(join(out, 'briefing.html'), '<p>old</p>\n');
  writeAtomic(join(out, 'briefing.pdf'), 'old pdf');
  writeAtomic(join(out, 'manifest.json'), '{"old":true}\n');
  writeAtomic(join(out, 'data', 'corpus.json'), '{"corpus":1}\n');
  writeAtomic(join(out, 'data', 'old.csv'), 'a,b\n');
  writeAtomic(join(out, '.stamps', 'render'), '{}\n');
  writeAtomic(join(out, '.cache', 'ingest', 'k.json'), '{}\n');
  writeAtomic(join(out, 'publish', 'baseline.json'), '{}\n');
  return out;
}

const read = (f: string) => readFileSync(f, 'utf8');

describe('staging', () => {
  it('starts as hard links of the outputs; the shared cache and publish/ are links to the folder\'s own', () => {
    const out = built();
    const s = stageOutputs(out);
    expect(s.dir).toBe(join(out, `.staging-${process.pid}`));
    expect(statSync(join(s.dir, 'briefing.html')).ino).toBe(statSync(join(out, 'briefing.html')).ino);
    expect(statSync(join(s.dir, 'data', 'corpus.json')).ino).toBe(statSync(join(out, 'data', 'corpus.json')).ino);
    expect(read(join(s.dir, '.cache', 'ingest', 'k.json'))).toBe('{}\n');
    expect(read(join(s.dir, 'publish', 'baseline.json'))).toBe('{}\n');
    expect(s.map(join(out, 'data', 'corpus.json'))).toBe(join(s.dir, 'data', 'corpus.json'));
    expect(s.map('/elsewhere/x')).toBe('/elsewhere/x');
    expect(s.unmap(join(s.dir, 'briefing.pdf'))).toBe(join(out, 'briefing.pdf'));
    s.discard();
  });

  it('discard: what the stages wrote is gone, every output is as it was', () => {
    const out = built();
    const s = stageOutputs(out);
    writeIfChanged(join(s.dir, 'briefing.html'), '<p>new</p>\n');
    writeAtomic(join(s.dir, 'data', 'corpus.json'), '{"corpus":2}\n');
    s.discard();
    expect(read(join(out, 'briefing.html'))).toBe('<p>old</p>\n');
    expect(read(join(out, 'data', 'corpus.json'))).toBe('{"corpus":1}\n');
    expect(readdirSync(out).filter((n) => n.startsWith('.staging-'))).toEqual([]);
    expect(existsSync(join(out, '.cache', 'ingest', 'k.json'))).toBe(true);
  });

  it('commit: moves what changed (manifest last), keeps what did not, removes what the stages removed', () => {
    const out = built();
    const untouched = statSync(join(out, 'briefing.pdf')).ino;
    const s = stageOutputs(out);
    writeIfChanged(join(s.dir, 'briefing.html'), '<p>new</p>\n');
    writeIfChanged(join(s.dir, 'briefing.pdf'), 'old pdf');
    writeAtomic(join(s.dir, 'data', 'claims.json'), '[]\n');
    writeAtomic(join(s.dir, 'manifest.json'), '{"new":true}\n');
    rmSync(join(s.dir, 'data', 'old.csv'));
    const moved = s.commit();
    s.discard();
    expect(moved).toEqual(['data/claims.json', 'briefing.html', 'manifest.json', 'data/old.csv']);
    expect(read(join(out, 'briefing.html'))).toBe('<p>new</p>\n');
    expect(read(join(out, 'manifest.json'))).toBe('{"new":true}\n');
    expect(read(join(out, 'data', 'claims.json'))).toBe('[]\n');
    expect(existsSync(join(out, 'data', 'old.csv'))).toBe(false);
    expect(statSync(join(out, 'briefing.pdf')).ino).toBe(untouched);
    expect(read(join(out, 'publish', 'baseline.json'))).toBe('{}\n');
    expect(readdirSync(out).filter((n) => n.startsWith('.staging-'))).toEqual([]);
  });

  it('removes the staging folder a killed build left, and never stages a running one\'s', () => {
    const out = built();
    const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
    mkdirSync(join(out, `.staging-${dead}`, 'data'), { recursive: true });
    writeFileSync(join(out, `.staging-${dead}`, 'data', 'corpus.json'), 'half');
    mkdirSync(join(out, `.staging-${process.ppid}`));
    const s = stageOutputs(out);
    expect(existsSync(join(out, `.staging-${dead}`))).toBe(false);
    expect(existsSync(join(out, `.staging-${process.ppid}`))).toBe(true);
    expect(existsSync(join(s.dir, `.staging-${process.ppid}`))).toBe(false);
    s.discard();
  });
});
