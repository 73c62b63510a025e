/**
 * The state a successful `build --goal G` leaves behind, and the no-op check the launcher makes
 * with it before it loads the bundle.
 *
 * A build that ends well writes `<out>/.stamps/goal-<G>.json`: the listing of every folder the
 * build graph discovered its inputs in (sources/, templates/, pipeline/, at every depth) and the
 * sha256 of every input and output of every stage the goal needs (as their stamps recorded them,
 * plan.ts), the stamps themselves included. The next `build --goal G` is a no-op when every
 * folder lists the same names and every file has the same hash: the launcher then says so and
 * exits without loading the pipeline. Anything else (a file added, removed, edited, restored
 * with an older time, a stamp deleted) leaves the decision to plan.ts, stage by stage.
 *
 * Plain JavaScript, with no package: the launcher imports it before anything else is loaded.
 * Types for the TypeScript side are in state.d.mts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { hashRegularFile } from '../shared/hash.mjs';

/** Bumped when the state's shape changes: a state of another version is never trusted. */
export const STATE_VERSION = 1;

/**
 * A folder's entries as the graph sees them: names not starting with a dot, a folder's with a
 * trailing `/`, sorted by code unit; null when the folder does not exist.
 */
export function listing(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return null;
  }
  return entries
    .filter((e) => !e.name.startsWith('.'))
    .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The sha256 of a regular file's bytes (hex); null when it is missing or not a regular file. */
export const hashFile = hashRegularFile;

/** Where the state of goal `goal` of the output folder `out` is kept. */
export function stateFile(out, goal) {
  return join(out, '.stamps', `goal-${goal}.json`);
}

const same = (a, b) => a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]));

/** Whether every folder and file of a state read back is as it recorded. */
export function stateHolds(state) {
  if (!state || state.version !== STATE_VERSION || typeof state.dirs !== 'object' || typeof state.files !== 'object') return false;
  for (const [dir, names] of Object.entries(state.dirs)) if (!same(listing(dir), names)) return false;
  for (const [file, hash] of Object.entries(state.files)) if (hashFile(file) !== hash) return false;
  return true;
}

/**
 * The no-op check: for a command line `[--quiet] build --goal G [--root R] [--out O] …`, the goal
 * when the state of the last build of G still holds; null otherwise (including any other
 * command line, or a state that cannot be read). `--root` and `--out` must match the ones the
 * state was made with.
 */
export function noOpGoal(argv) {
  // The first word that is no option nor an option's value (make puts CLIFLAGS, e.g. --quiet, before it).
  const first = argv.find((a, i) => !a.startsWith('-') && !['--root', '--out', '--sources', '--templates', '--goal'].includes(argv[i - 1] ?? ''));
  if (first !== 'build') return null;
  const value = (name) => {
    const i = argv.indexOf(name);
    if (i >= 0) return argv[i + 1];
    const eq = argv.find((a) => a.startsWith(`${name}=`));
    return eq === undefined ? undefined : eq.slice(name.length + 1);
  };
  const goal = value('--goal');
  if (typeof goal !== 'string' || !/^[a-z]+$/.test(goal)) return null;
  const base = value('--root') ?? '.';
  const root = stateRoot(base, value('--sources'), value('--templates'));
  const out = value('--out') ?? join(base, 'output');
  let state;
  try {
    state = JSON.parse(readFileSync(stateFile(out, goal), 'utf8'));
  } catch {
    return null;
  }
  if (state.root !== root || state.out !== out || state.goal !== goal) return null;
  return stateHolds(state) ? goal : null;
}

/**
 * The project a recorded state is for: the root, and the sources and templates folders when they
 * are given apart from it (--sources, --templates), so that a state never answers for another event.
 */
export function stateRoot(root, sources, templates) {
  return [root, sources ?? '', templates ?? ''].join('\0').replace(/\0+$/, '');
}

/** What a no-op build says (as Make would), unless quiet. */
export const nothingToDo = (goal) => `Nothing to be done for '${goal}'.`;
