/**
 * File effects at the edge. Stages are pure functions; the CLI reads inputs and writes
 * outputs through these helpers. Every write goes to a temporary file in the same folder and
 * is renamed into place, so a reader never sees a half-written artifact; `writeIfChanged`
 * leaves a file (and its timestamp) alone when the bytes are the same, so Make stops there.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { PipelineError, diagnostic } from './errors.ts';
import * as msg from './messages.ts';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function writeAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** Writes only when the bytes differ; returns whether it wrote. */
export function writeIfChanged(path: string, data: string | Uint8Array): boolean {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  if (existsSync(path) && readFileSync(path).equals(bytes)) return false;
  writeAtomic(path, bytes);
  return true;
}

/** Stable JSON: two-space indent, trailing newline (object key order is the code's). */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function readJson<T>(path: string, schema: z.ZodType<T>): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new PipelineError(diagnostic({ file: path }, 'missing-input', msg.MISSING_INPUT(path), msg.MISSING_INPUT_HINT));
  }
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown';
    throw new PipelineError(diagnostic({ file: path }, 'bad-artifact', msg.BAD_ARTIFACT(where), msg.BAD_ARTIFACT_HINT));
  }
  return parsed.data;
}
