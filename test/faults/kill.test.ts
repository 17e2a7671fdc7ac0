// A build killed with SIGKILL at any moment leaves every output either as it was or as the finished
// build writes it, never partial; the next build recovers (stale lock and temps) and finishes.
import { readFileSync } from "node:fs";
import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { namesOf, paragraphsOf, variation } from "../../bench/corpus/mutate.ts";
import { seededRng } from "../../bench/corpus/rng.ts";
import { tempDir } from "./helpers.ts";
import { spawnBuild } from "./spawn-build.ts";

const TRIALS = 20;

/** data/raw plus generated variations of it, so the build runs long enough to be caught mid-way. */
async function rawCorpus(seed: number): Promise<string> {
  const dir = await tempDir("kill-raw");
  await cp("data/raw", dir, { recursive: true });
  const texts = await Promise.all(
    (await readdir("data/raw"))
      .filter((n) => n.endsWith(".txt"))
      .map((n) => readFile(join("data/raw", n), "utf8")),
  );
  const rng = seededRng(seed);
  const rows: string[] = [];
  for (let i = 0; i < 10; i++) {
    await writeFile(
      join(dir, `gen-${i}.txt`),
      variation(texts.map(paragraphsOf), namesOf(texts), 3000, rng),
    );
    rows.push(`gen-${i},Generated ${i},,Test,2000,,,`);
  }
  const manifest = await readFile(join(dir, "sources.csv"), "utf8");
  await writeFile(join(dir, "sources.csv"), `${manifest.trimEnd()}\n${rows.join("\n")}\n`);
  return dir;
}

async function outputs(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of await readdir(dir)) {
    if (!name.startsWith(".")) files.set(name, await readFile(join(dir, name), "utf8"));
  }
  return files;
}

describe("a build killed with SIGKILL", () => {
  it(`leaves old-or-new outputs at ${TRIALS} random moments, and the next build recovers`, async () => {
    const rawOld = await rawCorpus(1);
    const rawNew = await rawCorpus(2);
    // Reference outputs, built to completion by the same command.
    const oldOut = await tempDir("kill-old");
    const newOut = await tempDir("kill-new");
    expect((await spawnBuild(rawOld, oldOut).done).code).toBe(0);
    const started = performance.now();
    expect((await spawnBuild(rawNew, newOut).done).code).toBe(0);
    const full = performance.now() - started;
    const oldFiles = await outputs(oldOut);
    const newFiles = await outputs(newOut);
    expect([...newFiles.values()]).not.toEqual([...oldFiles.values()]);

    const rng = seededRng(7);
    let killedMidway = 0;
    let last = "";
    for (let trial = 0; trial < TRIALS; trial++) {
      const out = await tempDir("kill-out");
      await cp(oldOut, out, { recursive: true });
      // Half the moments anywhere in the run, half in its last third, where the writes happen.
      const share = trial % 2 === 0 ? rng() : 0.67 + rng() * 0.4;
      // Odd trials extract across worker threads, even ones inline.
      const { child, done } = spawnBuild(rawNew, out, ["--jobs", String(1 + (trial % 2))]);
      const timer = setTimeout(() => child.kill("SIGKILL"), share * full);
      const result = await done;
      clearTimeout(timer);
      if (result.signal === "SIGKILL") killedMidway += 1;
      for (const [name, content] of await outputs(out)) {
        const isOld = oldFiles.get(name) === content;
        const isNew = newFiles.get(name) === content;
        expect(isOld || isNew, `${name} after a kill at ${Math.round(share * full)} ms`).toBe(true);
      }
      for (const name of (await readdir(join(out, ".cache")).catch(() => [] as string[])).filter(
        (n) => n.endsWith(".json"),
      )) {
        expect(() => JSON.parse(readFileSync(join(out, ".cache", name), "utf8"))).not.toThrow();
      }
      last = out;
    }
    expect(killedMidway).toBeGreaterThanOrEqual(TRIALS / 2);

    // The next build takes over the dead build's lock, clears its temps and writes the new outputs.
    const again = await spawnBuild(rawNew, last).done;
    expect(again.code, again.stderr).toBe(0);
    expect(await outputs(last)).toEqual(newFiles);
    expect((await readdir(last)).filter((n) => n.endsWith(".tmp") || n === ".build.lock")).toEqual(
      [],
    );
  }, 300_000);
});
