import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, expectRefused, previousOutputs, rawFolder } from "./helpers.ts";

const ENGLISH =
  "In 1975 the two countries signed a trade agreement.\nExports reached 20 million tons.\n";

describe("bad bytes in a document (build)", () => {
  it("refuses a binary file with a .txt name, naming the byte offset of the first NUL", async () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49,
    ]);
    const raw = await rawFolder({ "scan.txt": png });
    await expectRefused(raw, join(raw, "scan.txt"), "INGEST_BINARY", /at byte 8\)/);
  });

  it("refuses invalid UTF-8, naming the line and the byte offset", async () => {
    const text = Buffer.concat([
      Buffer.from("first line\nsecond "),
      Buffer.from([0xff, 0xfe, 0x41]),
      Buffer.from("\n"),
    ]);
    const raw = await rawFolder({ "a.txt": Buffer.from(ENGLISH), "b.txt": text });
    const err = await expectRefused(raw, join(raw, "b.txt"), "INGEST_BAD_ENCODING", /b\.txt:2\b/);
    expect(err).toContain("byte 18");
  });

  it("refuses UTF-16 without a byte-order mark and says so", async () => {
    const utf16 = Buffer.from(ENGLISH, "utf16le");
    const raw = await rawFolder({ "wide.txt": utf16 });
    const err = await expectRefused(raw, join(raw, "wide.txt"), "INGEST_BINARY", /at byte 1\)/);
    expect(err).toMatch(/UTF-16/);
  });

  it("refuses Windows-1251 text the manifest does not declare", async () => {
    const cp1251 = Buffer.from([
      0xc2, 0x20, 0x31, 0x39, 0x37, 0x35, 0x20, 0xe3, 0xee, 0xe4, 0xf3, 0x0a,
    ]);
    const raw = await rawFolder({ "ru.txt": cp1251 });
    await expectRefused(raw, join(raw, "ru.txt"), "INGEST_BAD_ENCODING", /ru\.txt:1\b/);
  });

  it("refuses Windows-1252 text the manifest does not declare", async () => {
    const cp1252 = Buffer.from("Exports \x93rose\x94 to 5 million tons in 1980.\n", "latin1");
    const raw = await rawFolder({ "en.txt": cp1252 });
    await expectRefused(raw, join(raw, "en.txt"), "INGEST_BAD_ENCODING", /en\.txt:1\b/);
  });
});

describe("declared encodings (build)", () => {
  // "В 1975 году экспорт зерна составил 2 млн тонн." in Windows-1251, and curly quotes in Windows-1252.
  const russian = "В 1975 году экспорт зерна составил 2 млн тонн.\n";
  const cp1251 = Buffer.from(
    Array.from(russian, (c) => {
      const code = c.charCodeAt(0);
      if (code === 0x401) return 0xa8;
      if (code === 0x451) return 0xb8;
      return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code;
    }),
  );
  const cp1252 = Buffer.from(
    "Exports \x93rose\x94 to 5 million tons in 1980 \x96 a record.\n",
    "latin1",
  );

  it("reads Windows-1251 and Windows-1252 when sources.csv declares them", async () => {
    const raw = await rawFolder(
      { "ru.txt": cp1251, "en.txt": cp1252 },
      { encodings: { "ru.txt": "windows-1251", "en.txt": "windows-1252" } },
    );
    const out = await previousOutputs();
    const { code, err } = await cli(["build", "--raw", raw, "--out", out]);
    expect(code, err).toBe(0);
    const { readFile } = await import("node:fs/promises");
    const documents = await readFile(join(out, "documents.csv"), "utf8");
    expect(documents).toMatch(/^en,/m);
    expect(documents).toMatch(/^ru,/m);
    const claims = await readFile(join(out, "claims.csv"), "utf8");
    expect(claims).not.toContain("\ufffd");
    // Whatever the extractor quotes from these documents is decoded text, not mojibake.
    for (const quote of claims.split("\n").filter((l) => l.includes("1980"))) {
      expect(quote).not.toMatch(/[\u0080-\u009f]/);
    }
  });
});
