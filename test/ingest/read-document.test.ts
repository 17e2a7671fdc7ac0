import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { PipelineError } from "../../pipeline/errors.ts";
import { readDocument } from "../../pipeline/ingest/read-document.ts";

async function makePdf(pages: string[]): Promise<Buffer> {
  const doc = new PDFDocument({ info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on("end", resolve));
  pages.forEach((text, i) => {
    if (i > 0) doc.addPage();
    doc.text(text);
  });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return error instanceof PipelineError ? error.code : String(error);
  }
  return undefined;
}

describe("readDocument(path)", () => {
  it("reads a generated PDF back page by page, pages split by a form feed", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tc-pdf-"));
    const path = join(dir, "paper.pdf");
    await writeFile(
      path,
      await makePdf(["A loan of 56 million dollars.", "Two turbines of 310 megawatts."]),
    );
    const raw = await readDocument(path);
    expect(raw.id).toBe("paper");
    expect(raw.encoding).toBe("pdf");
    expect(raw.text.split("\f").map((t) => t.trim())).toEqual([
      "A loan of 56 million dollars.",
      "Two turbines of 310 megawatts.",
    ]);
    expect(raw.pdfPageStarts).toEqual([0, raw.text.indexOf("\f") + 1]);
  });

  it("refuses a truncated PDF with a clear error", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tc-pdf-"));
    const path = join(dir, "cut.pdf");
    await writeFile(path, (await makePdf(["text"])).subarray(0, 400));
    expect(await codeOf(readDocument(path))).toBe("INGEST_BAD_PDF");
  });

  it("keeps the seed's raw text and hashes its bytes", async () => {
    const raw = await readDocument("data/raw/military-cooperation-brief.txt");
    expect(raw.id).toBe("military-cooperation-brief");
    expect(raw.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(raw.text).toContain("24 fighter jets");
  });

  it("refuses a document above the size limit, naming the limit", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tc-big-"));
    const path = join(dir, "big.txt");
    await writeFile(path, "x".repeat(2048));
    await expect(readDocument(path, { maxBytes: 1024 })).rejects.toThrow(/limit is 1024 bytes/);
  });

  it("refuses an unsupported extension and a missing file", async () => {
    expect(await codeOf(readDocument("data/raw/sources.csv"))).toBe("INGEST_UNSUPPORTED_TYPE");
    expect(await codeOf(readDocument("data/raw/nope.txt"))).toBe("INGEST_NOT_FOUND");
  });
});
