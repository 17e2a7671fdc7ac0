import { join } from "node:path";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { cli, expectRefused, previousOutputs, rawFolder } from "./helpers.ts";

function pdf(options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ compress: false, ...options });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    for (let page = 0; page < 3; page++) {
      if (page > 0) doc.addPage();
      doc.text(`Page ${page + 1}. In 1975 exports reached ${page + 2} million tons of grain.`);
    }
    doc.end();
  });
}

describe("PDF documents (build)", () => {
  it("reads a complete PDF", async () => {
    const raw = await rawFolder({ "ok.pdf": await pdf() });
    const { code, err } = await cli(["build", "--raw", raw, "--out", await previousOutputs()]);
    expect(code, err).toBe(0);
  });

  it("refuses an encrypted PDF and says a password is needed", async () => {
    const locked = await pdf({ userPassword: "secret", ownerPassword: "owner", pdfVersion: "1.7" });
    const raw = await rawFolder({ "locked.pdf": locked });
    const err = await expectRefused(raw, join(raw, "locked.pdf"), "INGEST_BAD_PDF", /locked\.pdf/);
    expect(err).toMatch(/encrypted/i);
  });

  it("refuses a PDF cut off half-way", async () => {
    const whole = await pdf();
    const raw = await rawFolder({ "cut.pdf": whole.subarray(0, Math.floor(whole.length / 2)) });
    await expectRefused(raw, join(raw, "cut.pdf"), "INGEST_BAD_PDF", /cut\.pdf/);
  });

  it("refuses a file with a .pdf name that is not a PDF", async () => {
    const raw = await rawFolder({ "fake.pdf": "just some text, not a PDF\n" });
    await expectRefused(raw, join(raw, "fake.pdf"), "INGEST_BAD_PDF", /fake\.pdf/);
  });
});
