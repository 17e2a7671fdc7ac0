// Extraction throughput on the same bytes, one thread each: this project's extractDocument, Microsoft
// Recognizers-Text run sentence by sentence, and a scan that only finds digit runs (the floor).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { defaultTaxonomyPath, extractDocument, loadTaxonomy } from "../../pipeline/claims/index.ts";

export interface ExtractionPeers {
  bytes: number;
  documents: number;
  ours: number;
  recognizers: number | null;
  digits: number;
  /** Counts found, so each side shows it did the work. */
  found: { ours: number; recognizers: number; digits: number };
}

type Recognize = (text: string, culture: string) => unknown[];

function loadRecognizers(): Recognize[] | null {
  try {
    const suite = createRequire(import.meta.url)("@microsoft/recognizers-text-suite");
    return [
      suite.recognizeNumber,
      suite.recognizePercentage,
      suite.recognizeCurrency,
      suite.recognizeDimension,
      suite.recognizeDateTime,
    ];
  } catch {
    return null;
  }
}

/** MB/s of each extractor over the given documents. */
export async function extractionPeers(dir: string, names: string[]): Promise<ExtractionPeers> {
  const texts = await Promise.all(names.map((n) => readFile(join(dir, n), "utf8")));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const mb = bytes / 1e6;
  const taxonomy = loadTaxonomy(await readFile(defaultTaxonomyPath, "utf8"), defaultTaxonomyPath);
  const found = { ours: 0, recognizers: 0, digits: 0 };

  let t = performance.now();
  texts.forEach((text, i) => {
    const raw = {
      id: `d${i}`,
      path: names[i],
      text,
      encoding: "utf-8" as const,
      sha256: "",
      bytes: text.length,
    };
    found.ours += extractDocument(raw, taxonomy).claims.length;
  });
  const ours = mb / ((performance.now() - t) / 1000);

  t = performance.now();
  for (const text of texts) found.digits += text.match(/\d+/g)?.length ?? 0;
  const digits = mb / ((performance.now() - t) / 1000);

  const recognizers = loadRecognizers();
  let recognizersRate: number | null = null;
  if (recognizers) {
    t = performance.now();
    for (const text of texts) {
      for (const sentence of text.split(/(?<=[.!?])\s+/)) {
        for (const recognize of recognizers)
          found.recognizers += recognize(sentence, "en-us").length;
      }
    }
    recognizersRate = mb / ((performance.now() - t) / 1000);
  }
  return { bytes, documents: texts.length, ours, recognizers: recognizersRate, digits, found };
}
