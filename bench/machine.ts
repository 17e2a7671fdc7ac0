// The machine a benchmark ran on, for BENCHMARKS.md.
import { spawnSync } from "node:child_process";
import { availableParallelism, cpus, loadavg, release, totalmem, type } from "node:os";

export function describeMachine(): string {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const memory = (totalmem() / 1024 ** 3).toFixed(1);
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(", ");
  return (
    `${availableParallelism()} cores (${cpu}), ${memory} GB RAM, ${type()} ${release()}, ` +
    `Node ${process.version}; load average at start ${load}`
  );
}

// A fixed integer loop in a short function, warmed up and then timed over 2e8 iterations, in a
// fresh Node process each time (a benchmark process's own JIT state must not colour it).
const LOOP = `function f(n) { let s = 0; for (let i = 0; i < n; i++) s = (s + i) | 0; return s; }
let x = 0;
for (let k = 0; k < 200; k++) x ^= f(1e5);
const t = performance.now();
for (let k = 0; k < 2000; k++) x ^= f(1e5);
console.log((performance.now() - t) * 5e-3, x);`;

/**
 * Nanoseconds per iteration of the fixed loop (median of three processes). This host's speed
 * drifts (the loop itself has run 0.7-1.4 ns per iteration a second apart), so each report says
 * how fast the machine was at its start and end, and runs compare only alongside that figure.
 */
export function loopNanoseconds(): number {
  const times = [0, 1, 2].map(() => {
    const run = spawnSync(process.execPath, ["-e", LOOP], { encoding: "utf8" });
    return Number(run.stdout.split(" ")[0]);
  });
  return times.sort((a, b) => a - b)[1];
}

/** The sentence a report ends with: the host's speed before and after the timed runs. */
export function hostSpeedLine(atStart: number): string {
  const atEnd = loopNanoseconds();
  return `Host speed: a fixed integer loop took ${atStart.toFixed(2)} ns per iteration at the start and ${atEnd.toFixed(2)} at the end (lower is faster).`;
}
