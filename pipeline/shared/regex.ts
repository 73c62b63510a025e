/** `s` with every character a regular expression gives a meaning escaped, to match it as written. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
