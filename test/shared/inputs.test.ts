import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorOf } from '../diagnostics.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { format } from '../../pipeline/shared/errors.ts';
import { checkClaimCount, checkFileName, INPUT_LIMITS, MAX_CLAIMS_PER_SOURCE, readInput } from '../../pipeline/shared/inputs.ts';

const base = realpathSync(mkdtempSync(join(tmpdir(), 'inputs-')));
const root = join(base, 'project');
const outside = join(base, 'outside.txt');
mkdirSync(join(root, 'sources'), { recursive: true });
writeFileSync(outside, 'root:x:0:0:secret-content\n');
writeFileSync(join(root, 'sources', 'a.md'), 'text');
afterAll(() => rmSync(base, { recursive: true, force: true }));


describe('readInput', () => {
  it('reads a regular file inside the project, also through a link that stays inside', () => {
    expect(readInput(root, join(root, 'sources', 'a.md'), 'article')).toBe('text');
    symlinkSync('a.md', join(root, 'sources', 'inner.md'));
    expect(readInput(root, join(root, 'sources', 'inner.md'), 'article')).toBe('text');
  });

  it('refuses a link to a file outside the project, without quoting it', () => {
    symlinkSync(outside, join(root, 'sources', 'passwd.md'));
    const text = errorOf(() => readInput(root, join(root, 'sources', 'passwd.md'), 'article'));
    expect(text).toBe(
      "sources/passwd.md: error: sources/passwd.md is a link to a file outside the project, which the build does not read [input-outside]\n" +
        "  Copy the file into the project instead of linking to it: the briefing is built from the project's own files only.",
    );
    expect(text).not.toContain('secret');
  });

  it('refuses /dev/zero behind a link, and a device, before reading a byte', () => {
    symlinkSync('/dev/zero', join(root, 'sources', 'zero.md'));
    expect(errorOf(() => readInput(root, join(root, 'sources', 'zero.md'), 'article'))).toMatch(/\[input-outside\]/);
    // The project itself may lie anywhere: a device reached inside it is refused for what it is.
    expect(errorOf(() => readInput('/dev', '/dev/zero', 'article', 'dev/zero'))).toMatch(/^dev\/zero: error: dev\/zero is a device, not a regular file \[input-not-file\]/);
  });

  it('refuses a FIFO without opening it (a read would block forever)', () => {
    execFileSync('mkfifo', [join(root, 'sources', 'pipe.md')]);
    expect(errorOf(() => readInput(root, join(root, 'sources', 'pipe.md'), 'article'))).toBe(
      'sources/pipe.md: error: sources/pipe.md is a named pipe (FIFO), not a regular file [input-not-file]\n' +
        '  Replace it with an ordinary file, or move it out of the folder: the build reads regular files only (a pipe or a device could block it or never end).',
    );
  });

  it('refuses a folder that has a file name', () => {
    mkdirSync(join(root, 'sources', 'x.md'));
    expect(errorOf(() => readInput(root, join(root, 'sources', 'x.md'), 'article'))).toMatch(/^sources\/x\.md: error: sources\/x\.md is a folder, not a regular file/);
  });

  it('refuses a file over the limit of its kind before reading it', () => {
    writeFileSync(join(root, 'sources', 'policy.yaml'), Buffer.alloc(INPUT_LIMITS.policy + 1, 0x20));
    expect(errorOf(() => readInput(root, join(root, 'sources', 'policy.yaml'), 'policy'))).toBe(
      'sources/policy.yaml: error: sources/policy.yaml is 262,145 bytes, more than the 256 KiB the build reads for a file of its kind [input-too-large]\n' +
        '  Split it, or remove what the briefing does not need (see README, "Inputs are data, and have limits").',
    );
    writeFileSync(join(root, 'sources', 'policy.yaml'), Buffer.alloc(INPUT_LIMITS.policy, 0x20));
    expect(readInput(root, join(root, 'sources', 'policy.yaml'), 'policy')).toHaveLength(INPUT_LIMITS.policy);
  });
});

describe('checkFileName', () => {
  it('accepts letters, digits, dots, dashes and underscores', () => {
    expect(() => checkFileName('sources', 'reuters-2024_07.05.md')).not.toThrow();
  });

  it.each([
    ['$(shell id>PWNED).md', 'shell-id-PWNED-.md'],
    ['with space.md', 'with-space.md'],
    ['a<b.md', 'a-b.md'],
    ['new\nline.md', 'new-line.md'],
    ['-rf.md', 'rf.md'],
    ['Ölwahl.md', 'Olwahl.md'],
  ])('refuses %j and suggests a name', (name, suggestion) => {
    const text = errorOf(() => checkFileName('sources', name));
    expect(text).toContain(`[bad-file-name]\n  Rename it with letters, digits, dots, dashes and underscores only, e.g. "${suggestion}".`);
    expect(text).not.toContain('\nline');
  });
});

describe('checkClaimCount', () => {
  it('lets an article state up to the limit, and refuses more with the count', () => {
    expect(() => checkClaimCount('sources/a.md', MAX_CLAIMS_PER_SOURCE)).not.toThrow();
    expect(errorOf(() => checkClaimCount('sources/a.md', 100_000))).toBe(
      'sources/a.md: error: the article states 100,000 figures; one article may state at most 2,000 [too-many-figures]\n' +
        '  Check that the file holds one news article, not a results table or a data dump; split a long one into its articles (the briefing cites and quotes every figure).',
    );
  });
});
