// Runs `trade-claims build` as its own process (node with tsx's loader, no wrapper process), so a
// test can kill the build itself at a chosen moment.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

export function spawnBuild(
  raw: string,
  out: string,
  extra: string[] = [],
): { child: ChildProcess; done: Promise<Finished> } {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "pipeline/cli.ts", "build", "--raw", raw, "--out", out, ...extra],
    { cwd: ROOT, env: { ...process.env, CI: "true" }, stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr?.on("data", (c) => {
    stderr += c;
  });
  const done = new Promise<Finished>((resolve) => {
    child.on("close", (code, signal) => resolve({ code, signal, stderr }));
  });
  return { child, done };
}
