import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { CliIO } from "../../../pipeline/cli-io.ts";
import { isPipelineError } from "../../../pipeline/errors.ts";
import { structureCommand } from "../../../pipeline/ingest/structure/index.ts";

function fakeIO(): { io: CliIO; out: () => string } {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on("data", (c: Buffer) => chunks.push(c));
  const io: CliIO = {
    stdin: new PassThrough(),
    stdout,
    stderr: new PassThrough(),
    cwd: process.cwd(),
    env: {},
  };
  return { io, out: () => Buffer.concat(chunks).toString("utf8") };
}

describe("structureCommand(args, io)", () => {
  it("prints pages, footnotes, markers and works of any file, with no manifest row", async () => {
    const { io, out } = fakeIO();
    expect(await structureCommand(["data/raw/forbidden-tango.txt"], io)).toBe(0);
    const json = JSON.parse(out());
    expect(Object.keys(json)).toEqual(["doc", "pages", "footnotes", "markers", "works"]);
    expect(json.doc).toBe("forbidden-tango");
    expect(json.footnotes[0]).toMatchObject({ number: 1, kind: "citation", page: 1, work: "w1" });
    expect(json.markers.find((m: { number: number }) => m.number === 80).hasText).toBe(false);
    expect(json.works.some((w: { title: string }) => /[А-я]/.test(w.title))).toBe(true);
  });

  it("fails with a USAGE error when no file is given", async () => {
    const { io } = fakeIO();
    const error = await structureCommand([], io).catch((e: unknown) => e);
    expect(isPipelineError(error) && error.code).toBe("USAGE");
  });
});
