/** Types of hash.mjs (plain JavaScript, so the launcher can load it before the bundle). */
export declare function hashRegularFile(path: string): string | null;
