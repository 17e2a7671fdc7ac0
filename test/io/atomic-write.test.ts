import { mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic, writeFileIfChanged } from "../../pipeline/io/atomic-write.ts";

describe("writeFileAtomic(path, content)", () => {
  it("replaces the file and leaves no temporary file behind", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tc-atomic-"));
    const path = join(dir, "sub", "t.csv");
    await writeFileAtomic(path, "old\n");
    await writeFileAtomic(path, "new\n");
    expect(await readFile(path, "utf8")).toBe("new\n");
    expect(await readdir(join(dir, "sub"))).toEqual(["t.csv"]);
  });
});

describe("writeFileIfChanged(path, content)", () => {
  it("keeps an identical file untouched, so make sees nothing new", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tc-atomic-"));
    const path = join(dir, "t.csv");
    await writeFile(path, "same\n");
    const before = (await stat(path)).mtimeMs;
    expect(await writeFileIfChanged(path, "same\n")).toBe(false);
    expect((await stat(path)).mtimeMs).toBe(before);
    expect(await writeFileIfChanged(path, "other\n")).toBe(true);
    expect(await readFile(path, "utf8")).toBe("other\n");
  });
});
