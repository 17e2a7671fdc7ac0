// The claims stage's public types: a claim (one quantitative statement with its context), a dated
// event, a document's result, and a review row.
import type { DocumentModel, Sentence } from "../ingest/types.ts";
import type { Qualifier } from "../quantities/types.ts";

export type TimeSource = "stated" | "narrative" | "bounded" | "unknown";
export type ClaimStatus = "extracted" | "accepted" | "corrected" | "rejected";
export type EventKind =
  | "agreement"
  | "treaty"
  | "loan"
  | "visit"
  | "election"
  | "recognition"
  | "other";

export interface Claim {
  /** Stable: hash of document id, quantity text and the occurrence of that text among the document's recognized figures. */
  id: string;
  doc: string;
  status: ClaimStatus;
  category: string;
  /** Groups comparable claims: `<unit_canonical>:<what is measured>`. */
  measure: string;
  text: string;
  low: number;
  high: number;
  unit: string;
  value_canonical_low: number;
  value_canonical_high: number;
  unit_canonical: string;
  qualifier: Qualifier;
  approximate: boolean;
  change: "up" | "down" | null;
  per: string | null;
  noun: string | null;
  commodity: string | null;
  parties: string[];
  party_from: string | null;
  party_to: string | null;
  entity: string | null;
  year: number | null;
  period_start: number | null;
  period_end: number | null;
  time_source: TimeSource;
  page: number;
  page_printed: number | null;
  line: number;
  /** Raw offsets of the quantity's text (UTF-16 code units of the decoded file). */
  start: number;
  end: number;
  in_footnote: number | null;
  footnote: number | null;
  work_id: string | null;
  citation: string | null;
  quote: string;
  /** Why a field is empty or how a value was found; "; "-joined. */
  note: string;
}

export interface DatedEvent {
  id: string;
  doc: string;
  /** ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  year: number;
  kind: EventKind;
  label: string;
  page: number;
  in_footnote: number | null;
  footnote: number | null;
  work_id: string | null;
  citation: string | null;
  quote: string;
  start: number;
  end: number;
}

export interface DocumentClaims {
  model: DocumentModel;
  sentences?: Sentence[];
  claims: Claim[];
  events: DatedEvent[];
  /** Quantities the stage saw but did not keep, counted by reason (for the run's counters). */
  skipped: Record<string, number>;
}

export type ReviewAction = "accept" | "reject" | "correct";

/** One row of data/raw/review.csv; empty cells are null and leave the claim's value unchanged. */
export interface ReviewRow {
  line: number;
  id: string;
  action: ReviewAction;
  category: string | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  year: number | null;
  commodity: string | null;
  party_from: string | null;
  party_to: string | null;
  entity: string | null;
  note: string | null;
}
