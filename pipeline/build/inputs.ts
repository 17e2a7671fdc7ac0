// Edge helpers of the build: inputs read as text, document sizes.
import { readFile, stat } from "node:fs/promises";
import { PipelineError } from "../errors.ts";

export async function readText(path: string, fallback?: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    if (fallback !== undefined) return fallback;
    throw new PipelineError("INGEST_NOT_FOUND", "Required input file is missing", { file: path });
  }
}

/** Sizes in bytes, 0 for a file that cannot be read (reading it reports the error properly). */
export async function fileSizes(paths: string[]): Promise<number[]> {
  return Promise.all(
    paths.map((p) =>
      stat(p).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
}
