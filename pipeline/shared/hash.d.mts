/** Types of hash.mjs (plain JavaScript, so the launcher can load it before the bundle). */
export declare function readRegularFile(path: string, each: (piece: Buffer) => void, pieceSize?: number): boolean;
export declare function hashRegularFile(path: string): string | null;
