// Gold claims (JSON Lines, the format of the corpus READMEs) and where each mention sits in the raw text.
import { PipelineError } from "../errors.ts";

export interface GoldClaim {
  line: number;
  doc: string;
  mention: string;
  occurrence: number;
  low: number;
  high: number;
  unit: string;
  category: string;
  commodity: string | null;
  year: number | null;
  footnote?: number;
  citation_contains?: string;
  entity?: string;
}

export function parseGold(text: string, file: string): GoldClaim[] {
  const out: GoldClaim[] = [];
  for (const [i, row] of text.split(/\r?\n/).entries()) {
    if (row.trim() === "") continue;
    const line = i + 1;
    let g: Record<string, unknown>;
    try {
      g = JSON.parse(row);
    } catch (error) {
      throw new PipelineError(
        "GOLD_BAD_ROW",
        `Gold line is not JSON: ${(error as Error).message}`,
        { file, line },
      );
    }
    const need = (key: string, type: string) => {
      if (typeof g[key] !== type) {
        throw new PipelineError(
          "GOLD_BAD_ROW",
          `Gold field "${key}" must be a ${type}, got ${JSON.stringify(g[key])}`,
          { file, line },
        );
      }
    };
    for (const key of ["doc", "mention", "unit", "category"]) need(key, "string");
    for (const key of ["occurrence", "low", "high"]) need(key, "number");
    out.push({
      line,
      doc: g.doc as string,
      mention: g.mention as string,
      occurrence: g.occurrence as number,
      low: g.low as number,
      high: g.high as number,
      unit: g.unit as string,
      category: g.category as string,
      commodity: (g.commodity as string | null) ?? null,
      year: (g.year as number | null) ?? null,
      ...(typeof g.footnote === "number" ? { footnote: g.footnote } : {}),
      ...(typeof g.citation_contains === "string"
        ? { citation_contains: g.citation_contains }
        : {}),
      ...(typeof g.entity === "string" ? { entity: g.entity } : {}),
    });
  }
  return out;
}

/**
 * Raw [start, end) of a gold mention: its `occurrence`-th hit, counted by repeated find from the
 * previous hit + 1, in the raw text with whitespace runs collapsed to one space (mapped back to raw).
 */
export function locateMention(
  raw: string,
  mention: string,
  occurrence: number,
): [number, number] | null {
  const map: number[] = [];
  let collapsed = "";
  for (let i = 0; i < raw.length; i++) {
    if (/\s/.test(raw[i])) {
      if (collapsed.endsWith(" ")) continue;
      collapsed += " ";
    } else collapsed += raw[i];
    map.push(i);
  }
  const target = mention.replace(/\s+/g, " ");
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = collapsed.indexOf(target, at + 1);
    if (at < 0) return null;
  }
  return [map[at], map[at + target.length - 1] + 1];
}
