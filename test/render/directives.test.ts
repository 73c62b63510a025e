/**
 * The directive table (pipeline/render/directives/index.ts): one file a directive, each
 * registered once, with its usage and description; adding a file without registering it fails.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIRECTIVES, directiveNames } from '../../pipeline/render/directives/index.ts';

const dir = join(import.meta.dirname, '..', '..', 'pipeline', 'render', 'directives');

describe('the directive table', () => {
  it('registers every file of directives/ once, under the file name', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, '')).sort();
    expect(DIRECTIVES.map((d) => d.name).sort()).toEqual(files);
  });

  it('gives each directive a usage written as the template writes it, and a description', () => {
    for (const d of DIRECTIVES) {
      expect(d.usage.startsWith(`${d.kind === 'text' ? ':' : '::'}${d.name}`), d.name).toBe(true);
      expect(d.description.length, d.name).toBeGreaterThan(5);
    }
  });

  it('lists the names in the order the error hints give them', () => {
    expect(directiveNames('text')).toEqual(['fig', 'name', 'count', 'election']);
    expect(directiveNames('leaf')).toEqual(['chart', 'keyfigures', 'legend', 'figures', 'disagreements', 'checks', 'methods', 'sources', 'changes']);
  });
});
