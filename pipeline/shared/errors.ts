/**
 * Diagnostics a person can act on: where (`file:line:column`), what is wrong, what to do.
 * The texts themselves live in `messages.ts`; this module only carries and formats them.
 */
import type { Diagnostic } from './schema.ts';
import * as msg from './messages.ts';

export type { Diagnostic };

export interface Place {
  file: string;
  line?: number | null;
  column?: number | null;
}

export function diagnostic(
  place: Place,
  ruleId: string,
  message: string,
  hint: string | null = null,
  severity: Diagnostic['severity'] = 'error',
): Diagnostic {
  return {
    file: place.file,
    line: place.line ?? null,
    column: place.column ?? null,
    severity,
    ruleId,
    message,
    hint,
  };
}

/** An error that stops the build; the CLI prints `format(diag)` and exits non-zero. */
export class PipelineError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic | Diagnostic[]) {
    const list = Array.isArray(diagnostics) ? diagnostics : [diagnostics];
    super(list.map(format).join('\n'));
    this.name = 'PipelineError';
    this.diagnostics = list;
  }
}

export function fail(place: Place, ruleId: string, message: string, hint: string | null = null): never {
  throw new PipelineError(diagnostic(place, ruleId, message, hint));
}

/**
 * Control characters shown as `\u{1b}`: a message may quote an article or a file name, and
 * an escape sequence in it must not reach the terminal (it could rewrite what is shown); nor
 * may a writing-direction control (U+202E in a file name would turn the rest of the line around).
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** `file:line:column: error: message [ruleId]` and, on the next line, what to do. */
export function format(d: Diagnostic): string {
  let where = printable(d.file);
  if (d.line != null) where += `:${d.line}`;
  if (d.line != null && d.column != null) where += `:${d.column}`;
  const head = `${where}: ${d.severity}: ${printable(d.message)} [${printable(d.ruleId)}]`;
  return d.hint ? `${head}\n  ${printable(d.hint)}` : head;
}

/** 1-based line and column of `offset` in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * `lineColumn` for many offsets into one text: the line starts are found once, each lookup is
 * a binary search (an article of many lines stays linear to ingest).
 */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** A Node.js system error (`ENOSPC`, `EACCES`, …), as thrown by `node:fs`. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

/** The reason of a system error in words: "the disk is full (ENOSPC)". */
export function systemReason(error: unknown): string {
  if (!isSystemError(error)) return error instanceof Error ? error.message : String(error);
  const words = msg.SYSTEM_REASON[error.code];
  return words ? `${words} (${error.code})` : error.message;
}

/**
 * Turns what a stage or command threw into diagnostics a person can act on: a PipelineError
 * as it is, a file-system error (disk full, permission denied, missing file) as one line that
 * names the file and the cause; anything else is a bug and stays as it is (`null`).
 */
export function asPipelineError(error: unknown): PipelineError | null {
  if (error instanceof PipelineError) return error;
  if (isSystemError(error) && msg.SYSTEM_REASON[error.code]) {
    const path = error.path ?? (error as { dest?: string }).dest ?? '(unknown file)';
    // A failed `open` is taken for a read: writes go through io.ts, which names them itself.
    const write = ['ENOSPC', 'EDQUOT', 'EROFS'].includes(error.code) || /^(write|rename|mkdir|copyfile|unlink|rm|symlink)/.test(error.syscall ?? '');
    return new PipelineError(
      write
        ? diagnostic({ file: path }, 'write-failed', msg.WRITE_FAILED(path, systemReason(error)), msg.WRITE_FAILED_HINT)
        : diagnostic({ file: path }, 'read-failed', msg.READ_FAILED(path, systemReason(error)), msg.READ_FAILED_HINT),
    );
  }
  return null;
}
