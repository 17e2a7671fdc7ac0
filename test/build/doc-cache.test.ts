import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DocumentOutcome } from "../../pipeline/build/compact.ts";
import { cacheKey, pruneCache, readCached, writeCached } from "../../pipeline/build/doc-cache.ts";

const parts = { buildKey: "b", id: "doc", path: "data/raw/doc.txt", encoding: "", sha256: "00" };
const outcome = {
  raw: { id: "doc" },
  result: { claims: [] },
  empty: false,
} as unknown as DocumentOutcome;

describe("cacheKey(parts)", () => {
  it("changes with every part, so any change to bytes, code or reading misses", () => {
    const base = cacheKey(parts);
    for (const field of Object.keys(parts) as Array<keyof typeof parts>) {
      expect(cacheKey({ ...parts, [field]: `${parts[field]}x` })).not.toBe(base);
    }
    expect(cacheKey({ ...parts })).toBe(base);
  });
});

describe("readCached(dir, key) / writeCached", () => {
  it("returns what was written, and null for a missing or corrupt entry", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tc-cache-"));
    const key = cacheKey(parts);
    expect(await readCached(dir, key)).toBeNull();
    await writeCached(dir, key, outcome);
    expect(await readCached(dir, key)).toEqual(outcome);
    await writeFile(join(dir, `${key}.json`), '{"key": "');
    expect(await readCached(dir, key)).toBeNull();
  });
});

describe("pruneCache(dir, keep)", () => {
  it("removes the entries this build did not use and nothing else", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tc-cache-"));
    await writeCached(dir, "a", outcome);
    await writeCached(dir, "b", outcome);
    await writeFile(join(dir, "notes.txt"), "");
    expect(await pruneCache(dir, new Set(["a"]))).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(["a.json", "notes.txt"]);
  });
});
