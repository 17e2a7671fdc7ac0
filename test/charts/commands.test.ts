import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { chartsCommand, renderCommand } from "../../pipeline/charts/index.ts";
import type { CliIO } from "../../pipeline/cli-io.ts";

const root = join(import.meta.dirname, "../..");
const fixtures = join(root, "test/fixtures/charts");

function io(cwd: string): CliIO & { err: () => string } {
  const stderr = new PassThrough();
  let text = "";
  stderr.on("data", (c) => {
    text += String(c);
  });
  return {
    stdin: new PassThrough(),
    stdout: new PassThrough(),
    stderr,
    cwd,
    env: {},
    err: () => text,
  };
}

describe("renderCommand(args, io)", () => {
  it("renders one spec in the formats asked for into --out", async () => {
    const out = mkdtempSync(join(tmpdir(), "render-cmd-"));
    const args = [
      join(root, "charts/specs/export-shares.vl.json"),
      "--data",
      fixtures,
      "--format",
      "svg,png",
      "--out",
      out,
    ];
    expect(await renderCommand(args, io(root))).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "export-shares.png",
      "export-shares.render.json",
      "export-shares.svg",
    ]);
  });

  it("finds a user's CSV beside the spec when no --data is given", async () => {
    const dir = mkdtempSync(join(tmpdir(), "render-own-"));
    writeFileSync(join(dir, "mine.csv"), "name,amount\nalpha,3\nbeta,5\n");
    writeFileSync(
      join(dir, "mine.json"),
      JSON.stringify({
        title: "Synthetic amounts",
        description: "Two synthetic amounts as bars.",
        data: { url: "mine.csv" },
        mark: "bar",
        encoding: {
          x: { field: "amount", type: "quantitative" },
          y: { field: "name", type: "nominal" },
        },
      }),
    );
    const cli = io(dir);
    expect(await renderCommand(["mine.json", "--out", "out"], cli)).toBe(0);
    expect(existsSync(join(dir, "out/mine.pdf"))).toBe(true);
  });

  it("rejects an unknown format as a usage error", async () => {
    await expect(renderCommand(["x.json", "--format", "gif"], io(root))).rejects.toMatchObject({
      code: "USAGE",
    });
  });
});

describe("chartsCommand(args, io)", () => {
  it("exits 1 after rendering the others when a chart fails", async () => {
    const base = mkdtempSync(join(tmpdir(), "charts-cmd-"));
    const specs = join(base, "specs");
    mkdirSync(specs);
    copyFileSync(join(root, "charts/specs/timeline.vl.json"), join(specs, "timeline.vl.json"));
    writeFileSync(join(specs, "broken.vl.json"), "{");
    const cli = io(base);
    expect(await chartsCommand(["--specs", specs, "--data", fixtures, "--out", "out"], cli)).toBe(
      1,
    );
    expect(existsSync(join(base, "out/timeline.svg"))).toBe(true);
    expect(cli.err()).toMatch(/CHART_BAD_SPEC: .*broken\.vl\.json/);
    expect(cli.err()).toMatch(/1 rendered, 0 unchanged, 1 failed/);
  });
});

describe("toolReady(path, aptPackage)", () => {
  it("skips a missing tool locally but runs (and so fails) the test under CI", async () => {
    const { toolReady } = await import("./helpers.ts");
    const saved = process.env.CI;
    try {
      delete process.env.CI;
      expect(toolReady("/nonexistent/tool", "none")).toBe(false);
      process.env.CI = "true";
      expect(toolReady("/nonexistent/tool", "none")).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.CI;
      else process.env.CI = saved;
    }
  });
});
