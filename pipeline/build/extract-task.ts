// Edge module: one document in data/raw/ → its compact outcome, from the cache when its bytes and
// the pipeline are unchanged. Runs inside a worker thread, or inline for small builds.
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import type { ReviewRow, Taxonomy } from "../claims/index.ts";
import { extractDocument } from "../claims/index.ts";
import {
  DEFAULT_MAX_BYTES,
  type DeclaredEncoding,
  type ManifestRow,
  type RawDocument,
  readDocument,
} from "../ingest/index.ts";
import { type DocumentTables, documentTables } from "../tables/index.ts";
import { compactOutcome, type DocumentOutcome } from "./compact.ts";
import { cacheKey, readCached, writeCached } from "./doc-cache.ts";

export interface DocumentTask {
  index: number;
  id: string;
  path: string;
  encoding: DeclaredEncoding | null;
  maxBytes?: number;
  /** The document's row in sources.csv, for documents.csv. */
  row: ManifestRow;
}

export interface TaskContext {
  taxonomy: Taxonomy;
  /** Folder of the per-document cache; null turns it off. */
  cacheDir: string | null;
  buildKey: string;
  /** review.csv by claim id; applied after the cache, so editing it reruns no extraction. */
  review: ReadonlyMap<string, ReviewRow>;
}

/** A document's share of the tables with its CSV lines encoded as UTF-8, one array per table. */
export type EncodedTables = Omit<DocumentTables, "lines"> & { lines: Record<string, Uint8Array> };

/** What the build keeps of a document: its metadata and its share of the tables, already as CSV. */
export interface TaskOutcome {
  index: number;
  /** The document's metadata; `text` is always "". */
  raw: RawDocument;
  empty: boolean;
  tables: EncodedTables;
  cached: boolean;
  /** The cache key used, or null when the cache is off. */
  key: string | null;
}

export async function runTask(task: DocumentTask, context: TaskContext): Promise<TaskOutcome> {
  const { outcome, cached, key } = await extractOrRecall(task, context);
  const share = documentTables(
    {
      row: task.row,
      sha256: outcome.raw.sha256,
      characters: outcome.characters,
      result: outcome.result,
    },
    context.review,
  );
  // Encoded here, in the worker: the main thread then only hashes and writes bytes, and the
  // arrays move to it without a copy (see transferList).
  const encoder = new TextEncoder();
  const lines: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(share.lines)) lines[name] = encoder.encode(text);
  const tables = { ...share, lines };
  return { index: task.index, raw: outcome.raw, empty: outcome.empty, tables, cached, key };
}

/** The buffers a worker hands over with an outcome instead of copying them. */
export function transferList(outcome: TaskOutcome): ArrayBuffer[] {
  return Object.values(outcome.tables.lines).map((bytes) => bytes.buffer as ArrayBuffer);
}

async function extractOrRecall(
  task: DocumentTask,
  context: TaskContext,
): Promise<{ outcome: DocumentOutcome; cached: boolean; key: string | null }> {
  const key = context.cacheDir ? await keyOf(task, context) : null;
  if (key && context.cacheDir) {
    const hit = await readCached(context.cacheDir, key);
    if (hit) return { outcome: hit, cached: true, key };
  }
  const raw = await readDocument(task.path, {
    encoding: task.encoding ?? undefined,
    maxBytes: task.maxBytes,
  });
  const outcome = compactOutcome(raw, extractDocument(raw, context.taxonomy));
  if (key && context.cacheDir) await writeCached(context.cacheDir, key, outcome);
  return { outcome, cached: false, key };
}

/** Hashes the bytes first, so a cache hit skips decoding; files over the limit fall through to readDocument's error. */
async function keyOf(task: DocumentTask, context: TaskContext): Promise<string | null> {
  const size = await stat(task.path).then(
    (s) => s.size,
    () => Number.POSITIVE_INFINITY,
  );
  if (size > (task.maxBytes ?? DEFAULT_MAX_BYTES)) return null;
  const sha256 = createHash("sha256")
    .update(await readFile(task.path))
    .digest("hex");
  return cacheKey({
    buildKey: context.buildKey,
    id: task.id,
    path: task.path,
    encoding: task.encoding ?? "",
    sha256,
  });
}
