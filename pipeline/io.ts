/**
 * File effects at the edge. Stages are pure functions; the CLI reads inputs and writes
 * outputs through these helpers. Every write goes to a temporary file in the same folder,
 * is flushed to disk and renamed into place, so a reader never sees a half-written artifact:
 * a full disk, a refused write or a build killed halfway leaves the previous file as it was
 * (and says so). `writeIfChanged` leaves a file (and its timestamp) alone when the bytes are
 * the same, so Make stops there. `lockOutput` keeps two builds from writing into one folder.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { PipelineError, diagnostic, isSystemError, systemReason } from './errors.ts';
import * as msg from './messages.ts';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Whether a process with this id is running (a lock or temporary file of a dead one is stale). */
function alive(pid: number): boolean {
  // 0 and negative numbers name process groups, not a process.
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isSystemError(error) && error.code === 'EPERM';
  }
}

const TMP = (path: string, pid: number) => join(dirname(path), `.${basename(path)}.tmp-${pid}`);

/** Removes temporary files that builds killed halfway left beside `path`. */
function removeStale(path: string): void {
  const prefix = `.${basename(path)}.tmp-`;
  for (const name of readdirSync(dirname(path))) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) rmSync(join(dirname(path), name), { force: true });
  }
}

/**
 * Writes `data` to `path` through a temporary file and a rename; on any failure the temporary
 * file is removed, `path` keeps its previous content, and a PipelineError names the file and
 * the cause (disk full, permission denied, …).
 */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  const tmp = TMP(path, process.pid);
  try {
    mkdirSync(dirname(path), { recursive: true });
    removeStale(path);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const fd = openSync(tmp, 'w');
    try {
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    if (error instanceof PipelineError) throw error;
    throw new PipelineError(diagnostic({ file: path }, 'write-failed', msg.WRITE_FAILED(path, systemReason(error)), msg.WRITE_FAILED_HINT));
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
  } catch (error) {
    if (isSystemError(error) && error.code !== 'ENOENT') {
      throw new PipelineError(diagnostic({ file: path }, 'read-failed', msg.READ_FAILED(path, systemReason(error)), msg.READ_FAILED_HINT));
    }
    throw new PipelineError(diagnostic({ file: path }, 'missing-input', msg.MISSING_INPUT(path), msg.MISSING_INPUT_HINT));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PipelineError(diagnostic({ file: path }, 'bad-artifact', msg.ARTIFACT_NOT_JSON((error as Error).message), msg.BAD_ARTIFACT_HINT));
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown';
    throw new PipelineError(diagnostic({ file: path }, 'bad-artifact', msg.BAD_ARTIFACT(where), msg.BAD_ARTIFACT_HINT));
  }
  return parsed.data;
}

/** The lock file of an output folder: it holds the id of the process that builds into it. */
export const LOCK_FILE = '.build.lock';

/**
 * Takes the output folder for this process, or refuses with a PipelineError naming the
 * process that holds it. A lock left by a process that no longer runs (killed, crashed) is
 * taken over. Returns the function that gives the lock back (idempotent; also done on exit).
 */
export function lockOutput(out: string): () => void {
  const lock = join(out, LOCK_FILE);
  mkdirSync(out, { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if (!isSystemError(error) || error.code !== 'EEXIST') {
        throw new PipelineError(diagnostic({ file: lock }, 'write-failed', msg.WRITE_FAILED(lock, systemReason(error)), msg.WRITE_FAILED_HINT));
      }
      let holder = NaN;
      try {
        holder = Number.parseInt(readFileSync(lock, 'utf8'), 10);
      } catch {
        // Removed between our attempt and this read: try again.
      }
      if (Number.isInteger(holder) && holder !== process.pid && alive(holder) && attempt < 3) {
        throw new PipelineError(diagnostic({ file: lock }, 'build-locked', msg.BUILD_LOCKED(holder), msg.BUILD_LOCKED_HINT(lock)));
      }
      if (attempt >= 3) {
        throw new PipelineError(diagnostic({ file: lock }, 'build-locked', msg.BUILD_LOCKED(holder), msg.BUILD_LOCKED_HINT(lock)));
      }
      // Stale (its process is gone), our own, or half-written: replace it.
      rmSync(lock, { force: true });
    }
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    try {
      if (Number.parseInt(readFileSync(lock, 'utf8'), 10) === process.pid) rmSync(lock, { force: true });
    } catch {
      // Already gone.
    }
  };
  process.on('exit', release);
  return release;
}

/** Runs `job` holding the output folder (see `lockOutput`), and gives it back however the job ends. */
export async function withOutputLock<T>(out: string, job: () => Promise<T>): Promise<T> {
  const release = lockOutput(out);
  try {
    return await job();
  } finally {
    release();
  }
}
