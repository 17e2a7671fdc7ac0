// The benchmark's results as the Markdown that goes into BENCHMARKS.md.
import type { ChartPeers } from "./peers/charts.ts";
import type { ExtractionPeers } from "./peers/extraction.ts";

export interface SizeResult {
  documents: number;
  mb: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  claims: string;
}

export interface Incremental {
  documents: number;
  unchanged: number;
  oneChanged: number;
  full: number;
}

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");

export function sizeTable(rows: SizeResult[]): string {
  const lines = [
    "| documents | MB | wall s | CPU s | documents/s | MB/s | peak RSS (MB) | claims | wall time per document vs previous size |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    const growth = prev
      ? `${f(r.seconds / r.documents / (prev.seconds / prev.documents), 2)}×`
      : "";
    lines.push(
      `| ${r.documents} | ${f(r.mb)} | ${f(r.seconds)} | ${f(r.cpuSeconds)} | ${f(r.documents / r.seconds)} | ${f(r.mb / r.seconds, 2)} | ${f(r.peakRssMb, 0)} | ${r.claims} | ${growth} |`,
    );
  });
  return lines.join("\n");
}

export function extractionTable(p: ExtractionPeers): string {
  const ratio = (x: number | null) => (x === null ? "not installed" : `${f(x / p.ours, 2)}×`);
  return [
    `Same ${p.documents} documents (${f(p.bytes / 1e6, 2)} MB), one thread each:`,
    "",
    "| extractor | MB/s | found | throughput vs this project |",
    "|---|---:|---:|---:|",
    `| this project (extractDocument) | ${f(p.ours, 3)} | ${p.found.ours} claims | 1× |`,
    `| Recognizers-Text, sentence by sentence (number, percentage, currency, dimension, datetime) | ${p.recognizers === null ? "–" : f(p.recognizers, 3)} | ${p.found.recognizers} entities | ${ratio(p.recognizers)} |`,
    `| digit-run scan (the floor) | ${f(p.digits, 1)} | ${p.found.digits} digit runs | ${ratio(p.digits)} |`,
  ].join("\n");
}

export function chartTable(c: ChartPeers): string {
  return [
    "| renderer | charts | seconds | vs one process |",
    "|---|---:|---:|---:|",
    `| trade-claims charts (one process, SVG only) | ${c.charts} | ${f(c.oneProcess, 2)} | 1× |`,
    `| vl2svg, one process per chart | ${c.charts} | ${c.perChart === null ? "not installed (bench/setup-peers.sh)" : f(c.perChart, 2)} | ${c.perChart === null ? "–" : `${f(c.perChart / c.oneProcess, 2)}×`} |`,
  ].join("\n");
}

export function incrementalTable(i: Incremental): string {
  return [
    `Corpus of ${i.documents} documents, per-document cache warm:`,
    "",
    "| build | seconds |",
    "|---|---:|",
    `| full, cold cache | ${f(i.full, 2)} |`,
    `| nothing changed | ${f(i.unchanged, 2)} |`,
    `| one document changed | ${f(i.oneChanged, 2)} |`,
  ].join("\n");
}
