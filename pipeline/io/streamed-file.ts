// Edge module: an output too large to hold as one string, written piece by piece to a temporary
// file and renamed into place at the end, so readers still see only the old file or the new one.
// Its size and SHA-256 are computed on the way; an unchanged result leaves the old file (and its
// timestamp) alone.
import { createHash, type Hash } from "node:crypto";
import { closeSync, createReadStream, openSync, writeSync } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { dirname } from "node:path";
import type { FileDigest } from "../tables/datapackage.ts";
import { tempPathFor } from "./atomic-write.ts";

// Pieces are small (one document's rows); writing them in batches keeps system calls few.
const FLUSH_BYTES = 1 << 20;

export class StreamedFile {
  private readonly temp: string;
  private fd: number | null;
  private readonly hash: Hash = createHash("sha256");
  private bytes = 0;
  private pending: Uint8Array[] = [];
  private pendingLength = 0;

  private constructor(readonly path: string) {
    this.temp = tempPathFor(path);
    this.fd = openSync(this.temp, "w");
  }

  static async open(path: string): Promise<StreamedFile> {
    await mkdir(dirname(path), { recursive: true });
    return new StreamedFile(path);
  }

  /** Appends text, or bytes already encoded as UTF-8 (a worker thread encodes its share). */
  append(piece: string | Uint8Array): void {
    const bytes = typeof piece === "string" ? Buffer.from(piece, "utf8") : piece;
    if (bytes.length === 0) return;
    this.pending.push(bytes);
    this.pendingLength += bytes.length;
    if (this.pendingLength >= FLUSH_BYTES) this.flush();
  }

  /** Renames the temporary file into place unless the old file has the same bytes. */
  async commit(): Promise<FileDigest & { changed: boolean }> {
    this.flush();
    this.close();
    const digest = { bytes: this.bytes, sha256: this.hash.digest("hex") };
    const same = await sameContent(this.path, digest);
    if (same) await rm(this.temp, { force: true });
    else await rename(this.temp, this.path);
    return { ...digest, changed: !same };
  }

  async abort(): Promise<void> {
    this.close();
    await rm(this.temp, { force: true });
  }

  private flush(): void {
    if (this.pending.length === 0 || this.fd === null) return;
    const chunk = Buffer.concat(this.pending, this.pendingLength);
    this.pending = [];
    this.pendingLength = 0;
    this.hash.update(chunk);
    this.bytes += chunk.length;
    for (let written = 0; written < chunk.length; )
      written += writeSync(this.fd, chunk, written, chunk.length - written);
  }

  private close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

async function sameContent(path: string, digest: FileDigest): Promise<boolean> {
  const size = await stat(path).then(
    (s) => s.size,
    () => -1,
  );
  if (size !== digest.bytes) return false;
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex") === digest.sha256;
}
