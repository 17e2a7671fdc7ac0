// Timing helpers for the recognizer bench: CPU and wall time per run, median and range over runs.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

// A full collection before each run keeps one run's garbage from being billed to the next.
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

export interface Sample {
  /** Process CPU seconds (user + system, all threads, GC helpers included). */
  cpu: number;
  wall: number;
  /** What the measured function returned (items found). */
  items: number;
}

export interface Summary {
  runs: number;
  cpu: { median: number; min: number; max: number };
  wall: { median: number; min: number; max: number };
  /** What the measured function returned (items found), identical on every run. */
  items: number;
}

export function sample(run: () => number): Sample {
  collect();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const items = run();
  const wall = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(c0);
  return { cpu: (used.user + used.system) / 1e6, wall, items };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const spread = (xs: number[]) => ({
  median: median(xs),
  min: Math.min(...xs),
  max: Math.max(...xs),
});

/** Median and range of the samples of one case; throws if the item count changes between runs (the bench would be lying). */
export function summarize(samples: Sample[]): Summary {
  const items = samples[0].items;
  if (samples.some((s) => s.items !== items)) throw new Error("item count differs between runs");
  return {
    runs: samples.length,
    cpu: spread(samples.map((s) => s.cpu)),
    wall: spread(samples.map((s) => s.wall)),
    items,
  };
}
