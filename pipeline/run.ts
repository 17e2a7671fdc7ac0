// The build: every document in data/raw/ → tidy tables in data/processed/.
//
//   data/raw/*.txt|md|pdf    data/raw/sources.csv    data/raw/review.csv   pipeline/claims/taxonomy.json
//          │                        │                        │                       │
//          ▼  1. ingest             ▼  2. manifest check     │                       │
//   RawDocument ──► DocumentModel (pages, footnotes, markers, works) ──► sentences   │
//          │                                                                          │
//          ▼  3. quantities + claims, one document at a time                          ▼
//   Claim[], DatedEvent[] per document  ◄──────────────────────────────────── taxonomy
//          │
//          ▼  4. tables: review applied, tidy CSVs + datapackage.json
//   data/processed/*.csv ──► 5. charts (`trade-claims charts`, its own make target) ──► charts/
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { type DocumentClaims, defaultTaxonomyPath, extractDocument, loadTaxonomy, parseReview } from "./claims/index.ts";
import {
  checkManifestCoverage,
  documentId,
  isDocumentPath,
  type ManifestRow,
  parseManifest,
  readDocument,
  type RawDocument,
} from "./ingest/index.ts";
import { PipelineError } from "./errors.ts";
import { acquireLock } from "./io/lock.ts";
import { writeFileIfChanged } from "./io/atomic-write.ts";
import { buildTables } from "./tables/index.ts";

export interface BuildOptions {
  rawDir: string;
  outDir: string;
  taxonomyPath?: string;
  maxBytes?: number;
  log: (message: string) => void;
}

export interface BuildSummary {
  documents: number;
  claims: number;
  warnings: string[];
  written: string[];
  seconds: number;
}

export async function runBuild(options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const lock = await acquireLock(join(options.outDir, ".build.lock"));
  try {
    // Load inputs
    const manifestPath = join(options.rawDir, "sources.csv");
    const manifest = parseManifest(await readText(manifestPath), manifestPath);
    const paths = (await readdir(options.rawDir)).filter(isDocumentPath).sort();
    checkManifestCoverage(manifest, paths.map(documentId), manifestPath);
    const taxonomyPath = options.taxonomyPath ?? defaultTaxonomyPath;
    const taxonomy = loadTaxonomy(await readText(taxonomyPath), taxonomyPath);
    const reviewPath = join(options.rawDir, "review.csv");
    const review = parseReview(await readText(reviewPath, ""), reviewPath);

    // Process: one document at a time, so memory holds one text plus the growing tables.
    const rows = new Map(manifest.map((row) => [row.id, row]));
    const warnings: string[] = [];
    const documents: Array<{ row: ManifestRow; raw: RawDocument; pages: number }> = [];
    const results: DocumentClaims[] = [];
    for (const name of paths) {
      const row = rows.get(documentId(name)) as ManifestRow;
      const path = join(options.rawDir, name);
      const raw = await readDocument(path, { encoding: row.encoding ?? undefined, maxBytes: options.maxBytes });
      if (raw.text.trim() === "") warnings.push(`${path}: document is empty; it yields no claims`);
      const result = extractDocument(raw, taxonomy);
      documents.push({ row, raw: { ...raw, text: "" }, pages: result.model.pages.length || 1 });
      results.push(result);
    }
    const tables = buildTables({ documents, results, review });
    warnings.push(...tables.warnings);

    // Save outputs
    const written: string[] = [];
    for (const file of tables.files) {
      if (await writeFileIfChanged(join(options.outDir, file.name), file.content)) written.push(file.name);
    }
    const claims = results.reduce((n, r) => n + r.claims.length, 0);
    for (const warning of warnings) options.log(`warning: ${warning}`);
    return { documents: paths.length, claims, warnings, written, seconds: (performance.now() - started) / 1000 };
  } finally {
    await lock.release();
  }
}

async function readText(path: string, fallback?: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    if (fallback !== undefined) return fallback;
    throw new PipelineError("INGEST_NOT_FOUND", "Required input file is missing", { file: path });
  }
}
