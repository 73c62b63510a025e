/**
 * Reading an input file: every file the briefing is built from (articles, lexicon, policy,
 * template, layout, style, chart specs, theme) goes through `readInput`, which reads it only
 * when it is a regular file inside the project and within its size limit.
 *
 * - The checks come before the file is opened: a FIFO would block the read forever, a device
 *   (`/dev/zero`) would never end, and a link could bring a file from anywhere on the machine
 *   into the published HTML.
 * - A link is followed only when it ends inside the project (the real path of the project
 *   folder, so a project reached through a link still works).
 * - No message quotes the file's content: a file refused because of where it lies or what it
 *   is says so by name only.
 */
import { realpathSync, statSync, type Stats } from 'node:fs';
import { relative, sep } from 'node:path';
import { diagnostic, isSystemError, PipelineError, systemReason } from './errors.ts';
import { readRegularFile } from './hash.mjs';
import * as msg from './messages.ts';

export type InputKind = 'article' | 'lexicon' | 'policy' | 'template' | 'layout' | 'style' | 'chart' | 'theme' | 'baseline' | 'other';

const KiB = 1024;
const MiB = 1024 * KiB;
/** The largest file of each kind the build reads. An article is limited again, with its own message, by ingest. */
export const INPUT_LIMITS: Readonly<Record<InputKind, number>> = {
  article: 4 * MiB,
  lexicon: 1 * MiB,
  policy: 256 * KiB,
  template: 1 * MiB,
  layout: 256 * KiB,
  style: 1 * MiB,
  chart: 256 * KiB,
  theme: 256 * KiB,
  baseline: 256 * MiB,
  other: 64 * MiB,
};

const roots = new Map<string, string>();
function realRoot(root: string): string {
  let real = roots.get(root);
  if (real === undefined) {
    real = realpathSync(root);
    roots.set(root, real);
  }
  return real;
}

/** What a file system entry is, in words, when it is not a regular file. */
function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return msg.KIND_FOLDER;
  if (stat.isFIFO()) return msg.KIND_FIFO;
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return msg.KIND_DEVICE;
  if (stat.isSocket()) return msg.KIND_SOCKET;
  return msg.KIND_OTHER;
}

/**
 * Checks that `file` (an absolute path) is a regular file inside `root` and at most the limit
 * of its kind; returns its size. `shown` is the path diagnostics name (relative to the root).
 */
export function checkInput(root: string, file: string, kind: InputKind, shown = relative(root, file).split(sep).join('/')): number {
  const place = { file: shown };
  let real: string;
  try {
    real = realpathSync(file);
  } catch (error) {
    // Missing (or a link to nothing) or unreadable: named as the person knows it (relative to
    // the project), with the cause.
    if (isSystemError(error) && error.code === 'ENOENT') throw new PipelineError(diagnostic(place, 'missing-input', msg.INPUT_MISSING(shown), msg.INPUT_MISSING_HINT(shown)));
    throw new PipelineError(diagnostic(place, 'read-failed', msg.READ_FAILED(shown, systemReason(error)), msg.READ_FAILED_HINT));
  }
  const inside = relative(realRoot(root), real);
  if (inside === '' || inside.startsWith('..') || inside.split(sep)[0] === '..' || /^[a-zA-Z]:/.test(inside) || inside.startsWith(sep)) {
    throw new PipelineError(diagnostic(place, 'input-outside', msg.INPUT_OUTSIDE(shown), msg.INPUT_OUTSIDE_HINT));
  }
  // One stat, of the file the path resolves to (a link was followed above).
  const stat = statSync(real);
  if (!stat.isFile()) throw new PipelineError(diagnostic(place, 'input-not-file', msg.INPUT_NOT_FILE(shown, kindOf(stat)), msg.INPUT_NOT_FILE_HINT));
  const limit = INPUT_LIMITS[kind];
  if (stat.size > limit) throw new PipelineError(diagnostic(place, 'input-too-large', msg.INPUT_TOO_LARGE(shown, msg.SIZE_BYTES(stat.size), sizeWords(limit)), msg.INPUT_TOO_LARGE_HINT));
  return stat.size;
}

/** The bytes of an input file, after `checkInput`. Reads at most the limit, even if the file grew meanwhile. */
export function readInputBytes(root: string, file: string, kind: InputKind, shown?: string): Buffer {
  checkInput(root, file, kind, shown);
  const limit = INPUT_LIMITS[kind];
  const pieces: Buffer[] = [];
  let total = 0;
  // Opened without blocking and checked again (hash.mjs): should the path have been swapped for
  // a FIFO since the check, opening it does not hang.
  const regular = readRegularFile(
    file,
    (piece) => {
      total += piece.length;
      if (total > limit) {
        throw new PipelineError(diagnostic({ file: shown ?? file }, 'input-too-large', msg.INPUT_TOO_LARGE(shown ?? file, `more than ${sizeWords(limit)}`, sizeWords(limit)), msg.INPUT_TOO_LARGE_HINT));
      }
      pieces.push(Buffer.from(piece));
    },
    64 * KiB,
  );
  if (!regular) throw new PipelineError(diagnostic({ file: shown ?? file }, 'input-not-file', msg.INPUT_NOT_FILE(shown ?? file, 'not a file'), msg.INPUT_NOT_FILE_HINT));
  return Buffer.concat(pieces, total);
}

/** The text of an input file (UTF-8), after `checkInput`. */
export function readInput(root: string, file: string, kind: InputKind, shown?: string): string {
  return readInputBytes(root, file, kind, shown).toString('utf8');
}

/** Characters a source file name may have: letters, digits, dot, dash and underscore. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Refuses a file name with characters outside the safe set (spaces, `$`, quotes, `<`, line
 * breaks, non-ASCII): such a name is never passed on, and the message says how to rename it.
 */
export function checkFileName(dir: string, name: string): void {
  if (SAFE_NAME.test(name)) return;
  const shown = JSON.stringify(name).slice(1, -1);
  const suggestion = name.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-._]+/, '').replace(/-+/g, '-') || 'article.md';
  throw new PipelineError(diagnostic({ file: `${dir}/${shown}` }, 'bad-file-name', msg.BAD_FILE_NAME(shown), msg.BAD_FILE_NAME_HINT(suggestion)));
}

function sizeWords(bytes: number): string {
  if (bytes >= MiB && bytes % MiB === 0) return msg.SIZE_MIB(bytes / MiB);
  if (bytes >= KiB && bytes % KiB === 0) return msg.SIZE_KIB(bytes / KiB);
  return msg.SIZE_BYTES(bytes);
}

/**
 * The most figures one article may state. A news article states tens (the seeds: 4 to 24); an
 * article with thousands is a results table or a data dump, whose every figure the briefing
 * would cite and quote (59,000 gave a 44 MB HTML file that Chromium never finished printing).
 * Refused at extract, with the count, before the later stages spend minutes on it.
 */
export const MAX_CLAIMS_PER_SOURCE = 2000;

export function checkClaimCount(file: string, count: number): void {
  if (count <= MAX_CLAIMS_PER_SOURCE) return;
  throw new PipelineError(diagnostic({ file }, 'too-many-figures', msg.TOO_MANY_FIGURES(count, MAX_CLAIMS_PER_SOURCE), msg.TOO_MANY_FIGURES_HINT));
}
