// Edge module: every output is written to a temporary file beside it and renamed into place, so a
// reader (or a build killed half-way) only ever sees the old file or the new one, never a part.
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

let counter = 0;

/** A fresh temporary name beside the file; build/stale-temps.ts removes those of dead processes. */
export function tempPathFor(path: string): string {
  counter += 1;
  return join(dirname(path), `.${basename(path)}.${process.pid}.${counter}.tmp`);
}

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = tempPathFor(path);
  try {
    await writeFile(temp, content);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Writes only when the content differs, so unchanged outputs keep their timestamps. */
export async function writeFileIfChanged(
  path: string,
  content: string | Uint8Array,
): Promise<boolean> {
  const { readFile } = await import("node:fs/promises");
  const next = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
  try {
    const previous = await readFile(path);
    if (previous.equals(next)) return false;
  } catch {
    // No previous file: write it.
  }
  await writeFileAtomic(path, next);
  return true;
}
