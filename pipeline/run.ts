// The build: every document in data/raw/ → tidy tables in data/processed/.
//
//   data/raw/*.txt|md|pdf    data/raw/sources.csv    data/raw/review.csv   pipeline/claims/taxonomy.json
//          │                        │                        │                       │
//          ▼  1. ingest             ▼  2. manifest check     │                       │
//   RawDocument ──► DocumentModel (pages, footnotes, markers, works) ──► sentences   │
//          │                                                                          │
//          ▼  3. quantities + claims, one document per worker thread at a time        ▼
//   Claim[], DatedEvent[] per document (or its cache entry) ◄──────────────────── taxonomy
//          │
//          ▼  4. tables: review applied, tidy CSVs + datapackage.json
//   data/processed/*.csv ──► 5. charts (`trade-claims charts`, its own make target) ──► charts/
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import {
  buildKey,
  type DocumentTask,
  extractAll,
  fileSizes,
  type ProgressState,
  pruneCache,
  readText,
  removeStaleTemps,
  withTextLengths,
} from "./build/index.ts";
import {
  type DocumentClaims,
  defaultTaxonomyPath,
  loadTaxonomy,
  parseReview,
} from "./claims/index.ts";
import {
  checkManifestCoverage,
  documentId,
  isDocumentPath,
  type ManifestRow,
  parseManifest,
  type RawDocument,
} from "./ingest/index.ts";
import { writeFileIfChanged } from "./io/atomic-write.ts";
import { acquireLock } from "./io/lock.ts";
import { buildTables } from "./tables/index.ts";

export interface BuildOptions {
  rawDir: string;
  outDir: string;
  taxonomyPath?: string;
  maxBytes?: number;
  /** Worker threads for extraction; 1 extracts inline. Default: one per core (inline for a few documents). */
  jobs?: number;
  /** Per-document cache folder (default `<outDir>/.cache`); null turns the cache off. */
  cacheDir?: string | null;
  log: (message: string) => void;
  onProgress?: (state: ProgressState) => void;
}

export interface BuildSummary {
  documents: number;
  claims: number;
  warnings: string[];
  written: string[];
  /** Documents whose extraction came from the cache. */
  cached: number;
  seconds: number;
}

export async function runBuild(options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const lock = await acquireLock(join(options.outDir, ".build.lock"));
  try {
    await removeStaleTemps(options.outDir);
    // 1-2. Load inputs: manifest against the files present, taxonomy, review.
    const manifestPath = join(options.rawDir, "sources.csv");
    const manifest = parseManifest(await readText(manifestPath), manifestPath);
    const paths = (await readdir(options.rawDir)).filter(isDocumentPath).sort();
    checkManifestCoverage(manifest, paths.map(documentId), manifestPath);
    const taxonomyPath = options.taxonomyPath ?? defaultTaxonomyPath;
    const taxonomyText = await readText(taxonomyPath);
    const taxonomy = loadTaxonomy(taxonomyText, taxonomyPath);
    const reviewPath = join(options.rawDir, "review.csv");
    const review = parseReview(await readText(reviewPath, ""), reviewPath);
    const cacheDir =
      options.cacheDir === undefined ? join(options.outDir, ".cache") : options.cacheDir;
    if (cacheDir) await removeStaleTemps(cacheDir);

    // 3. Process: documents stream through the workers; only their compact outcomes are kept.
    const rows = new Map(manifest.map((row) => [row.id, row]));
    const tasks: DocumentTask[] = paths.map((name, index) => ({
      index,
      id: documentId(name),
      path: join(options.rawDir, name),
      encoding: (rows.get(documentId(name)) as ManifestRow).encoding,
      maxBytes: options.maxBytes,
    }));
    const sizes = await fileSizes(tasks.map((t) => t.path));
    const progress: ProgressState = {
      done: 0,
      total: tasks.length,
      bytesDone: 0,
      bytesTotal: sizes.reduce((a, b) => a + b, 0),
      seconds: 0,
    };
    const warnings: string[] = [];
    const documents: Array<{ row: ManifestRow; raw: RawDocument; pages: number }> = [];
    const results: DocumentClaims[] = [];
    const characters: number[] = [];
    const keys = new Set<string>();
    let cached = 0;
    const context = {
      taxonomy,
      cacheDir,
      buildKey: cacheDir ? await buildKey(taxonomyText) : "",
    };
    await extractAll(
      tasks,
      { jobs: options.jobs, bytes: progress.bytesTotal, context, taxonomyText, taxonomyPath },
      (outcome) => {
        const row = rows.get(outcome.raw.id) as ManifestRow;
        if (outcome.empty)
          warnings.push(`${outcome.raw.path}: document is empty; it yields no claims`);
        documents.push({ row, raw: outcome.raw, pages: outcome.result.model.pages.length || 1 });
        results.push(outcome.result);
        characters.push(outcome.characters);
        if (outcome.key) keys.add(outcome.key);
        if (outcome.cached) cached += 1;
        progress.done += 1;
        progress.bytesDone += sizes[outcome.index];
        progress.seconds = (performance.now() - started) / 1000;
        options.onProgress?.({ ...progress });
      },
    );

    // 4. Tables
    const tables = buildTables({
      documents,
      results: withTextLengths(results, characters),
      review,
    });
    warnings.push(...tables.warnings);

    // Save outputs
    const written: string[] = [];
    for (const file of tables.files) {
      if (await writeFileIfChanged(join(options.outDir, file.name), file.content))
        written.push(file.name);
    }
    if (cacheDir) await pruneCache(cacheDir, keys);
    const claims = results.reduce((n, r) => n + r.claims.length, 0);
    for (const warning of warnings) options.log(`warning: ${warning}`);
    const seconds = (performance.now() - started) / 1000;
    return { documents: paths.length, claims, warnings, written, cached, seconds };
  } finally {
    await lock.release();
  }
}
