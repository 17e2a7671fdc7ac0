// Edge module: one document in data/raw/ → its compact outcome, from the cache when its bytes and
// the pipeline are unchanged. Runs inside a worker thread, or inline for small builds.
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import type { Taxonomy } from "../claims/index.ts";
import { extractDocument } from "../claims/index.ts";
import { DEFAULT_MAX_BYTES, type DeclaredEncoding, readDocument } from "../ingest/index.ts";
import { compactOutcome, type DocumentOutcome } from "./compact.ts";
import { cacheKey, readCached, writeCached } from "./doc-cache.ts";

export interface DocumentTask {
  index: number;
  id: string;
  path: string;
  encoding: DeclaredEncoding | null;
  maxBytes?: number;
}

export interface TaskContext {
  taxonomy: Taxonomy;
  /** Folder of the per-document cache; null turns it off. */
  cacheDir: string | null;
  buildKey: string;
}

export interface TaskOutcome extends DocumentOutcome {
  index: number;
  cached: boolean;
  /** The cache key used, or null when the cache is off. */
  key: string | null;
}

export async function runTask(task: DocumentTask, context: TaskContext): Promise<TaskOutcome> {
  const key = context.cacheDir ? await keyOf(task, context) : null;
  if (key && context.cacheDir) {
    const hit = await readCached(context.cacheDir, key);
    if (hit) return { ...hit, index: task.index, cached: true, key };
  }
  const raw = await readDocument(task.path, {
    encoding: task.encoding ?? undefined,
    maxBytes: task.maxBytes,
  });
  const outcome = compactOutcome(raw, extractDocument(raw, context.taxonomy));
  if (key && context.cacheDir) await writeCached(context.cacheDir, key, outcome);
  return { ...outcome, index: task.index, cached: false, key };
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
