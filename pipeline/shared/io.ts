/**
 * File effects at the edge. Stages are pure functions; the CLI reads inputs and writes
 * outputs through these helpers. Every write goes to a temporary file in the same folder,
 * is flushed to disk and renamed into place, so a reader never sees a half-written artifact:
 * a full disk, a refused write or a build killed halfway leaves the previous file as it was
 * (and says so). `writeIfChanged` leaves a file alone when the bytes are the same, so the
 * build's chain stops there. `fileHash` hashes a file once per build (plan.ts stamps, the
 * changes stage, the manifest). `lockOutput` keeps two builds from writing into one folder.
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
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { hashRegularFile } from './hash.mjs';
import type { z } from 'zod';
import { PipelineError, diagnostic, isSystemError, systemReason } from './errors.ts';
import * as msg from './messages.ts';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

// The files a build reads and writes are hashed once per build (the stamps, the changes stage's
// list of inputs and the manifest need the same hashes): kept by absolute path while a build
// runs (`hashOncePerBuild`), and dropped for a file this process writes. Outside a build (a
// long-running preview) every call reads the file.
const hashes = new Map<string, string | null>();
let keepHashes = false;

/** Keeps each file's hash from now until it is written or `hashOncePerBuild(false)` (a build ends). */
export function hashOncePerBuild(on: boolean): void {
  hashes.clear();
  keepHashes = on;
}

/** The sha256 of a regular file's bytes, or null when it is missing or no regular file. */
export function fileHash(path: string): string | null {
  const key = resolve(path);
  const known = hashes.get(key);
  if (known !== undefined) return known;
  // Missing or unreadable: null, and the stage that reads it says why.
  const hash = hashRegularFile(key);
  if (keepHashes) hashes.set(key, hash);
  return hash;
}

/** Forgets the hash of a file (it was written). */
export function forgetHash(path: string): void {
  hashes.delete(resolve(path));
}

/** Whether a process with this id is running (a lock or temporary file of a dead one is stale). */
export function alive(pid: number): boolean {
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
 * The one way an output is written: `fill` writes the bytes to a temporary file beside `path`
 * (through `write`) and says whether to keep them; kept bytes are flushed to disk and renamed
 * into place, others dropped. On any failure the temporary file is removed, `path` keeps its
 * previous content, and a PipelineError names the file and the cause (disk full, permission
 * denied, …). Returns whether `path` was replaced.
 */
function writeThrough(path: string, fill: (write: (bytes: Uint8Array) => void) => boolean): boolean {
  const tmp = TMP(path, process.pid);
  try {
    mkdirSync(dirname(path), { recursive: true });
    removeStale(path);
    const fd = openSync(tmp, 'w');
    let keep: boolean;
    try {
      keep = fill((bytes) => {
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      });
      if (keep) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (keep) {
      renameSync(tmp, path);
      forgetHash(path);
    } else rmSync(tmp, { force: true });
    return keep;
  } catch (error) {
    rmSync(tmp, { force: true });
    if (error instanceof PipelineError) throw error;
    throw new PipelineError(diagnostic({ file: path }, 'write-failed', msg.WRITE_FAILED(path, systemReason(error)), msg.WRITE_FAILED_HINT));
  }
}

/** Writes `data` to `path` through a temporary file and a rename (see `writeThrough`). */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  writeThrough(path, (write) => {
    write(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    return true;
  });
}

/**
 * Writes a cache entry: through a temporary file and a rename, so a reader never sees half of
 * one, but without writeAtomic's fsync and scan for stale temporary files (10,000 entries would
 * cost minutes). A torn entry fails its schema when read and is computed again.
 */
export function writeCacheEntry(path: string, data: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
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

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/**
 * `toJson(value)` in pieces, so that a large artifact (the corpus of 10,000 articles is hundreds
 * of megabytes) is written without ever holding its whole text: the outer `depth` levels of
 * arrays and objects are walked here, everything below is one JSON.stringify per element,
 * indented to its place. The pieces joined are exactly `toJson(value)` (a property test says so).
 */
export function* jsonPieces(value: unknown, depth = 2, pad = ''): Generator<string> {
  const inner = `${pad}  `;
  if (depth > 0 && Array.isArray(value) && value.length > 0) {
    yield '[\n';
    for (let i = 0; i < value.length; i += 1) {
      yield inner;
      if (skipped(value[i])) yield 'null';
      else yield* jsonPieces(value[i], depth - 1, inner);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    yield `${pad}]`;
    return;
  }
  if (depth > 0 && isPlainObject(value)) {
    const keys = Object.keys(value).filter((k) => !skipped(value[k]));
    if (keys.length > 0) {
      yield '{\n';
      for (let i = 0; i < keys.length; i += 1) {
        yield `${inner}${JSON.stringify(keys[i])}: `;
        yield* jsonPieces(value[keys[i]!], depth - 1, inner);
        yield i < keys.length - 1 ? ',\n' : '\n';
      }
      yield `${pad}}`;
      return;
    }
  }
  const text = JSON.stringify(value, null, 2) ?? 'null';
  // A JSON text holds no raw line break inside a string: every line break is indentation.
  yield pad === '' ? text : text.replaceAll('\n', `\n${pad}`);
}

// ── artifacts kept in memory ───────────────────────────────────────────────────────────────────
// A build runs its stages in one process (plan.ts): the corpus ingest writes is read by extract,
// reconcile, changes, charts and render. What `writeJson` wrote is kept, frozen, with the file's
// identity (inode, size, time); `readJson` gives it back while the file is still that one, instead
// of parsing and validating hundreds of megabytes again. Frozen, because the stages share it: a
// stage that changed its input would throw instead of changing what the next one reads.

interface Kept {
  value: unknown;
  id: string;
}
const kept = new Map<string, Kept>();

function fileId(path: string): string | null {
  const st = statSync(path, { bigint: true, throwIfNoEntry: false });
  return st ? `${st.ino}:${st.size}:${st.mtimeNs}` : null;
}

/** Freezes `value` and everything it holds: shared between stages, it can no longer be changed by one of them. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Writes the text `pieces` join to (UTF-8) only when its bytes differ from the file's, without
 * building the whole text (a megabyte at a time goes to the temporary file, hashed on the way);
 * returns whether it wrote.
 */
export function writePieces(path: string, pieces: Iterable<string>): boolean {
  return writeThrough(path, (write) => {
    const hash = createHash('sha256');
    let size = 0;
    let batch = '';
    const flush = () => {
      const bytes = Buffer.from(batch, 'utf8');
      hash.update(bytes);
      size += bytes.length;
      write(bytes);
      batch = '';
    };
    for (const piece of pieces) {
      batch += piece;
      if (batch.length >= 1 << 20) flush();
    }
    flush();
    return !(existsSync(path) && statSync(path).size === size && sameHash(path, hash.digest('hex')));
  });
}

/**
 * Writes `value` as JSON (`toJson`'s bytes) only when the bytes differ from the file's, without
 * building the whole text (`writePieces`); returns whether it wrote. Keeps the value for
 * `readJson` (frozen: the caller must not change it afterwards).
 */
export function writeJson(path: string, value: unknown): boolean {
  const wrote = writePieces(path, (function* () {
    yield* jsonPieces(value);
    yield '\n';
  })());
  const id = fileId(path);
  if (id) kept.set(path, { value: deepFreeze(value), id });
  return wrote;
}

function sameHash(path: string, digest: string): boolean {
  return hashRegularFile(path) === digest;
}

/**
 * An artifact, parsed and checked against its schema; the value `writeJson` kept in this process
 * when the file is still the one it wrote (then shared and frozen: do not change it).
 */
export function readJson<T>(path: string, schema: z.ZodType<T>): T {
  const known = kept.get(path);
  if (known && known.id === fileId(path)) return known.value as T;
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
