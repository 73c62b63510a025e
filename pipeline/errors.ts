/**
 * Diagnostics a person can act on: where (`file:line:column`), what is wrong, what to do.
 * The texts themselves live in `messages.ts`; this module only carries and formats them.
 */
import type { Diagnostic } from './schema.ts';

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

/** `file:line:column: error: message [ruleId]` and, on the next line, what to do. */
export function format(d: Diagnostic): string {
  let where = d.file;
  if (d.line != null) where += `:${d.line}`;
  if (d.line != null && d.column != null) where += `:${d.column}`;
  const head = `${where}: ${d.severity}: ${d.message} [${d.ruleId}]`;
  return d.hint ? `${head}\n  ${d.hint}` : head;
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
