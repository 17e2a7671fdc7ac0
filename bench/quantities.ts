// Throughput of recognize(): ≥100 MB of prose built from the dev and seed documents, 1 MB of adversarial text, 10× scaling.
import { availableParallelism, cpus, loadavg } from "node:os";
import { recognize } from "../pipeline/quantities/index.ts";
import { adversarial, prose, sourceDocuments } from "./quantities/corpus.ts";

const MB = 1024 * 1024;

interface Measure {
  /** Best wall-clock seconds over the runs. */
  seconds: number;
  /** Process CPU seconds (user + system, all threads, GC included) of that run. */
  cpu: number;
  found: number;
  mbps: number;
}

function measure(text: string, runs: number): Measure {
  let best = Number.POSITIVE_INFINITY;
  let cpu = 0;
  let found = 0;
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    found = recognize(text).length;
    const wall = (performance.now() - t0) / 1000;
    const used = process.cpuUsage(c0);
    if (wall < best) {
      best = wall;
      cpu = (used.user + used.system) / 1e6;
    }
  }
  const mb = Buffer.byteLength(text) / MB;
  return { seconds: best, cpu, found, mbps: mb / best };
}

// Load inputs
const docs = sourceDocuments(process.cwd());
const big = prose(docs, 100 * MB);
const small = big.slice(0, Math.floor(big.length / 10));
const bad = adversarial(1 * MB);
const bad10 = adversarial(10 * MB);

// Process
recognize(small.slice(0, 4 * MB)); // warm up the JIT
const p10 = measure(small, 3);
const p100 = measure(big, 1);
const a1 = measure(bad, 3);
const a10 = measure(bad10, 1);

// Save outputs (to stdout)
const cpu = cpus()[0]?.model ?? "unknown";
const line = (name: string, m: Measure, text: string) =>
  `${name.padEnd(22)} ${(Buffer.byteLength(text) / MB).toFixed(1).padStart(6)} MB  ${m.seconds.toFixed(2).padStart(7)} s  ${m.mbps.toFixed(1).padStart(6)} MB/s wall  ${m.cpu.toFixed(2).padStart(6)} s cpu  ${m.found} items`;
process.stdout.write(
  `${[
    `machine: ${cpu}, ${availableParallelism()} CPUs, node ${process.version}, single thread, load average ${loadavg()[0].toFixed(1)}`,
    line("prose 10 MB", p10, small),
    line("prose 100 MB", p100, big),
    line("adversarial 1 MB", a1, bad),
    line("adversarial 10 MB", a10, bad10),
    `prose 10x input: ${(p100.seconds / p10.seconds).toFixed(2)}x wall, ${(p100.cpu / p10.cpu).toFixed(2)}x cpu (target <= 11)`,
    `adversarial 10x input: ${(a10.seconds / a1.seconds).toFixed(2)}x wall, ${(a10.cpu / a1.cpu).toFixed(2)}x cpu`,
    `prose cpu throughput: ${(100 / p100.cpu).toFixed(1)} MB/s; adversarial: ${(1 / a1.cpu).toFixed(1)} MB/s`,
    `adversarial per byte vs prose: ${(p100.mbps / a1.mbps).toFixed(2)}x wall, ${(a1.cpu / (p100.cpu / 100)).toFixed(2)}x cpu slower (target <= 2)`,
  ].join("\n")}\n`,
);
