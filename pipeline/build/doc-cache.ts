// Edge module: the per-document cache. An entry is keyed by the document's bytes (sha256), how it is
// read (id, path, declared encoding) and the build key (pipeline code + taxonomy), so a change to any
// of them misses and reruns that document's extraction; nothing else can make an entry stale.
import { createHash } from "node:crypto";
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "../io/atomic-write.ts";
import type { DocumentOutcome } from "./compact.ts";

const SUFFIX = ".json";

export interface CacheKeyParts {
  buildKey: string;
  id: string;
  path: string;
  encoding: string;
  sha256: string;
}

export function cacheKey(parts: CacheKeyParts): string {
  const { buildKey, id, path, encoding, sha256 } = parts;
  return createHash("sha256")
    .update(JSON.stringify([buildKey, id, path, encoding, sha256]))
    .digest("hex");
}

export async function readCached(dir: string, key: string): Promise<DocumentOutcome | null> {
  try {
    const entry = JSON.parse(await readFile(join(dir, key + SUFFIX), "utf8"));
    return entry?.key === key ? (entry.outcome as DocumentOutcome) : null;
  } catch {
    // Missing or unreadable (a build killed mid-write leaves only a temp file): recompute.
    return null;
  }
}

export async function writeCached(
  dir: string,
  key: string,
  outcome: DocumentOutcome,
): Promise<void> {
  await writeFileAtomic(join(dir, key + SUFFIX), JSON.stringify({ key, outcome }));
}

/** Removes entries this build did not use, so the cache holds one entry per current document. */
export async function pruneCache(dir: string, keep: ReadonlySet<string>): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((n) => n.endsWith(SUFFIX) && !keep.has(n.slice(0, -SUFFIX.length)));
  await Promise.all(stale.map((n) => rm(join(dir, n), { force: true })));
  return stale.length;
}
