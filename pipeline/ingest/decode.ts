// Bytes → text, refusing anything that would silently turn into replacement characters.
import { PipelineError } from "../errors.ts";
import type { RawDocument } from "./types.ts";

export type DeclaredEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1251" | "windows-1252";

export const DECLARABLE_ENCODINGS: readonly DeclaredEncoding[] = [
  "utf-8",
  "utf-16le",
  "utf-16be",
  "windows-1251",
  "windows-1252",
];

export interface Decoded {
  text: string;
  encoding: RawDocument["encoding"];
}

/** Decodes a document's bytes: UTF-8 (BOM optional), UTF-16 with BOM, or an encoding the manifest declares. */
export function decodeBytes(bytes: Uint8Array, file: string, declared?: DeclaredEncoding): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8(bytes.subarray(3), file, 3), encoding: "utf-8" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  if (declared === "windows-1252") return { text: decodeWindows1252(bytes), encoding: declared };
  if (declared && declared !== "utf-8") {
    return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const utf16 = looksLikeUtf16(bytes);
    throw new PipelineError(
      "INGEST_BINARY",
      utf16
        ? "Text looks like UTF-16 without a byte-order mark: a NUL byte sits between characters"
        : "File holds binary data (a NUL byte), not text",
      { file, offset: nul },
      utf16
        ? "Save it as UTF-8, or add a BOM, or declare utf-16le/utf-16be in the encoding column of data/raw/sources.csv"
        : "Put only .txt, .md and .pdf documents in data/raw/",
    );
  }
  return { text: decodeUtf8(bytes, file, 0), encoding: "utf-8" };
}

function decodeUtf8(bytes: Uint8Array, file: string, base: number): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = countLines(bytes, offset);
    const hex = Array.from(bytes.subarray(offset, offset + 4), (b) =>
      b.toString(16).padStart(2, "0"),
    );
    throw new PipelineError(
      "INGEST_BAD_ENCODING",
      `Text is not valid UTF-8: bytes ${hex.join(" ")} at byte ${base + offset}`,
      { file, line, offset: base + offset },
      "Convert the file to UTF-8, or declare its encoding (windows-1251, windows-1252) in data/raw/sources.csv",
    );
  }
}

/** Byte offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line += 1;
  return line;
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenNul += 1;
      else oddNul += 1;
    }
  }
  return (
    Math.max(evenNul, oddNul) > sample.length / 8 && Math.min(evenNul, oddNul) < sample.length / 64
  );
}

// Node's TextDecoder treats "windows-1252" as Latin-1, so 0x80–0x9F (€, ‘ ’ “ ” – —) would come out
// as control characters; this table gives the characters Windows-1252 assigns there.
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder("latin1").decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}
