import { describe, expect, it } from "vitest";
import { PipelineError } from "../../pipeline/errors.ts";
import { decodeBytes, firstInvalidUtf8 } from "../../pipeline/ingest/decode.ts";

const cyrillic = "Документы Внешней Политики СССР, т. 16, с. 641 — 56 million dollars";

function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const [hi, lo] = [c >> 8, c & 0xff];
    out.set(endian === "le" ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return out;
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof PipelineError ? error.code : "not a PipelineError";
  }
  return undefined;
}

describe("decodeBytes(bytes, file)", () => {
  it("decodes UTF-8 without a BOM, keeping Cyrillic intact", () => {
    const decoded = decodeBytes(new TextEncoder().encode(cyrillic), "a.txt");
    expect(decoded).toEqual({ text: cyrillic, encoding: "utf-8" });
  });

  it("strips a UTF-8 BOM so offsets start at the first character", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(cyrillic)]);
    expect(decodeBytes(bytes, "a.txt").text).toBe(cyrillic);
  });

  it("decodes UTF-16 with a BOM, little- and big-endian", () => {
    expect(decodeBytes(utf16(cyrillic, "le"), "a.txt")).toEqual({
      text: cyrillic,
      encoding: "utf-16le",
    });
    expect(decodeBytes(utf16(cyrillic, "be"), "a.txt")).toEqual({
      text: cyrillic,
      encoding: "utf-16be",
    });
  });

  it("rejects invalid UTF-8 naming the byte offset and the line", () => {
    const good = new TextEncoder().encode("line one\nline two ");
    const bytes = new Uint8Array([...good, 0xc3, 0x28, 0x41]);
    let error: PipelineError | undefined;
    try {
      decodeBytes(bytes, "bad.txt");
    } catch (e) {
      error = e as PipelineError;
    }
    expect(error?.code).toBe("INGEST_BAD_ENCODING");
    expect(error?.location).toMatchObject({ file: "bad.txt", offset: good.length, line: 2 });
    expect(error?.format()).toContain("bad.txt");
  });

  it("rejects a binary file and UTF-16 without a BOM", () => {
    expect(
      codeOf(() => decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), "x.txt")),
    ).toBe("INGEST_BINARY");
    const noBom = utf16("plain ascii text in utf-16", "le").subarray(2);
    expect(codeOf(() => decodeBytes(noBom, "x.txt"))).toBe("INGEST_BINARY");
  });

  it("decodes Windows-1251 and Windows-1252 when the manifest declares them", () => {
    expect(decodeBytes(new Uint8Array([0xc4, 0xee, 0xea]), "r.txt", "windows-1251").text).toBe(
      "Док",
    );
    expect(decodeBytes(new Uint8Array([0x80, 0x35]), "w.txt", "windows-1252").text).toBe("€5");
  });
});

describe("firstInvalidUtf8(bytes)", () => {
  it("finds overlong forms, surrogates and truncated sequences", () => {
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(new Uint8Array([0xe2, 0x82]))).toBe(0);
    expect(firstInvalidUtf8(new TextEncoder().encode("ok €"))).toBe(6);
  });
});
