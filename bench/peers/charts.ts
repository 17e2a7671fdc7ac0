// Rendering every chart: this project's renderer, all charts in one process, against vega-lite's
// command-line tool, one `vl2svg` process per chart (installed by bench/setup-peers.sh).
import { existsSync } from "node:fs";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { cliArgs, measure } from "../measure.ts";

export interface ChartPeers {
  charts: number;
  oneProcess: number;
  perChart: number | null;
}

const VL2SVG = resolve("bench/.peers/node_modules/.bin/vl2svg");

export async function chartPeers(dataDir: string): Promise<ChartPeers> {
  const specsDir = "charts/specs";
  const specs = (await readdir(specsDir)).filter((n) => n.endsWith(".json")).sort();
  const out = await mkdtemp(join(tmpdir(), "tc-bench-charts-"));
  const [node, args] = cliArgs("charts", "--data", dataDir, "--out", out, "--format", "svg");
  const ours = await measure(node, args);
  if (ours.code !== 0) throw new Error(`charts failed:\n${ours.stderr}`);
  let perChart: number | null = null;
  if (existsSync(VL2SVG)) {
    perChart = 0;
    for (const spec of specs) {
      const run = await measure(VL2SVG, [
        "-b",
        `${resolve(dataDir)}/`,
        join(specsDir, spec),
        join(out, `${spec}.peer.svg`),
      ]);
      if (run.code !== 0) throw new Error(`vl2svg failed on ${spec}:\n${run.stderr}`);
      perChart += run.seconds;
    }
  }
  return { charts: specs.length, oneProcess: ours.seconds, perChart };
}
