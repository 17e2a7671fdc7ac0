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
} from "./build/index.ts";
import { defaultTaxonomyPath, loadTaxonomy, parseReview, reviewById } from "./claims/index.ts";
import {
  checkManifestCoverage,
  documentId,
  isDocumentPath,
  type ManifestRow,
  parseManifest,
} from "./ingest/index.ts";
import { writeFileIfChanged } from "./io/atomic-write.ts";
import { acquireLock } from "./io/lock.ts";
import { StreamedFile } from "./io/streamed-file.ts";
import {
  compareIds,
  csvHeader,
  dataPackage,
  type FileDigest,
  TABLES,
  TableTally,
} from "./tables/index.ts";

/** Every table file, opened with its header written. */
async function openTables(outDir: string): Promise<Map<string, StreamedFile>> {
  const files = new Map<string, StreamedFile>();
  for (const spec of TABLES) {
    const file = await StreamedFile.open(join(outDir, `${spec.name}.csv`));
    file.append(csvHeader(spec.fields));
    files.set(spec.name, file);
  }
  return files;
}

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

    // 3. Process: documents stream through the workers in id order, the tables' order; each comes
    // back as its share of every table, appended to the table files at once, so memory does not
    // grow with the corpus.
    const rows = new Map(manifest.map((row) => [row.id, row]));
    const names = paths
      .map((name) => ({ name, id: documentId(name) }))
      .sort((a, b) => compareIds(a.id, b.id) || compareIds(a.name, b.name));
    const tasks: DocumentTask[] = names.map(({ name, id }, index) => ({
      index,
      id,
      path: join(options.rawDir, name),
      encoding: (rows.get(id) as ManifestRow).encoding,
      maxBytes: options.maxBytes,
      row: rows.get(id) as ManifestRow,
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
    const tally = new TableTally();
    const keys = new Set<string>();
    let cached = 0;
    const context = {
      taxonomy,
      cacheDir,
      buildKey: cacheDir ? await buildKey(taxonomyText) : "",
      review: reviewById(review),
    };
    const files = await openTables(options.outDir);
    const written: string[] = [];
    try {
      await extractAll(
        tasks,
        {
          jobs: options.jobs,
          bytes: progress.bytesTotal,
          context,
          taxonomyText,
          taxonomyPath,
          review,
        },
        (outcome) => {
          if (outcome.empty)
            warnings.push(`${outcome.raw.path}: document is empty; it yields no claims`);
          for (const [name, file] of files) file.append(outcome.tables.lines[name]);
          tally.add(outcome.tables);
          if (outcome.key) keys.add(outcome.key);
          if (outcome.cached) cached += 1;
          progress.done += 1;
          progress.bytesDone += sizes[outcome.index];
          progress.seconds = (performance.now() - started) / 1000;
          options.onProgress?.({ ...progress });
        },
      );
      // 4. Tables: the files are complete; rename each into place unless unchanged.
      const digests = new Map<string, FileDigest>();
      for (const [name, file] of files) {
        const { changed, ...digest } = await file.commit();
        digests.set(`${name}.csv`, digest);
        if (changed) written.push(`${name}.csv`);
      }
      const descriptor = dataPackage(TABLES, digests, manifest);
      if (await writeFileIfChanged(join(options.outDir, "datapackage.json"), descriptor))
        written.push("datapackage.json");
    } catch (error) {
      await Promise.all([...files.values()].map((f) => f.abort()));
      throw error;
    }
    warnings.push(...tally.warnings(review));

    if (cacheDir) await pruneCache(cacheDir, keys);
    const claims = tally.extracted;
    for (const warning of warnings) options.log(`warning: ${warning}`);
    const seconds = (performance.now() - started) / 1000;
    return { documents: paths.length, claims, warnings, written, cached, seconds };
  } finally {
    await lock.release();
  }
}
