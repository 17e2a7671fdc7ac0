// Public surface of the claims stage: taxonomy, extraction, review and the claims/eval commands.

export { canonicalize } from "./canonical.ts";
export { claimJson, claimsCommand } from "./claims-command.ts";
export { evalCommand, evaluate, report } from "./eval-command.ts";
export { type ExtractInput, extractClaims } from "./extract-claims.ts";
export { extractDocument } from "./extract-document.ts";
export { type GoldClaim, locateMention, parseGold } from "./gold.ts";
export { applyReview, parseReview, REVIEW_COLUMNS, reviewById, reviewed } from "./review.ts";
export { type Score, score } from "./score.ts";
export { type Category, defaultTaxonomyPath, loadTaxonomy, type Taxonomy } from "./taxonomy.ts";
export type {
  Claim,
  ClaimStatus,
  DatedEvent,
  DocumentClaims,
  EventKind,
  ReviewAction,
  ReviewRow,
  TimeSource,
} from "./types.ts";
