import type { Paths } from './stages.ts';
export async function preview(_p: Paths, _o: { port?: number }): Promise<void> {}
