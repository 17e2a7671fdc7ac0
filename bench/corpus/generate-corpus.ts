// Edge module: writes a generated corpus (documents + sources.csv) into a folder, one document at a
// time, so generating 10,000 documents holds one in memory.
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { namesOf, paragraphsOf, variation } from "./mutate.ts";
import { seededRng } from "./rng.ts";

export interface CorpusOptions {
  /** Folders whose .txt files are the sources (seeds, dev documents). */
  sourceDirs: string[];
  outDir: string;
  documents: number;
  /** Mean document size in characters; sizes are spread evenly from a tenth to nearly twice it. */
  meanChars: number;
  seed: number;
}

export interface CorpusStats {
  documents: number;
  bytes: number;
  sources: number;
}

export async function readSources(dirs: readonly string[]): Promise<string[]> {
  const texts: string[] = [];
  for (const dir of dirs) {
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) =>
      n.endsWith(".txt"),
    );
    for (const name of names.sort()) texts.push(await readFile(join(dir, name), "utf8"));
  }
  return texts;
}

export async function generateCorpus(options: CorpusOptions): Promise<CorpusStats> {
  const texts = await readSources(options.sourceDirs);
  if (texts.length === 0) throw new Error(`No .txt sources in ${options.sourceDirs.join(", ")}`);
  const sources = texts.map(paragraphsOf);
  const names = namesOf(texts);
  const rng = seededRng(options.seed);
  await rm(options.outDir, { recursive: true, force: true });
  await mkdir(options.outDir, { recursive: true });
  const width = String(options.documents).length;
  const rows = ["id,title,author,publication,year,url,licence,encoding"];
  let bytes = 0;
  for (let i = 0; i < options.documents; i++) {
    const id = `doc-${String(i + 1).padStart(width, "0")}`;
    const target = Math.round(options.meanChars * (0.1 + rng() * 1.8));
    const text = variation(sources, names, target, rng);
    await writeFile(join(options.outDir, `${id}.txt`), text);
    bytes += Buffer.byteLength(text);
    rows.push(`${id},Generated document ${i + 1},,Benchmark corpus,${1950 + (i % 70)},,,`);
  }
  await writeFile(join(options.outDir, "sources.csv"), `${rows.join("\n")}\n`);
  return { documents: options.documents, bytes, sources: texts.length };
}
