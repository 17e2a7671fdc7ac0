// data/raw/review.csv: a researcher accepts, rejects or corrects a claim by id. Applying it keeps
// an audit status on every claim and returns the rows whose claim no longer exists (orphans).
import { parse } from "csv-parse/sync";
import { PipelineError } from "../errors.ts";
import { canonicalize } from "./canonical.ts";
import type { Claim, ReviewAction, ReviewRow } from "./types.ts";

export const REVIEW_COLUMNS = [
  "id",
  "action",
  "category",
  "low",
  "high",
  "unit",
  "year",
  "commodity",
  "party_from",
  "party_to",
  "entity",
  "note",
] as const;
const ACTIONS: readonly ReviewAction[] = ["accept", "reject", "correct"];

export function parseReview(text: string, file: string): ReviewRow[] {
  if (text.trim() === "") return [];
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false });
  } catch (error) {
    const e = error as { message: string; lines?: number };
    throw new PipelineError("REVIEW_BAD_ROW", `Malformed review CSV: ${e.message}`, {
      file,
      line: e.lines,
    });
  }
  const [header, ...rows] = records;
  const names = header.map((h) => h.trim().toLowerCase());
  for (const column of ["id", "action"]) {
    if (!names.includes(column)) {
      throw new PipelineError(
        "REVIEW_MISSING_COLUMN",
        `Review file lacks the column "${column}": expected ${REVIEW_COLUMNS.join(",")}, got ${names.join(",")}`,
        { file, line: 1 },
      );
    }
  }
  const seen = new Map<string, number>();
  return rows.map((cells, i) => {
    const line = i + 2;
    const get = (c: string) => (names.includes(c) ? (cells[names.indexOf(c)] ?? "").trim() : "");
    const text = (c: string) => get(c) || null;
    const num = (c: string) => {
      const v = get(c);
      if (v === "") return null;
      if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(v))
        throw new PipelineError(
          "REVIEW_BAD_ROW",
          `Review column ${c} must be a plain number, got "${v}"`,
          { file, line },
        );
      return Number(v);
    };
    const id = get("id");
    if (!/^c-[0-9a-f]{12}$/.test(id))
      throw new PipelineError(
        "REVIEW_BAD_ROW",
        `Review id must be a claim id like c-0123456789ab, got "${id}"`,
        { file, line },
      );
    if (seen.has(id))
      throw new PipelineError(
        "REVIEW_DUPLICATE_ID",
        `Claim ${id} is reviewed twice, first on line ${seen.get(id)}`,
        { file, line },
      );
    seen.set(id, line);
    const action = get("action").toLowerCase() as ReviewAction;
    if (!ACTIONS.includes(action))
      throw new PipelineError(
        "REVIEW_BAD_ROW",
        `Review action must be accept, reject or correct, got "${get("action")}"`,
        { file, line },
      );
    const year = num("year");
    if (year !== null && !Number.isInteger(year))
      throw new PipelineError(
        "REVIEW_BAD_ROW",
        `Review year must be an integer, got "${get("year")}"`,
        { file, line },
      );
    return {
      line,
      id,
      action,
      category: text("category"),
      low: num("low"),
      high: num("high"),
      unit: text("unit"),
      year,
      commodity: text("commodity"),
      party_from: text("party_from"),
      party_to: text("party_to"),
      entity: text("entity"),
      note: text("note"),
    };
  });
}

/** Rejected claims stay in the list with status "rejected" (tables drop them); orphans are rows matching no claim. */
export function applyReview(
  claims: Claim[],
  review: ReviewRow[],
): { claims: Claim[]; orphans: ReviewRow[] } {
  const ids = new Set(claims.map((c) => c.id));
  const byId = reviewById(review);
  return {
    claims: claims.map((c) => reviewed(c, byId)),
    orphans: review.filter((r) => !ids.has(r.id)),
  };
}

export function reviewById(review: ReviewRow[]): Map<string, ReviewRow> {
  return new Map(review.map((r) => [r.id, r]));
}

/** The claim as its review row (if any) leaves it. */
export function reviewed(c: Claim, byId: ReadonlyMap<string, ReviewRow>): Claim {
  const r = byId.get(c.id);
  if (!r) return c;
  const note = r.note ? [c.note, `review: ${r.note}`].filter(Boolean).join("; ") : c.note;
  if (r.action === "reject") return { ...c, status: "rejected" as const, note };
  if (r.action === "accept") return { ...c, status: "accepted" as const, note };
  const low = r.low ?? (r.high !== null && c.low === c.high ? r.high : c.low);
  const high = r.high ?? (r.low !== null && c.low === c.high ? r.low : c.high);
  const unit = r.unit ?? c.unit;
  const canonical = canonicalize(low, high, unit);
  const year = r.year ?? c.year;
  return {
    ...c,
    status: "corrected" as const,
    category: r.category ?? c.category,
    low,
    high,
    unit,
    value_canonical_low: canonical.low,
    value_canonical_high: canonical.high,
    unit_canonical: canonical.unit,
    commodity: r.commodity ?? c.commodity,
    party_from: r.party_from ?? c.party_from,
    party_to: r.party_to ?? c.party_to,
    entity: r.entity ?? c.entity,
    year,
    ...(r.year !== null
      ? { period_start: null, period_end: null, time_source: "stated" as const }
      : {}),
    note,
  };
}
