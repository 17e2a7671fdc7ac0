import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { removeStaleTemps } from "../../pipeline/build/stale-temps.ts";

describe("removeStaleTemps(dir)", () => {
  it("removes temps of processes that are gone, keeps live writers' temps and real outputs", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tc-temps-"));
    const dead = ".claims.csv.999999999.3.tmp";
    const live = `.claims.csv.${process.ppid}.1.tmp`;
    for (const name of [dead, live, "claims.csv", "notes.tmp"])
      await writeFile(join(dir, name), "x");
    expect(await removeStaleTemps(dir)).toEqual([dead]);
    expect((await readdir(dir)).sort()).toEqual([live, "claims.csv", "notes.tmp"].sort());
  });

  it("accepts a folder that does not exist yet", async () => {
    expect(await removeStaleTemps(join(tmpdir(), "tc-no-such-folder-xyz"))).toEqual([]);
  });
});
