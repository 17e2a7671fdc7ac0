// Throughput of recognize() on prose (10, 100 MB) and adversarial text (2, 20 MB): one call, and sentence by sentence.
import { availableParallelism, cpus, loadavg } from "node:os";
import { recognize } from "../pipeline/quantities/index.ts";
import { hostSpeedLine, loopNanoseconds } from "./machine.ts";
import { adversarial, prose, sentenceBounds, sourceDocuments } from "./quantities/corpus.ts";
import { type Sample, type Summary, sample, summarize } from "./quantities/measure.ts";

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
const speedAtStart = loopNanoseconds();
const docs = sourceDocuments(process.cwd());
// The small inputs are timed twice a round: their medians are the denominators of the 10x ratios.
const inputs = [
  { name: "prose", text: prose(docs, 10 * MB), times: 2 },
  { name: "prose", text: prose(docs, 100 * MB), times: 1 },
  // 2 and 20 MB: at 1 MB a run lasts ~0.1 s and one collection more or less moves the ratio by 30 %.
  { name: "adversarial", text: adversarial(2 * MB), times: 2 },
  { name: "adversarial", text: adversarial(20 * MB), times: 1 },
];
const cases = inputs.flatMap((input) => {
  const mb = Buffer.byteLength(input.text) / MB;
  const ends = sentenceBounds(input.text);
  return [
    { ...input, mb, mode: "one call" as const, run: oneCall(input.text) },
    { ...input, mb, mode: "sentences" as const, run: streamed(input.text, ends) },
  ];
});

// Process
// The JIT first sees both kinds of text in both modes, so neither is timed while the code it
// runs is still being tuned to the other.
for (const input of [inputs[0].text, inputs[2].text]) {
  recognize(input.slice(0, 2 * MB));
  streamed(input.slice(0, 2 * MB), sentenceBounds(input.slice(0, 2 * MB)))();
}
// Rounds, each timing every case once (the small inputs twice): a machine that slows down or
// speeds up during the run weighs on every case alike, not on whichever was timed then.
const samples = cases.map((): Sample[] => []);
const load: number[] = [loadavg()[0]];
for (let round = 0; round < RUNS; round++) {
  cases.forEach((c, k) => {
    for (let t = 0; t < c.times; t++) samples[k].push(sample(c.run));
  });
  load.push(loadavg()[0]);
}
const rows: Row[] = cases.map((c, k) => ({
  name: c.name,
  mb: c.mb,
  mode: c.mode,
  s: summarize(samples[k]),
}));

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
    hostSpeedLine(speedAtStart),
  ].join("\n")}\n`,
);
