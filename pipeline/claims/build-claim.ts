// One kept quantity → a claim: category, commodity, parties, entity, time, footnote and citation.

import type { Quantity } from "../quantities/types.ts";
import { canonicalize } from "./canonical.ts";
import { claimUnit } from "./claim-unit.ts";
import { classify, dimensionOf } from "./classify.ts";
import type { SentenceContext } from "./document-context.ts";
import type { ExtractInput } from "./extract-claims.ts";
import { headingYear, listHeadingOf } from "./list-heading.ts";
import { measureOf } from "./measure.ts";
import { commodityOf, entityOf, mentionsFacility, partiesOf } from "./participants.ts";
import { type Anchor, anchorTime } from "./time-anchor.ts";
import type { Claim } from "./types.ts";

// "annually over five years", "for a period of ten years": a duration that dates another figure.
const FRAME = /\b(?:over|for|during|within)\s+(?:a\s+period\s+of\s+|the\s+)?$/i;

// Categories whose figures are amounts over a period, so a report's one stated year dates them.
const FLOWS = new Set(["trade_value", "trade_volume", "export_share", "change"]);

/** An item with no date of its own takes the one year its list's heading states ("Key results for 2023:"). */
function withHeadingYear(anchor: Anchor, heading: string | null): Anchor {
  const year = anchor.time_source === "stated" || heading === null ? null : headingYear(heading);
  if (year === null) return anchor;
  return {
    year,
    period_start: null,
    period_end: null,
    time_source: "stated",
    note: `year stated in the list's heading ("${heading}")`,
  };
}

export function buildClaim(
  input: ExtractInput,
  all: SentenceContext[],
  c: SentenceContext,
  q: Quantity & { unit: string },
): Claim | { skip: string } {
  const s = c.sentence;
  const notes: string[] = [];
  const span: [number, number] = [q.start, q.end];
  const neighbours = [c.previous[0], c.next[0]]
    .filter((j) => j !== undefined)
    .map((j) => all[j].sentence.text);
  const views = c.previous.map((j) => ({
    text: all[j].sentence.text,
    refersBack: all[j].refersBack,
  }));
  const { unit, note: unitNote, dimension } = claimUnit(q, [s.text, ...views.map((v) => v.text)]);
  // An item of a numbered list is read under its list's heading ("Exports to Brazil (annual quotas)").
  const heading = listHeadingOf(input.rawText, s.rawOffsets[0]);
  const lead = heading === null ? "" : `${heading.replace(/[()[\]]/g, " ")} `;
  const { category } = classify(
    {
      quantity: { ...q, start: q.start + lead.length, end: q.end + lead.length },
      sentence: lead + s.text,
      neighbours,
      dimension,
    },
    input.taxonomy,
  );
  if (category !== "loan" && dimensionOf(q) === "time" && FRAME.test(s.text.slice(0, q.start))) {
    const others = c.found.filter(
      (o) => o !== q && o.kind === "quantity" && o.start !== q.start && dimensionOf(o) !== "time",
    );
    if (others.length > 0) return { skip: "time frame of another claim" };
  }
  const config = input.taxonomy.categories.find((x) => x.id === category);
  const price = dimension === "price" || dimensionOf(q) === "price";
  const commodity =
    config?.commodity || price
      ? commodityOf({ text: s.text, refersBack: c.refersBack }, span, views, price)
      : null;
  const anchor = withHeadingYear(
    anchorTime(s.text, span, c.times, c.narrative, FLOWS.has(category)),
    heading,
  );
  notes.push(anchor.note);
  if (unitNote) notes.push(unitNote);
  if (config?.commodity && commodity === null)
    notes.push("no commodity named in or before the sentence");
  const entity =
    entityOf(s.text, span) ?? (category === "power_capacity" ? entityNearby(all, c) : null);
  const marker = s.markers.find((m) => m.start >= q.end);
  const footnote = marker?.number ?? null;
  const source = footnote ?? s.inFootnote;
  const cited = source === null ? null : input.citation(source);
  if (footnote === null && s.inFootnote === null) notes.push("no footnote marker cites it");
  else if (!cited) notes.push(`footnote ${source} has no citation text in the document`);
  const canonical = canonicalize(q.low, q.high, unit);
  const { parties, party_from, party_to } = partiesOf(s.text, span);
  const start = s.rawOffsets[q.start];
  const end = s.rawOffsets[q.end - 1] + 1;
  return {
    id: "",
    doc: input.doc,
    status: "extracted",
    category,
    measure: measureOf(canonical.unit, q.noun, [category, commodity].filter(Boolean).join(" ")),
    text: q.text,
    low: q.low,
    high: q.high,
    unit,
    value_canonical_low: canonical.low,
    value_canonical_high: canonical.high,
    unit_canonical: canonical.unit,
    qualifier: q.qualifier,
    approximate: q.qualifier === "approx",
    change: q.change,
    per: q.per,
    noun: q.noun,
    commodity,
    // Named, not spread: a spread in the middle of the literal builds the claim property by property.
    parties,
    party_from,
    party_to,
    entity,
    year: anchor.year,
    period_start: anchor.period_start,
    period_end: anchor.period_end,
    time_source: anchor.time_source,
    page: s.page,
    page_printed: s.pagePrinted,
    line: input.line(start),
    start,
    end,
    in_footnote: s.inFootnote,
    footnote,
    work_id: cited?.work ?? null,
    citation: cited?.text ?? null,
    quote: s.text,
    note: notes.join("; "),
  };
}

/** A facility named in the sentences a claim's sentence refers back to, or in the body sentence citing its footnote. */
function entityNearby(all: SentenceContext[], c: SentenceContext): string | null {
  let chain = c;
  if (c.sentence.inFootnote !== null) {
    const citing = all.find(
      (x) =>
        x.sentence.inFootnote === null &&
        x.sentence.markers.some((m) => m.number === c.sentence.inFootnote),
    );
    if (!citing) return null;
    chain = citing;
    const own = entityOf(citing.sentence.text, [
      citing.sentence.text.length,
      citing.sentence.text.length,
    ]);
    if (own) return own;
  }
  if (!mentionsFacility(chain.sentence.text)) return null;
  for (const j of chain.previous) {
    const text = all[j].sentence.text;
    const name = entityOf(text, [text.length, text.length]);
    if (name) return name;
  }
  return null;
}
