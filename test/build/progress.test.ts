import { describe, expect, it } from "vitest";
import {
  formatDuration,
  formatProgress,
  progressReporter,
  showsProgress,
} from "../../pipeline/build/progress.ts";

describe("formatProgress(state)", () => {
  it("states documents done of total, MB/s and the time left from the bytes still to read", () => {
    const line = formatProgress({
      done: 25,
      total: 100,
      bytesDone: 50e6,
      bytesTotal: 200e6,
      seconds: 10,
    });
    expect(line).toBe("build: 25/100 documents (25%), 5.0 MB/s, 30 s left");
  });

  it("falls back to the document count when sizes are unknown", () => {
    expect(
      formatProgress({ done: 1, total: 4, bytesDone: 0, bytesTotal: 0, seconds: 3 }),
    ).toContain("(25%), 0.0 MB/s, 9 s left");
  });
});

describe("formatDuration(seconds)", () => {
  it("uses seconds, then minutes, then hours", () => {
    expect(formatDuration(59.4)).toBe("59 s");
    expect(formatDuration(125)).toBe("2 min 05 s");
    expect(formatDuration(3 * 3600 + 7 * 60)).toBe("3 h 07 min");
  });
});

describe("showsProgress(sink, env)", () => {
  it("shows progress only on a terminal outside CI", () => {
    expect(showsProgress({ write: () => true, isTTY: true }, {})).toBe(true);
    expect(showsProgress({ write: () => true, isTTY: true }, { CI: "true" })).toBe(false);
    expect(showsProgress({ write: () => true }, {})).toBe(false);
  });
});

describe("progressReporter(sink)", () => {
  it("draws on one line, throttled, always draws the last state and clears the line at the end", () => {
    const chunks: string[] = [];
    const reporter = progressReporter({ write: (c: string) => chunks.push(c) }, 60_000);
    const state = { done: 1, total: 3, bytesDone: 1, bytesTotal: 3, seconds: 1 };
    reporter.update(state);
    reporter.update({ ...state, done: 2 });
    reporter.update({ ...state, done: 3 });
    reporter.end();
    expect(chunks).toHaveLength(3);
    expect(chunks[0].startsWith("\r\x1b[2Kbuild: 1/3")).toBe(true);
    expect(chunks[1]).toContain("3/3");
    expect(chunks[2]).toBe("\r\x1b[2K");
  });

  it("writes nothing at the end when it never drew", () => {
    const chunks: string[] = [];
    progressReporter({ write: (c: string) => chunks.push(c) }).end();
    expect(chunks).toEqual([]);
  });
});
