/**
 * Saved pages in the markup of common publishing systems (test/fixtures/add/pages/, written for
 * these tests) → the exact source file `make add` writes (test/fixtures/add/expected/<page>.md),
 * or the exact message (expected/<page>.txt). UPDATE=1 rewrites the expected files; read the
 * diff before committing it.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addPage } from '../../pipeline/add/index.ts';
import { format } from '../../pipeline/shared/errors.ts';
import { ingestSource } from '../../pipeline/ingest/index.ts';
import { parseLexicon } from '../../pipeline/shared/lexicon.ts';
import { fixtures } from '../paths.ts';

const dir = join(fixtures, 'add');
const pages = readdirSync(join(dir, 'pages')).filter((f) => f.endsWith('.html')).sort();

describe('a saved page becomes a source file', () => {
  it('has fixtures for every publishing system the issue names', () => {
    expect(pages).toEqual(['amp.html', 'arc.html', 'jsonld-only.html', 'paywall.html', 'singlefile.html', 'wordpress.html']);
  });
  for (const page of pages) {
    it(page, () => {
      const label = `test/fixtures/add/pages/${page}`;
      const result = addPage(readFileSync(join(dir, 'pages', page)), { label, existing: [], taken: new Set() });
      const got = result.text ?? `${result.diagnostics.map(format).join('\n')}\n`;
      const expected = join(dir, 'expected', page.replace(/\.html$/, result.text ? '.md' : '.txt'));
      if (process.env.UPDATE === '1' || !existsSync(expected)) writeFileSync(expected, got);
      expect(got).toBe(readFileSync(expected, 'utf8'));
    });
  }
  it('writes files that ingest reads without an error or a warning', () => {
    const lexiconFile = join(dir, 'project', 'sources', 'lexicon.yaml');
    const lexicon = parseLexicon(lexiconFile, readFileSync(lexiconFile, 'utf8'));
    const written = readdirSync(join(dir, 'expected')).filter((f) => f.endsWith('.md'));
    expect(written.length).toBe(5);
    for (const f of written) {
      const source = ingestSource({ file: `sources/${f}`, text: readFileSync(join(dir, 'expected', f), 'utf8') }, lexicon);
      expect(source.warnings, f).toEqual([]);
      expect(source.sentences.length, f).toBeGreaterThan(2);
    }
  });
});
