/** The diagnostics a call throws, formatted as the CLI prints them; fails the test when it throws none. */
import { format, PipelineError } from '../pipeline/shared/errors.ts';

export function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof PipelineError) return error.diagnostics.map(format).join('\n');
    throw error;
  }
  throw new Error('expected a PipelineError');
}
