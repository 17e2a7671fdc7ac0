// Every document's extraction, in document order: inline for a small corpus (starting a worker costs
// more than extracting a few short texts), across worker threads otherwise.
import { availableParallelism } from "node:os";
import type { ReviewRow } from "../claims/index.ts";
import { type DocumentTask, runTask, type TaskContext, type TaskOutcome } from "./extract-task.ts";
import type { WorkerInit } from "./extract-worker.ts";
import { spawnWorker } from "./spawn-worker.ts";
import { runPool } from "./worker-pool.ts";

const WORKER_ENTRY = new URL(
  import.meta.url.endsWith(".ts") ? "./extract-worker.ts" : "./extract-worker.js",
  import.meta.url,
);

/** Below this many bytes of documents the build extracts in its own thread: starting a worker costs about a second. */
export const INLINE_BELOW_BYTES = 512 * 1024;

export interface ExtractAllOptions {
  /** Worker threads; 1 extracts inline. Defaults to one per core, inline below INLINE_BELOW_BYTES. */
  jobs?: number;
  /** Total size of the documents in bytes, for the default. */
  bytes: number;
  context: TaskContext;
  taxonomyText: string;
  taxonomyPath: string;
  review: ReviewRow[];
}

export function defaultJobs(documents: number, bytes: number): number {
  if (documents < 2 || bytes < INLINE_BELOW_BYTES) return 1;
  return Math.max(1, Math.min(documents, availableParallelism()));
}

export async function extractAll(
  tasks: readonly DocumentTask[],
  options: ExtractAllOptions,
  onOutcome: (outcome: TaskOutcome) => void,
): Promise<void> {
  const jobs = options.jobs ?? defaultJobs(tasks.length, options.bytes);
  if (jobs <= 1) {
    for (const task of tasks) onOutcome(await runTask(task, options.context));
    return;
  }
  const init: WorkerInit = {
    taxonomyText: options.taxonomyText,
    taxonomyPath: options.taxonomyPath,
    cacheDir: options.context.cacheDir,
    buildKey: options.context.buildKey,
    review: options.review,
  };
  const spawn = () => spawnWorker(WORKER_ENTRY, init);
  await runPool(tasks, { jobs, spawn, describe: (task) => task.path }, onOutcome);
}
