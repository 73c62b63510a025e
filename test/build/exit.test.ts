/**
 * A failing build exits as soon as it has said why: no timer or child process left behind holds
 * the process open. (A chart spec error while the print browser was starting used to keep the
 * process alive for 30 s after the message: a Puppeteer timer waiting for a page target.)
 */
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { copySeeds, repo } from '../paths.ts';

const dir = copySeeds('briefing-exit-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('exits within 2 s of its error message, with the print browser warming', async () => {
  writeFileSync(join(dir, 'templates', 'charts', 'seats.vl.json'), '{\n');
  const child = spawn(process.execPath, [join(repo, 'pipeline', 'launch.mjs'), 'ingest', 'extract', 'reconcile', 'charts', 'render', 'print', '--root', dir], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let said: number | null = null;
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (said === null && /error: the chart spec is not valid JSON/.test(stderr)) said = performance.now();
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const exited = performance.now();
  expect(stderr).toMatch(/templates\/charts\/seats\.vl\.json:2:1: error: the chart spec is not valid JSON/);
  expect(code).toBe(1);
  expect(said).not.toBeNull();
  expect(exited - said!).toBeLessThan(2000);
}, 60_000);
