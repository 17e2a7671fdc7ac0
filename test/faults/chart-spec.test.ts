import { mkdir, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, snapshot, tempDir } from "./helpers.ts";

describe("a chart spec that is not valid JSON (charts)", () => {
  it("fails with CHART_BAD_SPEC naming the file and the position, exit 1, its old figure kept", async () => {
    const root = await tempDir("charts");
    const specs = join(root, "specs");
    const data = join(root, "data");
    const out = join(root, "out");
    for (const dir of [specs, data, out]) await mkdir(dir, { recursive: true });
    await writeFile(
      join(specs, "broken.vl.json"),
      '{\n  "data": {"url": "x.csv"},\n  "mark": "bar",\n}\n',
    );
    await writeFile(join(data, "x.csv"), "a,b\n1,2\n");
    const past = new Date("2020-01-01T00:00:00Z");
    for (const name of ["broken.svg", "broken.render.json"]) {
      await writeFile(join(out, name), `previous ${name}\n`);
      await utimes(join(out, name), past, past);
    }
    const before = await snapshot(out);
    const { code, err } = await cli([
      "charts",
      "--specs",
      specs,
      "--data",
      data,
      "--out",
      out,
      "--format",
      "svg",
    ]);
    expect(code, err).toBe(1);
    expect(err).toContain("CHART_BAD_SPEC");
    expect(err).toContain(join(specs, "broken.vl.json"));
    expect(err).toMatch(/position \d+|line \d+|:\d+:\d+/);
    const after = await snapshot(out);
    for (const name of ["broken.svg", "broken.render.json"]) expect(after[name]).toBe(before[name]);
  });
});
