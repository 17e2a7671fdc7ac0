import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { namesOf, paragraphsOf, variation } from "../../bench/corpus/mutate.ts";
import { seededRng } from "../../bench/corpus/rng.ts";
import type { ProgressState } from "../../pipeline/build/index.ts";
import { extractDocument, parseReview } from "../../pipeline/claims/index.ts";
import { parseManifest, readDocument } from "../../pipeline/ingest/index.ts";
import { runBuild } from "../../pipeline/run.ts";
import { buildTables, type DocumentEntry } from "../../pipeline/tables/index.ts";
import { taxonomy } from "../claims/helpers.ts";

/** data/raw plus `extra` generated documents. */
async function corpus(extra: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "tc-run-raw-"));
  await cp("data/raw", dir, { recursive: true });
  const names = (await readdir("data/raw")).filter((n) => n.endsWith(".txt"));
  const texts = await Promise.all(names.map((n) => readFile(join("data/raw", n), "utf8")));
  const rng = seededRng(11);
  const rows: string[] = [];
  for (let i = 0; i < extra; i++) {
    await writeFile(
      join(dir, `gen-${i}.txt`),
      variation(texts.map(paragraphsOf), namesOf(texts), 8000, rng),
    );
    rows.push(`gen-${i},Generated ${i},,Test,2000,,,`);
  }
  const manifest = await readFile(join(dir, "sources.csv"), "utf8");
  await writeFile(join(dir, "sources.csv"), `${manifest.trimEnd()}\n${rows.join("\n")}\n`);
  return dir;
}

async function files(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    if (!name.startsWith(".")) out[name] = await readFile(join(dir, name), "utf8");
  }
  return out;
}

const quiet = () => {};

describe("runBuild(options)", () => {
  it("writes the same tables inline and across worker threads, cached or not", async () => {
    const raw = await corpus(10);
    const inline = await mkdtemp(join(tmpdir(), "tc-run-a-"));
    const pooled = await mkdtemp(join(tmpdir(), "tc-run-b-"));
    const a = await runBuild({ rawDir: raw, outDir: inline, jobs: 1, cacheDir: null, log: quiet });
    const b = await runBuild({ rawDir: raw, outDir: pooled, jobs: 2, log: quiet });
    expect(a.documents).toBe(12);
    expect(b.claims).toBe(a.claims);
    expect(await files(pooled)).toEqual(await files(inline));
    const again = await runBuild({ rawDir: raw, outDir: pooled, jobs: 2, log: quiet });
    expect(again.cached).toBe(12);
    expect(again.written).toEqual([]);
    expect(await files(pooled)).toEqual(await files(inline));
  }, 120_000);

  it("reruns only the changed document's extraction", async () => {
    const raw = await corpus(10);
    const out = await mkdtemp(join(tmpdir(), "tc-run-c-"));
    await runBuild({ rawDir: raw, outDir: out, jobs: 2, log: quiet });
    const path = join(raw, "gen-3.txt");
    await writeFile(
      path,
      `${await readFile(path, "utf8")}\nIn 1999 exports reached 77 million tons.\n`,
    );
    const summary = await runBuild({ rawDir: raw, outDir: out, jobs: 2, log: quiet });
    expect(summary.cached).toBe(11);
    const fresh = await mkdtemp(join(tmpdir(), "tc-run-d-"));
    await runBuild({ rawDir: raw, outDir: fresh, jobs: 1, cacheDir: null, log: quiet });
    expect(await files(out)).toEqual(await files(fresh));
    // The cache keeps one entry per current document.
    expect((await readdir(join(out, ".cache"))).filter((n) => n.endsWith(".json"))).toHaveLength(
      12,
    );
  }, 120_000);

  it("reports progress once per document, in order, up to the total bytes", async () => {
    const raw = await corpus(3);
    const states: ProgressState[] = [];
    await runBuild({
      rawDir: raw,
      outDir: await mkdtemp(join(tmpdir(), "tc-run-e-")),
      log: quiet,
      onProgress: (s) => states.push(s),
    });
    expect(states.map((s) => s.done)).toEqual([1, 2, 3, 4, 5]);
    const last = states[states.length - 1];
    expect(last.bytesDone).toBe(last.bytesTotal);
    expect(last.total).toBe(5);
  }, 60_000);

  it("streams, in document id order, exactly the tables buildTables makes in memory", async () => {
    const raw = await corpus(4);
    // File-name order and id order differ: "gen-1-b.txt" < "gen-1.txt", but "gen-1" < "gen-1-b".
    await cp(join(raw, "gen-2.txt"), join(raw, "gen-1-b.txt"));
    const manifest = await readFile(join(raw, "sources.csv"), "utf8");
    await writeFile(join(raw, "sources.csv"), `${manifest}gen-1-b,Copy,,Test,2001,,,\n`);
    const out = await mkdtemp(join(tmpdir(), "tc-run-e-"));
    const reviewText = "id,action\n";
    await runBuild({ rawDir: raw, outDir: out, jobs: 2, cacheDir: null, log: quiet });
    const rows = parseManifest(`${manifest}gen-1-b,Copy,,Test,2001,,,\n`, "sources.csv");
    const documents: DocumentEntry[] = [];
    for (const row of [...rows].reverse()) {
      const doc = await readDocument(join(raw, `${row.id}.txt`));
      const result = extractDocument(doc, taxonomy);
      documents.push({ row, sha256: doc.sha256, characters: doc.text.length, result });
    }
    const memory = buildTables({ documents, review: parseReview(reviewText, "review.csv") });
    expect(await files(out)).toEqual(
      Object.fromEntries(memory.files.map((f) => [f.name, f.content]).sort()),
    );
    const ids = (await files(out))["documents.csv"]
      .split("\n")
      .slice(1, -1)
      .map((line) => line.split(",")[0]);
    expect(ids.indexOf("gen-1")).toBe(ids.indexOf("gen-1-b") - 1);
  }, 120_000);
});
