import type { Paths } from './stages.ts';
export async function bench(_p: Paths, _o: { sizes?: string }): Promise<void> {}
