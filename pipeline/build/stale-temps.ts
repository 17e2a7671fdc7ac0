// Edge module: a build killed between writing a temp file and renaming it leaves `.<name>.<pid>.<n>.tmp`
// behind (see io/atomic-write.ts). Once the lock is held, the temps of processes that are gone are
// removed, so a killed build leaves no litter after the next one.
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { isAlive } from "../io/lock.ts";

const TEMP = /^\..+\.(\d+)\.\d+\.tmp$/;

export async function removeStaleTemps(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((name) => {
    const pid = Number(TEMP.exec(name)?.[1] ?? 0);
    return pid > 0 && pid !== process.pid && !isAlive(pid);
  });
  await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
  return stale;
}
