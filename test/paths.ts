/**
 * Where the tests find things: the repository (code, Makefile, README, workflow) and the
 * fixtures. No test reads the project's own sources/, templates/ or output/: the pipeline's
 * tests build the fixture project `test/fixtures/projects/seeds/` (a copy of the articles and
 * templates the briefing was first made from), in a temporary copy when they write.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The repository: pipeline/, the Makefile, README.md, .github/. */
export const repo = join(import.meta.dirname, '..');
/** test/fixtures/ */
export const fixtures = join(import.meta.dirname, 'fixtures');
/** The fixture project: sources/ (five articles, lexicon.yaml, policy.yaml) and templates/. */
export const seeds = join(fixtures, 'projects', 'seeds');

/** A fresh temporary copy of the fixture project (its sources/ and templates/), to build and edit in. */
export function copySeeds(prefix = 'briefing-seeds-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(seeds, 'sources'), join(dir, 'sources'), { recursive: true });
  cpSync(join(seeds, 'templates'), join(dir, 'templates'), { recursive: true });
  return dir;
}
