// `npm run bench`: generated corpora through the whole build, peers on the same input, the
// incremental build; prints Markdown for BENCHMARKS.md (and writes it to bench/out/report.md).
// Options: --sizes 10,1000,10000   --mean-chars 21000   --peer-docs 40   --builds-only
import { appendFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { generateCorpus } from "./corpus/generate-corpus.ts";
import { describeMachine, hostSpeedLine, loopNanoseconds } from "./machine.ts";
import { cliArgs, measure } from "./measure.ts";
import { chartPeers } from "./peers/charts.ts";
import { extractionPeers } from "./peers/extraction.ts";
import {
  chartTable,
  extractionTable,
  type Incremental,
  incrementalTable,
  type SizeResult,
  sizeTable,
} from "./report.ts";

const OUT = "bench/out";
const SOURCES = ["data/raw", "../shared/corpus/dev/docs"];

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const sizes = option("sizes", "10,1000,10000").split(",").map(Number);
const meanChars = Number(option("mean-chars", "21000"));
const peerDocs = Number(option("peer-docs", "40"));
const report: string[] = [];
const say = async (text: string) => {
  report.push(text);
  process.stdout.write(`${text}\n`);
  await appendFile(join(OUT, "report.md"), `${text}\n`);
};

await mkdir(OUT, { recursive: true });
await writeFile(join(OUT, "report.md"), "");
process.stderr.write(
  `bench: sizes ${sizes.join(", ")}; Markdown also goes to ${join(OUT, "report.md")}\n`,
);
await say(`Machine: ${describeMachine()}\n`);
const speedAtStart = loopNanoseconds();

// 1. Corpora and end-to-end builds (no cache: every document is extracted).
const results: SizeResult[] = [];
let largest = "";
for (const documents of sizes) {
  const dir = join(OUT, `corpus-${documents}`);
  const stats = await generateCorpus({
    sourceDirs: SOURCES,
    outDir: dir,
    documents,
    meanChars,
    seed: 2026,
  });
  const out = join(OUT, `processed-${documents}`);
  await rm(out, { recursive: true, force: true });
  const [node, args] = cliArgs("build", "--raw", dir, "--out", out, "--no-cache");
  const run = await measure(node, args);
  if (run.code !== 0) throw new Error(`build of ${documents} documents failed:\n${run.stderr}`);
  const claims = /(\d+) claims/.exec(run.stderr)?.[1] ?? "?";
  results.push({
    documents,
    mb: stats.bytes / 1e6,
    seconds: run.seconds,
    cpuSeconds: run.cpuSeconds,
    peakRssMb: run.peakRssMb,
    claims,
  });
  process.stderr.write(`bench: ${documents} documents, ${run.seconds.toFixed(1)} s\n`);
  largest = dir;
}
await say(
  `## End-to-end build (extraction and tables, worker threads, no cache)\n\n${sizeTable(results)}\n`,
);

if (process.argv.includes("--builds-only")) {
  await say(hostSpeedLine(speedAtStart));
  process.exit(0);
}

// 2. Peers on the same bytes.
const names = (await readdir(largest))
  .filter((n) => n.endsWith(".txt"))
  .sort()
  .slice(0, peerDocs);
await say(
  `## Extraction against peers\n\n${extractionTable(await extractionPeers(largest, names))}\n`,
);
await say(
  `## Charts: one process against one vl2svg per chart\n\n${chartTable(await chartPeers("data/processed"))}\n`,
);

// 3. Incremental build: one changed document reruns only its own extraction.
const incrementalDocs = sizes.find((s) => s >= 100) ?? sizes[0];
const raw = join(OUT, `corpus-${incrementalDocs}`);
const out = join(OUT, "processed-incremental");
await rm(out, { recursive: true, force: true });
const [node, args] = cliArgs("build", "--raw", raw, "--out", out);
const full = await measure(node, args);
const unchanged = await measure(node, args);
const first = (await readdir(raw)).filter((n) => n.endsWith(".txt")).sort()[0];
const path = join(raw, first);
await writeFile(
  path,
  `${await readFile(path, "utf8")}\nIn 1999 exports reached 77 million tons.\n`,
);
const oneChanged = await measure(node, args);
const incremental: Incremental = {
  documents: incrementalDocs,
  full: full.seconds,
  unchanged: unchanged.seconds,
  oneChanged: oneChanged.seconds,
};
await say(`## Incremental build\n\n${incrementalTable(incremental)}\n`);
await say(hostSpeedLine(speedAtStart));
