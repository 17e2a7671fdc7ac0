// Two builds into one output folder: the lock lets one write and tells the other why it stopped.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { acquireLock } from "../../pipeline/io/lock.ts";
import { tempDir } from "./helpers.ts";
import { spawnBuild } from "./spawn-build.ts";

async function outputs(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    if (!name.startsWith(".")) files[name] = await readFile(join(dir, name), "utf8");
  }
  return files;
}

describe("two builds at once", () => {
  it("refuses the second while the first holds the lock, naming the lock and the owner", async () => {
    const out = await tempDir("lock-out");
    const lock = await acquireLock(join(out, ".build.lock"));
    try {
      const second = await spawnBuild("data/raw", out).done;
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`pid ${process.pid}`);
      expect(second.stderr).toContain(join(out, ".build.lock"));
      expect(second.stderr.trim().split("\n")).toHaveLength(1);
      expect(await outputs(out)).toEqual({});
    } finally {
      await lock.release();
    }
  });

  it("started together, never corrupt each other: each finishes or stops on the lock", async () => {
    const reference = await tempDir("lock-ref");
    expect((await spawnBuild("data/raw", reference).done).code).toBe(0);
    const expected = await outputs(reference);
    for (let round = 0; round < 3; round++) {
      const out = await tempDir("lock-both");
      const runs = await Promise.all([
        spawnBuild("data/raw", out).done,
        spawnBuild("data/raw", out).done,
      ]);
      for (const run of runs) {
        if (run.code !== 0) {
          expect(run.code).toBe(1);
          expect(run.stderr).toMatch(/Another build \(pid \d+\) is writing the outputs/);
        }
      }
      expect(runs.some((r) => r.code === 0)).toBe(true);
      expect(await outputs(out)).toEqual(expected);
    }
  }, 120_000);
});
