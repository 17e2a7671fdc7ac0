// Runs a command under GNU time (`/usr/bin/time -v`) and reads back its wall time and peak memory.
import { spawn } from "node:child_process";

export interface Measured {
  seconds: number;
  /** Peak resident set size of the process (worker threads included), in MB. */
  peakRssMb: number;
  /** User + system CPU seconds of the process: on a shared machine, a steadier measure than wall time. */
  cpuSeconds: number;
  code: number;
  stderr: string;
}

export function measure(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn("/usr/bin/time", ["-v", command, ...args], {
      env: { ...process.env, CI: "true", ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (c) => {
      stderr += c;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const user = Number(/User time \(seconds\): ([\d.]+)/.exec(stderr)?.[1] ?? Number.NaN);
      const system = Number(/System time \(seconds\): ([\d.]+)/.exec(stderr)?.[1] ?? Number.NaN);
      resolve({
        seconds,
        peakRssMb: rss ? Number(rss[1]) / 1024 : Number.NaN,
        cpuSeconds: user + system,
        code: code ?? -1,
        stderr,
      });
    });
  });
}

/** The project's CLI as node runs it, without the tsx wrapper process, so time measures the build itself. */
export function cliArgs(...args: string[]): [string, string[]] {
  // The flag `make` runs the build with (see the Makefile).
  return [
    process.execPath,
    ["--single-threaded-gc", "--import", "tsx", "pipeline/cli.ts", ...args],
  ];
}
