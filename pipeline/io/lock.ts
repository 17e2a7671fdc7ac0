// Edge module: one build at a time per output folder. The lock file holds the owner's pid, so a
// lock left by a killed build is recognised as stale and taken over.
import { mkdir, open, readFile, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { PipelineError } from "../errors.ts";

export interface Lock {
  release(): Promise<void>;
}

export async function acquireLock(path: string): Promise<Lock> {
  await mkdir(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number((await readFile(path, "utf8").catch(() => "")).trim());
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new PipelineError(
          "BUILD_LOCKED",
          `Another build (pid ${owner}) is writing the outputs`,
          { file: path },
          "Wait for it to finish; remove the lock file only if that process is gone",
        );
      }
      await rm(path, { force: true });
    }
  }
  throw new PipelineError("BUILD_LOCKED", "Could not take the build lock", { file: path });
}

/** Whether a process with this pid exists (EPERM: it exists but belongs to someone else). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
