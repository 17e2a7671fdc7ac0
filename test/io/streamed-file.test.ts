import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { StreamedFile } from "../../pipeline/io/streamed-file.ts";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("StreamedFile", () => {
  it("writes the pieces in order, with their size and hash, and leaves no temporary file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tc-stream-"));
    const path = join(dir, "t.csv");
    const file = await StreamedFile.open(path);
    // More than one flush: pieces of mixed scripts across the batch size.
    const pieces = Array.from(
      { length: 3000 },
      (_, i) => `${i},Соглашение ${"x".repeat(i % 700)}\n`,
    );
    for (const piece of pieces) file.append(piece);
    const text = pieces.join("");
    expect(await file.commit()).toEqual({
      bytes: Buffer.byteLength(text),
      sha256: sha256(text),
      changed: true,
    });
    expect(await readFile(path, "utf8")).toBe(text);
    expect(await readdir(dir)).toEqual(["t.csv"]);
  });

  it("keeps an unchanged file untouched, so make sees nothing new", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tc-stream-"));
    const path = join(dir, "t.csv");
    await writeFile(path, "a\nb\n");
    const before = (await stat(path)).mtimeMs;
    const same = await StreamedFile.open(path);
    same.append("a\n");
    same.append("b\n");
    expect((await same.commit()).changed).toBe(false);
    expect((await stat(path)).mtimeMs).toBe(before);
    expect(await readdir(dir)).toEqual(["t.csv"]);
  });

  it("leaves the old file as it was when aborted", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tc-stream-"));
    const path = join(dir, "t.csv");
    await writeFile(path, "old\n");
    const file = await StreamedFile.open(path);
    file.append("new, half written");
    await file.abort();
    expect(await readFile(path, "utf8")).toBe("old\n");
    expect(await readdir(dir)).toEqual(["t.csv"]);
  });
});
