/**
 * A worker thread of `pool.ts`: computes one slice of a stage's per-source work (ingest one
 * article, extract one source's claims), batch by batch, and posts each batch's results back in
 * order. It parses the lexicon itself from its text, so the main thread sends text, not objects. Started with
 * `briefingBench` in its data, it is a thread of the extraction benchmark instead (bench.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseLexicon, type Lexicon } from '../shared/lexicon.ts';
import { outcome, taskFunction, type Outcome, type PoolJob } from './pool.ts';

// A slice comes in batches (pool.ts), each with the lexicon's text: parsed once, for the first.
let parsed: { file: string; text: string; lexicon: Lexicon } | null = null;

async function run(job: PoolJob): Promise<Outcome<unknown>[]> {
  if (!parsed || parsed.file !== job.lexicon.file || parsed.text !== job.lexicon.text) {
    parsed = { ...job.lexicon, lexicon: parseLexicon(job.lexicon.file, job.lexicon.text) };
  }
  const { lexicon } = parsed;
  const compute = await taskFunction(job.task);
  return job.items.map((item) => outcome(() => compute(item, lexicon)));
}

const data = workerData as { briefingPool?: boolean; briefingBench?: boolean } | null;
if (parentPort && data?.briefingBench) {
  const { extractWorker } = await import('./bench.ts');
  await extractWorker(workerData as Parameters<typeof extractWorker>[0]);
} else if (parentPort && data?.briefingPool) {
  const port = parentPort;
  // Batches run one after another, in the order they came (the pool ends the thread).
  let queue = Promise.resolve();
  port.on('message', (job: PoolJob) => {
    queue = queue.then(() =>
      run(job).then(
        (results) => port.postMessage({ results }),
        (error: unknown) => port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      ),
    );
  });
}
