/** Types of bundles.mjs (plain JavaScript, since the launcher loads it before any TypeScript). */
export function bundlesToRemove(others: readonly { name: string; usedMs: number }[], now: number, keep: number, inUseMs: number): string[];
