// Edge module: starts a worker thread on a module of this project. Run from TypeScript sources
// (tsx), a worker does not inherit the parent's loader for its entry file, so a two-line bootstrap
// registers tsx first; compiled JavaScript starts directly.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

export function spawnWorker(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith(".ts")) return new Worker(entry, { workerData });
  // require.resolve finds the CommonJS build of tsx's API; its ES module twin sits beside it.
  const cjs = createRequire(import.meta.url).resolve("tsx/esm/api");
  const api = pathToFileURL(cjs.replace(/\.cjs$/, ".mjs")).href;
  const boot =
    `import(${JSON.stringify(api)}).then((m) => { m.register(); ` +
    `return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}
