/**
 * `make bench`, the `make add` part (goal: adding a page takes under 1 s):
 *   - the command as an analyst runs it: `node pipeline/launch.mjs add page.html` into an empty
 *     copy of sources/, a new process each time (start-up, bundle, parse, write), on the
 *     WordPress fixture and on the largest real page of test/real-pages/ when it is there;
 *   - `addPage` alone in one warm process, per page, on the fixtures and the real pages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addPage } from './index.ts';

const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;

function pages(root: string): { fixtures: string[]; real: string[] } {
  const fx = join(root, 'test', 'fixtures', 'add', 'pages');
  const fixtures = existsSync(fx) ? readdirSync(fx).filter((f) => f.endsWith('.html')).sort().map((f) => join(fx, f)) : [];
  const listFile = join(root, 'test', 'fixtures', 'add', 'real-pages.json');
  const names = existsSync(listFile) ? Object.keys((JSON.parse(readFileSync(listFile, 'utf8')) as { pages: object }).pages) : [];
  const real = names.map((n) => join(root, 'test', 'real-pages', n, 'source.html')).filter((f) => existsSync(f));
  return { fixtures, real };
}

/** One `launch.mjs add` process into a fresh sources/ folder; its wall time. */
function command(root: string, page: string): number | string {
  const project = mkdtempSync(join(tmpdir(), 'briefing-bench-add-'));
  try {
    mkdirSync(join(project, 'sources'));
    const t = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'pipeline', 'launch.mjs'), 'add', '--root', project, '--quiet', page], { cwd: root, encoding: 'utf8' });
    const ms = performance.now() - t;
    return r.status === 0 ? ms : (r.stderr.trim().split('\n')[0] ?? `exit ${r.status}`);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

export function benchAdd(root: string): string[] {
  const out: string[] = [];
  // What any Node process costs on this machine now: the floor under a whole `make add`.
  const bare = [0, 1, 2].map(() => {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '']);
    return performance.now() - t;
  });
  out.push(`  a bare node process (node -e ''): ${secs(Math.min(...bare))} to ${secs(Math.max(...bare))}`);
  const { fixtures, real } = pages(root);
  const largest = [...real].sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const targets = [fixtures.find((f) => f.endsWith('wordpress.html')), largest].filter((f): f is string => f !== undefined);
  for (const page of targets) {
    const runs: number[] = [];
    let error: string | null = null;
    for (let i = 0; i < 4; i += 1) {
      const r = command(root, page);
      if (typeof r === 'string') error = r;
      else runs.push(r);
    }
    const name = page.startsWith(join(root, 'test', 'real-pages')) ? `${page.split('/').slice(-2, -1)[0]} (largest real page, ${(statSync(page).size / 1024).toFixed(0)} KiB)` : `${page.split('/').pop()} (fixture)`;
    if (runs.length === 0) out.push(`  make add ${name}: failed: ${error}`);
    else {
      const s = sorted(runs.slice(1).length ? runs.slice(1) : runs);
      out.push(`  make add ${name}, whole process: ${secs(s[0]!)} to ${secs(s[s.length - 1]!)} (first run ${secs(runs[0]!)}, builds the bundle when the code changed)`);
    }
  }
  for (const [what, list] of [
    ['fixtures', fixtures],
    ['real pages', real],
  ] as const) {
    if (list.length === 0) {
      out.push(`  addPage on the ${what}: none found${what === 'real pages' ? ' (copy them into test/real-pages/, see README)' : ''}`);
      continue;
    }
    const bytes = list.map((f) => readFileSync(f));
    for (const b of bytes) addPage(b, { label: 'warm-up', existing: [], taken: new Set() });
    const times = bytes.map((b) => {
      const t = performance.now();
      addPage(b, { label: 'bench', existing: [], taken: new Set() });
      return performance.now() - t;
    });
    out.push(`  addPage alone on ${list.length} ${what} (warm, one process): median ${secs(median(times))}, max ${secs(Math.max(...times))}`);
  }
  return out;
}
