/** Types of state.mjs (plain JavaScript, so the launcher can load it before the bundle). */
export declare const STATE_VERSION: number;

export interface BuildState {
  version: number;
  goal: string;
  /** `--root` (with `--sources` and `--templates` when given: state.mjs `stateRoot`) and `--out` as the build was given them. */
  root: string;
  out: string;
  /** Folder → its entries (state.mjs `listing`), or null when it did not exist. */
  dirs: Record<string, string[] | null>;
  /** File → sha256 of its bytes, or null when it was missing (an optional input). */
  files: Record<string, string | null>;
}

export declare function listing(dir: string): string[] | null;
export declare function hashFile(path: string): string | null;
export declare function stateFile(out: string, goal: string): string;
export declare function stateHolds(state: BuildState | null | undefined): boolean;
export declare function noOpGoal(argv: string[]): string | null;
export declare function nothingToDo(goal: string): string;
export declare function stateRoot(root: string, sources: string | undefined, templates: string | undefined): string;
