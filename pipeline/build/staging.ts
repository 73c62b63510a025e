/**
 * A build's outputs are replaced together, or none of them is.
 *
 * `build --goal G` runs its stages in a staging folder, `<out>/.staging-<pid>/`, that starts as a
 * copy of the output folder made of hard links (no byte is copied): the HTML, the PDF, the data
 * files, the manifest and the stamps. A stage writes through a temporary file and a rename
 * (io.ts), so a file it rewrites gets a new inode there and the output folder's file is never
 * touched. Only when every stage of the goal has run does `commit` move the files that changed
 * into the output folder (a rename each, data files first, the stamps and the manifest last);
 * a failure anywhere (a bad chart spec, a print that failed or timed out) discards the staging
 * folder, and the previous HTML, data files, PDF and manifest stay as they were, consistent
 * with each other.
 *
 * The per-source cache (`.cache/`) and the published folder (`publish/`) are not staged: they
 * are linked into the staging folder (the cache is keyed by content, so a failed build's new
 * entries are only a head start; `publish/` is read, never written, by a build). A staging
 * folder a killed build left behind is removed by the next build.
 */
import { existsSync, linkSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { LOCK_FILE, alive } from '../shared/io.ts';

/** Entries of the output folder that are shared with the staging folder by a link, not staged. */
const SHARED = ['.cache', 'publish'];
const PREFIX = '.staging-';

export interface Staging {
  /** The staging folder. */
  dir: string;
  /** The staged path of a path in the output folder (others unchanged). */
  map(path: string): string;
  /** The output folder's path of a staged path (others unchanged): what messages show. */
  unmap(path: string): string;
  /** Moves every file the stages wrote into the output folder, and removes what they removed. */
  commit(): string[];
  /** Removes the staging folder (after a commit, or instead of one). */
  discard(): void;
}

/** Every regular file below `dir`, relative to it, not entering links; `skip` names top-level entries left out. */
function files(dir: string, skip: (name: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const path = sub === '' ? entry.name : join(sub, entry.name);
      if (sub === '' && skip(entry.name)) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) found.push(path);
    }
  };
  if (existsSync(dir)) walk('');
  return found;
}

/** What is never staged: the shared folders, locks, staging folders and temporary files. */
const notStaged = (name: string) => SHARED.includes(name) || name === LOCK_FILE || name.startsWith('.make.lock') || name.startsWith(PREFIX) || name.includes('.tmp-');

/** The order of the commit: data files and the briefing first, the stamps, then the manifest last. */
function rank(path: string): number {
  if (path === 'manifest.json') return 3;
  if (path.startsWith(`.stamps${sep}`)) return 2;
  if (path.startsWith(`data${sep}`)) return 0;
  return 1;
}

/** Starts a staging folder for the output folder `out` (which the caller holds: io.ts lockOutput). */
export function stageOutputs(out: string): Staging {
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(out)) {
    if (name.startsWith(PREFIX) && !alive(Number(name.slice(PREFIX.length)))) rmSync(join(out, name), { recursive: true, force: true });
  }
  const dir = join(out, `${PREFIX}${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const before = files(out, notStaged);
  for (const f of before) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    linkSync(join(out, f), join(dir, f));
  }
  for (const name of SHARED) {
    if (name === '.cache') mkdirSync(join(out, name), { recursive: true });
    if (existsSync(join(out, name))) symlinkSync(join('..', name), join(dir, name));
  }
  const inside = (base: string, path: string) => {
    const r = relative(base, path);
    return r !== '' && !r.startsWith('..') && !r.startsWith(sep) ? r : null;
  };
  return {
    dir,
    map(path) {
      const r = inside(out, path);
      return r === null || inside(dir, path) !== null ? path : join(dir, r);
    },
    unmap(path) {
      const r = inside(dir, path);
      return r === null ? path : join(out, r);
    },
    commit() {
      const now = files(dir, (name) => SHARED.includes(name));
      const changed = now.filter((f) => {
        const real = lstatSync(join(out, f), { throwIfNoEntry: false });
        const staged = lstatSync(join(dir, f));
        return !real || real.ino !== staged.ino || real.dev !== staged.dev;
      });
      changed.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
      for (const f of changed) {
        mkdirSync(dirname(join(out, f)), { recursive: true });
        renameSync(join(dir, f), join(out, f));
      }
      const kept = new Set(now);
      const removed = before.filter((f) => !kept.has(f));
      for (const f of removed) rmSync(join(out, f), { force: true });
      return [...changed, ...removed];
    },
    discard() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
