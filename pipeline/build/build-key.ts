// Edge module: the build key, a hash of the pipeline's own code and data files and of the taxonomy.
// Any edit to either changes every cache key, so a cached extraction is never older than its code.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PIPELINE_DIR = fileURLToPath(new URL("..", import.meta.url));

/** Chart code renders tables; it never changes what a document yields. */
const UNRELATED = /^charts\//;

export async function buildKey(taxonomyText: string, root = PIPELINE_DIR): Promise<string> {
  const hash = createHash("sha256").update(process.version).update("\0").update(taxonomyText);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length).replaceAll("\\", "/"))
    .map((name) => name.replace(/^\//, ""))
    .filter((name) => !UNRELATED.test(name) && /\.(ts|js|json)$/.test(name))
    .sort();
  for (const name of files) {
    hash
      .update("\0")
      .update(name)
      .update("\0")
      .update(await readFile(join(root, name)));
  }
  return hash.digest("hex");
}
