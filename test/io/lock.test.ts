import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PipelineError } from "../../pipeline/errors.ts";
import { acquireLock } from "../../pipeline/io/lock.ts";

describe("acquireLock(path)", () => {
  it("refuses a second build while the first holds the lock, then frees it", async () => {
    const path = join(await mkdtemp(join(tmpdir(), "tc-lock-")), ".build.lock");
    const first = await acquireLock(path);
    // A live process other than this one owns the lock: pid 1 always exists.
    await writeFile(path, "1");
    const second = await acquireLock(path).catch((e: unknown) => e);
    expect((second as PipelineError).code).toBe("BUILD_LOCKED");
    await first.release();
    const third = await acquireLock(path);
    await third.release();
  });

  it("takes over a lock left by a process that no longer exists", async () => {
    const path = join(await mkdtemp(join(tmpdir(), "tc-lock-")), ".build.lock");
    await writeFile(path, "999999999");
    const lock = await acquireLock(path);
    await lock.release();
  });
});
