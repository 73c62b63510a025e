import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorOf } from '../diagnostics.ts';
import { describe, expect, it } from 'vitest';
import { format } from '../../pipeline/shared/errors.ts';
import { ingestSource } from '../../pipeline/ingest/index.ts';
import { parseLexicon } from '../../pipeline/shared/lexicon.ts';
import { parsePolicy } from '../../pipeline/reconcile/policy.ts';

/** A "billion laughs" document: nine levels of nine aliases each. */
function aliasBomb(key: string): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  lines.push(`${key}: *i`);
  return `${lines.join('\n')}\n`;
}


const HINT = '  Write the values out instead of repeating them through aliases (&name … *name).';

describe('YAML alias bombs are refused with a message, never an internal error', () => {
  it('in the lexicon', () => {
    expect(errorOf(() => parseLexicon('sources/lexicon.yaml', aliasBomb('entities')))).toBe(
      'sources/lexicon.yaml:1:1: error: the lexicon is not valid: its aliases (*name) expand more than 100 times, which could make the file grow without end [bad-lexicon]\n' + HINT,
    );
  });

  it('in the policy', () => {
    expect(errorOf(() => parsePolicy('sources/policy.yaml', aliasBomb('rules')))).toMatch(/^sources\/policy\.yaml:1:1: error: .*expand more than 100 times.*\[bad-policy\]/);
  });

  it("in an article's front matter", () => {
    const lexicon = parseLexicon('test/fixtures/ingest/lexicon.yaml', readFileSync(join(import.meta.dirname, '..', 'fixtures', 'ingest', 'lexicon.yaml'), 'utf8'));
    const text = `---\n${aliasBomb('notes')}id: x\n---\nText.\n`;
    expect(errorOf(() => ingestSource({ file: 'sources/x.md', text }, lexicon))).toMatch(/^sources\/x\.md:2:1: error: the front matter is not valid YAML: its aliases \(\*name\) expand more than 100 times/);
  });
});
