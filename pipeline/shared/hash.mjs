/**
 * Reading a file safely, and its sha256 for the build's content-hash decisions: io.ts `fileHash`
 * (once per build), inputs.ts `readInputBytes` (every input the briefing is built from) and the
 * launcher's no-op check (build/state.mjs), which loads it before anything else. Plain
 * JavaScript, with no package; types in hash.d.mts.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Reads a regular file in pieces, giving each to `each` (a view of a buffer that the next piece
 * reuses: copy what you keep); returns whether it was a regular file (when not, nothing is
 * read). Opened without blocking and checked after opening, so a FIFO or a device put in a
 * file's place is never read and never blocks. Throws what opening or reading throws (ENOENT,
 * EACCES), and what `each` throws (a limit).
 */
export function readRegularFile(path, each, pieceSize = 1 << 20) {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!fstatSync(fd).isFile()) return false;
    const buffer = Buffer.allocUnsafe(pieceSize);
    for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) each(buffer.subarray(0, n));
    return true;
  } finally {
    closeSync(fd);
  }
}

/**
 * The sha256 (hex) of a regular file, read in pieces (a large file is never held whole); null
 * when it is missing, unreadable or not a regular file.
 */
export function hashRegularFile(path) {
  const hash = createHash('sha256');
  try {
    return readRegularFile(path, (piece) => hash.update(piece)) ? hash.digest('hex') : null;
  } catch {
    return null;
  }
}
