import { describe, expect, it } from "vitest";
import { spawnWorker } from "../../pipeline/build/spawn-worker.ts";
import { runPool } from "../../pipeline/build/worker-pool.ts";
import { PipelineError } from "../../pipeline/errors.ts";

const ENTRY = new URL("./fixtures/echo-worker.ts", import.meta.url);

interface Task {
  index: number;
  value: number;
  delay: number;
  fail?: boolean;
  crash?: boolean;
}

function pool(tasks: Task[], jobs = 2) {
  const seen: number[] = [];
  const done = runPool<Task, { value: number }>(
    tasks,
    { jobs, spawn: () => spawnWorker(ENTRY, null), describe: (t) => `task ${t.value}` },
    (outcome) => seen.push(outcome.value),
  );
  return { seen, done };
}

describe("runPool(tasks, options, onOutcome)", () => {
  it("hands results on in task order although later tasks finish first", async () => {
    const tasks = [40, 5, 30, 1, 1, 20, 0, 3].map((delay, index) => ({
      index,
      value: index,
      delay,
    }));
    const { seen, done } = pool(tasks);
    await done;
    expect(seen).toEqual([0, 2, 4, 6, 8, 10, 12, 14]);
  });

  it("throws the earliest failing task's PipelineError with its code and location", async () => {
    const tasks: Task[] = [
      { index: 0, value: 0, delay: 30 },
      { index: 1, value: 1, delay: 20, fail: true },
      { index: 2, value: 2, delay: 0, fail: true },
      { index: 3, value: 3, delay: 0 },
    ];
    const { seen, done } = pool(tasks);
    const error = await done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PipelineError);
    expect((error as PipelineError).code).toBe("INGEST_BINARY");
    expect((error as PipelineError).location).toEqual({ file: "f1", offset: 1 });
    // Results before the failure were handed on; none after it.
    expect(seen).toEqual([0]);
  });

  it("fails, rather than hangs, when a worker thread dies", async () => {
    const tasks: Task[] = [
      { index: 0, value: 0, delay: 0 },
      { index: 1, value: 1, delay: 0, crash: true },
      { index: 2, value: 2, delay: 0 },
    ];
    await expect(pool(tasks).done).rejects.toThrow(/exit code 3/);
  });

  it("does nothing for no tasks", async () => {
    const { seen, done } = pool([]);
    await done;
    expect(seen).toEqual([]);
  });
});
