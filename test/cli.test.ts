import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "../pipeline/cli.ts";
import type { CliIO } from "../pipeline/cli-io.ts";

function io(): CliIO & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c) => (out += c));
  stderr.on("data", (c) => (err += c));
  return {
    stdin: new PassThrough(),
    stdout,
    stderr,
    cwd: process.cwd(),
    env: {},
    out: () => out,
    err: () => err,
  };
}

describe("main(argv)", () => {
  it("prints the commands for --help and exits 0", async () => {
    const streams = io();
    expect(await main(["--help"], streams)).toBe(0);
    expect(streams.out()).toMatch(/build[\s\S]*quantities[\s\S]*structure/);
  });

  it("exits 2 with a one-line message for an unknown command", async () => {
    const streams = io();
    expect(await main(["frobnicate"], streams)).toBe(2);
    expect(streams.err().trim().split("\n")).toHaveLength(1);
    expect(streams.err()).toContain('Unknown command "frobnicate"');
  });

  it("exits 2 for an unknown option of build", async () => {
    expect(await main(["build", "--nope"], io())).toBe(2);
  });

  it("exits 1 and names the file when an input is bad", async () => {
    const streams = io();
    expect(
      await main(
        ["build", "--raw", "test/no-such-folder", "--out", join(tmpdir(), "tc-cli-out")],
        streams,
      ),
    ).toBe(1);
    expect(streams.err()).toContain("test/no-such-folder/sources.csv");
  });
});

describe("main(['build', '--taxonomy', FILE])", () => {
  it("names a taxonomy file that does not exist", async () => {
    const streams = io();
    const code = await main(
      [
        "build",
        "--out",
        join(tmpdir(), "tc-cli-tax"),
        "--no-cache",
        "--taxonomy",
        "test/no-such-taxonomy.json",
      ],
      streams,
    );
    expect(code).toBe(1);
    expect(streams.err()).toContain("test/no-such-taxonomy.json");
  });
});

describe("bin/trade-claims.js", () => {
  it("exits 0 without a stack trace when its reader closes the pipe early", async () => {
    const { spawnSync } = await import("node:child_process");
    // `head -c 1` reads one byte and closes the pipe while the claims are still being written.
    const run = spawnSync(
      "bash",
      [
        "-c",
        "set -o pipefail; node bin/trade-claims.js claims data/raw/forbidden-tango.txt | head -c 1 >/dev/null",
      ],
      { encoding: "utf8" },
    );
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(/EPIPE|Error/);
  }, 60_000);
});
