// The machine a benchmark ran on, for BENCHMARKS.md.
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
