/**
 * Generated corpora for the benchmark: `n` articles made from the real sources, the same for
 * the same inputs (no clock, no randomness).
 *
 * Article k is source `k mod m` of the m seed sources (sorted by file name), copy
 * `floor(k / m)`. Copy 0 is the source itself, byte for byte, so the first m articles of any
 * generated corpus are the real corpus; a later copy changes only the front matter's `id`
 * (`<id>-c<copy>`, so ids stay unique) and its file name (`<name>-c<copy>.md`). The article
 * text is kept verbatim: throughput measured on a generated corpus is throughput on real
 * articles, and every copy has a different content hash, so no cache keyed by the text can
 * make a copy free.
 */
import { parseDocument } from 'yaml';
import { PipelineError, diagnostic } from '../shared/errors.ts';
import type { SourceFile } from '../ingest/index.ts';
import * as msg from '../shared/messages.ts';

const byFile = (a: SourceFile, b: SourceFile) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** The front matter (between the first two `---` lines) and what follows it. */
function splitFrontMatter(seed: SourceFile): { yaml: string; body: string } {
  const m = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(\r?\n|$)/.exec(seed.text);
  if (!m) throw new PipelineError(diagnostic({ file: seed.file, line: 1, column: 1 }, 'corpusgen-seed', msg.CORPUSGEN_NO_FRONT_MATTER, msg.CORPUSGEN_SEED_HINT));
  return { yaml: m[1] ?? '', body: seed.text.slice(m[0].length) };
}

/** One copy of a seed: copy 0 is the seed itself; copy c > 0 gets the id `<id>-c<c>`. */
export function copyArticle(seed: SourceFile, copy: number, width = 1): SourceFile {
  if (copy === 0) return seed;
  const { yaml, body } = splitFrontMatter(seed);
  const doc = parseDocument(yaml);
  const id = doc.get('id');
  if (doc.errors.length > 0 || typeof id !== 'string') {
    throw new PipelineError(diagnostic({ file: seed.file, line: 2, column: 1 }, 'corpusgen-seed', msg.CORPUSGEN_NO_ID, msg.CORPUSGEN_SEED_HINT));
  }
  const tag = `c${String(copy).padStart(width, '0')}`;
  doc.set('id', `${id}-${tag}`);
  const file = seed.file.endsWith('.md') ? `${seed.file.slice(0, -3)}-${tag}.md` : `${seed.file}-${tag}`;
  return { file, text: `---\n${doc.toString({ lineWidth: 0 })}---\n${body}` };
}

/** `n` articles generated from `seeds` (see the module comment), sorted by file name. */
export function generateCorpus(seeds: SourceFile[], n: number): SourceFile[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`corpus size must be a whole number, not ${n}`);
  if (seeds.length === 0) {
    throw new PipelineError(diagnostic({ file: 'sources' }, 'corpusgen-seed', msg.NO_SOURCES('sources'), msg.NO_SOURCES_HINT));
  }
  const sorted = [...seeds].sort(byFile);
  const width = String(Math.max(0, Math.ceil(n / sorted.length) - 1)).length;
  const out: SourceFile[] = [];
  for (let k = 0; k < n; k += 1) out.push(copyArticle(sorted[k % sorted.length]!, Math.floor(k / sorted.length), width));
  return out.sort(byFile);
}

/** Total size in bytes of UTF-8, as throughput is counted. */
export function corpusBytes(files: SourceFile[]): number {
  return files.reduce((n, f) => n + Buffer.byteLength(f.text, 'utf8'), 0);
}
