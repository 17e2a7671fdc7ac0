// Runs tasks across worker threads, one task per worker at a time, and hands the results on in task
// order, so the output does not depend on which worker finished first. On an error no new task
// starts, and the error of the earliest failing task is thrown.
import type { Worker } from "node:worker_threads";
import { fromTransferable, type TransferredError } from "./transfer-error.ts";

/** What a pool worker answers for each task it is sent. */
export interface PoolReply<R> {
  index: number;
  outcome?: R;
  error?: TransferredError;
}

export interface PoolOptions<T> {
  jobs: number;
  spawn: () => Worker;
  /** Names the input a failing task was working on (its file). */
  describe: (task: T) => string;
}

export async function runPool<T extends { index: number }, R>(
  tasks: readonly T[],
  options: PoolOptions<T>,
  onOutcome: (outcome: R) => void,
): Promise<void> {
  if (tasks.length === 0) return;
  const workers: Worker[] = [];
  const ready = new Map<number, R>();
  const failures = new Map<number, Error>();
  let next = 0;
  let emitted = 0;
  const flush = () => {
    for (; ready.has(emitted); emitted++) {
      const outcome = ready.get(emitted) as R;
      ready.delete(emitted);
      onOutcome(outcome);
    }
  };
  try {
    await new Promise<void>((resolve, reject) => {
      let running = 0;
      const feed = (worker: Worker) => {
        if (failures.size > 0 || next >= tasks.length) {
          if (running === 0) resolve();
          return;
        }
        running += 1;
        worker.postMessage(tasks[next++]);
      };
      const count = Math.max(1, Math.min(options.jobs, tasks.length));
      for (let i = 0; i < count; i++) {
        const worker = options.spawn();
        workers.push(worker);
        worker.on("message", (reply: PoolReply<R>) => {
          running -= 1;
          const task = tasks[reply.index];
          if (reply.error)
            failures.set(reply.index, fromTransferable(reply.error, options.describe(task)));
          else ready.set(reply.index, reply.outcome as R);
          // A failed task never becomes ready, so results stop at the earliest failure.
          try {
            flush();
          } catch (error) {
            failures.set(reply.index, error as Error);
          }
          feed(worker);
        });
        // A worker that dies (out of memory, a crash in native code) fails the run, never hangs it.
        worker.on("error", reject);
        worker.on("exit", (code) =>
          reject(new Error(`A worker thread stopped with exit code ${code}`)),
        );
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (failures.size > 0) throw failures.get(Math.min(...failures.keys()));
}
