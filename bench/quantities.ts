// Throughput of recognize() on prose (10, 100 MB) and adversarial text (2, 20 MB): one call, and sentence by sentence.
import { availableParallelism, cpus, loadavg } from "node:os";
import { recognize } from "../pipeline/quantities/index.ts";
import { adversarial, prose, sentenceBounds, sourceDocuments } from "./quantities/corpus.ts";
import { measure, type Summary } from "./quantities/measure.ts";

const MB = 1024 * 1024;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface Row {
  name: string;
  mb: number;
  mode: "one call" | "sentences";
  s: Summary;
}

function oneCall(text: string): () => number {
  return () => recognize(text).length;
}

/** The way the pipeline calls it: one sentence at a time, each result dropped once counted. */
function streamed(text: string, ends: Int32Array): () => number {
  return () => {
    let n = 0;
    let from = 0;
    for (const end of ends) {
      n += recognize(text.slice(from, end)).length;
      from = end;
    }
    return n;
  };
}

// Load inputs
const docs = sourceDocuments(process.cwd());
const inputs = [
  // The small inputs run twice as often: their medians are the denominators of the 10x ratios.
  { name: "prose", text: prose(docs, 10 * MB), runs: 2 * RUNS },
  { name: "prose", text: prose(docs, 100 * MB), runs: Math.ceil(RUNS / 2) },
  // 2 and 20 MB: at 1 MB a run lasts ~0.1 s and one collection more or less moves the ratio by 30 %.
  { name: "adversarial", text: adversarial(2 * MB), runs: 2 * RUNS },
  { name: "adversarial", text: adversarial(20 * MB), runs: Math.ceil(RUNS / 2) },
];

// Process
recognize(inputs[0].text.slice(0, 4 * MB)); // warm up the JIT
const rows: Row[] = [];
const load: number[] = [loadavg()[0]];
for (const input of inputs) {
  const mb = Buffer.byteLength(input.text) / MB;
  const ends = sentenceBounds(input.text);
  rows.push({
    name: input.name,
    mb,
    mode: "one call",
    s: measure(oneCall(input.text), input.runs),
  });
  rows.push({
    name: input.name,
    mb,
    mode: "sentences",
    s: measure(streamed(input.text, ends), input.runs),
  });
  load.push(loadavg()[0]);
}

// Save outputs (to stdout)
const f = (x: number, d = 2) => x.toFixed(d);
const row = (r: Row) =>
  [
    `${r.name} ${f(r.mb, 0)} MB`.padEnd(18),
    r.mode.padEnd(10),
    `cpu ${f(r.s.cpu.median)} s [${f(r.s.cpu.min)}–${f(r.s.cpu.max)}]`.padEnd(28),
    `${f(r.mb / r.s.cpu.median, 1)} MB/s cpu`.padEnd(15),
    `wall ${f(r.s.wall.median)} s [${f(r.s.wall.min)}–${f(r.s.wall.max)}]`.padEnd(29),
    `${f(r.mb / r.s.wall.median, 1)} MB/s wall`.padEnd(16),
    `${r.s.items} items, ${r.s.runs} runs`,
  ].join(" ");
const pick = (name: string, mb: number, mode: Row["mode"]) =>
  rows.find((r) => r.name === name && Math.round(r.mb) === mb && r.mode === mode) as Row;
const perByte = (r: Row) => r.s.cpu.median / r.mb;
/** Ratio of medians, with the widest and narrowest ratio the run ranges allow. */
const ratio = (big: Row, small: Row) =>
  `${f(big.s.cpu.median / small.s.cpu.median)}x cpu [${f(big.s.cpu.min / small.s.cpu.max)}–${f(big.s.cpu.max / small.s.cpu.min)}]`;
const ratios = (["one call", "sentences"] as const).flatMap((mode) => {
  const [p10, p100] = [pick("prose", 10, mode), pick("prose", 100, mode)];
  const [a2, a20] = [pick("adversarial", 2, mode), pick("adversarial", 20, mode)];
  return [
    `${mode}: prose 10x input ${ratio(p100, p10)}, ${f(p100.s.wall.median / p10.s.wall.median)}x wall (target <= 11)`,
    `${mode}: adversarial 10x input ${ratio(a20, a2)}`,
    `${mode}: adversarial per byte vs prose (20 MB vs 100 MB) ${f(perByte(a20) / perByte(p100))}x cpu (target <= 2)`,
  ];
});
process.stdout.write(
  `${[
    `machine: ${cpus()[0]?.model ?? "unknown"}, ${availableParallelism()} CPUs, node ${process.version}, single thread`,
    `load average (1 min) during the run: ${load.map((x) => f(x, 1)).join(", ")}`,
    `medians over runs, [min–max]; cpu = process user + system time`,
    ...rows.map(row),
    ...ratios,
  ].join("\n")}\n`,
);
