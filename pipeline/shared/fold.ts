/**
 * Folding of text that compares names and phrases, code unit for code unit (offsets in the folded
 * text are those of the text), in one place for every stage:
 *
 * - `fold`: letters with accents are read as their base letter, every dash as a hyphen
 *   ("Progresívne Slovensko" finds "Progresivne Slovensko", "Unity – National" finds
 *   "Unity - National"). The extract stage matches names with it.
 * - `foldTypography`: `fold`, and curly quotes as straight ones and narrow or no-break spaces as
 *   spaces (an annotation's anchor typed on a keyboard finds the article's typography).
 * - `normalizeName` (shared/lexicon.ts) compares two names with `fold` and case folded, so the
 *   lexicon's check for an alias given to two entities sees what matching sees.
 *
 * Pure and linear in the text.
 */

const DASHES = /[‐‑‒–—―−]/;
/** Letters that carry their mark in the letter itself (no decomposition): their base letter. */
const BASE: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H' };
const folded = new Map<string, string>();

function foldChar(ch: string): string {
  let f = folded.get(ch);
  if (f !== undefined) return f;
  if (DASHES.test(ch)) f = '-';
  else if (BASE[ch]) f = BASE[ch]!;
  else {
    const d = ch.normalize('NFD');
    // One base letter and marks only: the base (a single code unit, as the letter was).
    f = d.length > 1 && /^[\p{L}][\p{M}]+$/u.test(d) && d.charCodeAt(0) < 0xd800 ? d[0]! : ch;
  }
  if (folded.size < 4096) folded.set(ch, f);
  return f;
}

/** One code unit above ASCII (no `u` flag: a surrogate pair is two). */
const NON_ASCII = /[^\x00-\x7f]/g;

/** `text` with accented letters as their base letter and dashes as hyphens, code unit for code unit. */
export function fold(text: string): string {
  // Most sentences are plain ASCII: nothing to do.
  if (!/[^\x00-\x7f]/.test(text)) return text;
  return text.replace(NON_ASCII, foldChar);
}

/** `fold`, with curly quotes and backticks as straight quotes and narrow or no-break spaces as spaces; same length. */
export function foldTypography(text: string): string {
  return fold(text).replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/[\u00a0\u2009\u202f]/g, ' ');
}
