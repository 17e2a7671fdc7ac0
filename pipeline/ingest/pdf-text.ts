// PDF → text with pdfjs-dist's legacy build (the one meant for Node). Pages are joined by a form
// feed, which the structure stage treats as a hard page break.
import { PipelineError } from "../errors.ts";

export interface PdfText {
  text: string;
  pageStarts: number[];
}

export async function pdfToText(bytes: Uint8Array, file: string): Promise<PdfText> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let pdf: Awaited<ReturnType<typeof pdfjs.getDocument>["promise"]>;
  try {
    pdf = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      useSystemFonts: false,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const encrypted = /password/i.test(reason);
    throw new PipelineError(
      "INGEST_BAD_PDF",
      encrypted ? "PDF is encrypted and needs a password" : `PDF cannot be read: ${reason}`,
      { file },
      encrypted ? "Save an unencrypted copy of the PDF" : "Check that the file is a complete PDF",
    );
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      let text = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        text += item.str;
        if (item.hasEOL) text += "\n";
      }
      pages.push(text);
      page.cleanup();
    }
    const pageStarts: number[] = [];
    let offset = 0;
    for (const page of pages) {
      pageStarts.push(offset);
      offset += page.length + 1;
    }
    return { text: pages.join("\f"), pageStarts };
  } finally {
    await pdf.destroy();
  }
}
