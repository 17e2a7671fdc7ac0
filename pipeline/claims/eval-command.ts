// `trade-claims eval --gold FILE.jsonl --docs DIR [--taxonomy FILE]`: precision, recall and F1 of
// the claims against a gold file, accuracy of category, year and commodity over the matches, then
// the misses and the false positives.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "../cli-io.ts";
import { PipelineError } from "../errors.ts";
import { documentId, isDocumentPath, readDocument } from "../ingest/index.ts";
import { parseArgs, readTaxonomy } from "./claims-command.ts";
import { extractDocument } from "./extract-document.ts";
import { locateMention, parseGold } from "./gold.ts";
import { type Located, type Score, score } from "./score.ts";
import type { Taxonomy } from "./taxonomy.ts";
import type { Claim } from "./types.ts";

export const evalCommand: Command = async (args, io) => {
  const { values, taxonomyPath } = parseArgs(args, "eval", ["--gold", "--docs"]);
  if (!values.gold || !values.docs)
    throw new PipelineError("USAGE", "eval needs --gold FILE.jsonl and --docs DIR");
  const taxonomy = await readTaxonomy(taxonomyPath);
  io.stdout.write(report(await evaluate(values.gold, values.docs, taxonomy)));
  return 0;
};

/** Scores the claims of the documents a gold file names (a document without gold lines has no truth). */
export async function evaluate(
  goldPath: string,
  docsDir: string,
  taxonomy: Taxonomy,
): Promise<Score> {
  const gold = parseGold(await readFile(goldPath, "utf8"), goldPath);
  const names = new Map(
    (await readdir(docsDir)).filter(isDocumentPath).map((n) => [documentId(n), n]),
  );
  const located: Located[] = [];
  const claims: Claim[] = [];
  for (const doc of [...new Set(gold.map((g) => g.doc))].sort()) {
    const name = names.get(doc);
    if (!name)
      throw new PipelineError(
        "GOLD_BAD_ROW",
        `Gold names document "${doc}", which is not in ${docsDir}`,
        { file: goldPath },
      );
    const raw = await readDocument(join(docsDir, name));
    claims.push(...extractDocument(raw, taxonomy).claims);
    for (const g of gold.filter((x) => x.doc === doc)) {
      const span = locateMention(raw.text, g.mention, g.occurrence);
      if (!span)
        throw new PipelineError(
          "GOLD_BAD_ROW",
          `Mention "${g.mention}" #${g.occurrence} is not in ${name}`,
          { file: goldPath, line: g.line },
        );
      located.push({ ...g, start: span[0], end: span[1] });
    }
  }
  return score(located, claims);
}

const f = (x: number) => x.toFixed(3);

export function report(s: Score): string {
  const lines = [
    `claims: precision ${f(s.precision)}  recall ${f(s.recall)}  F1 ${f(s.f1)}  (${s.matched.length} matched, ${s.gold} gold, ${s.predicted} extracted)`,
    `over matched claims: category ${f(s.accuracy.category)}  year ${f(s.accuracy.year)}  commodity ${f(s.accuracy.commodity)}`,
  ];
  const wrong = s.matched.filter(
    (m) =>
      m.claim.category !== m.gold.category ||
      m.claim.year !== m.gold.year ||
      (m.claim.commodity ?? null) !== m.gold.commodity,
  );
  lines.push(`\nfield mismatches (${wrong.length}):`);
  for (const { gold: g, claim: c } of wrong) {
    const diff = [
      c.category !== g.category ? `category ${c.category} != ${g.category}` : "",
      c.year !== g.year ? `year ${c.year} != ${g.year}` : "",
      (c.commodity ?? null) !== g.commodity ? `commodity ${c.commodity} != ${g.commodity}` : "",
    ].filter(Boolean);
    lines.push(`  ${g.doc} "${g.mention}"#${g.occurrence}: ${diff.join(", ")}`);
  }
  lines.push(`\nmisses (${s.misses.length}):`);
  for (const g of s.misses)
    lines.push(
      `  ${g.doc} "${g.mention}"#${g.occurrence} ${g.low}${g.high !== g.low ? `-${g.high}` : ""} ${g.unit} ${g.category}`,
    );
  lines.push(`\nfalse positives (${s.falsePositives.length}):`);
  for (const c of s.falsePositives)
    lines.push(
      `  ${c.doc} "${c.text}" @${c.start} ${c.low}${c.high !== c.low ? `-${c.high}` : ""} ${c.unit} ${c.category}`,
    );
  return `${lines.join("\n")}\n`;
}
