/**
 * The sha256 of a regular file, for the build's content-hash decisions: io.ts `fileHash` (once
 * per build) and the launcher's no-op check (build/state.mjs), which loads it before anything
 * else. Plain JavaScript, with no package; types in hash.d.mts.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * The sha256 (hex) of a regular file, read in pieces (a large file is never held whole); null
 * when it is missing, unreadable or not a regular file. Opened without blocking and checked
 * after opening, so a FIFO or a device put in a file's place is not read.
 */
export function hashRegularFile(path) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  try {
    if (!fstatSync(fd).isFile()) return null;
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) hash.update(buffer.subarray(0, n));
    return hash.digest('hex');
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}
