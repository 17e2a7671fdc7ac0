import { describe, expect, it } from "vitest";
import { applyReview, parseReview } from "../../pipeline/claims/index.ts";
import type { PipelineError } from "../../pipeline/errors.ts";
import { extract } from "./helpers.ts";

const HEADER = "id,action,category,low,high,unit,year,commodity,party_from,party_to,entity,note\n";
const codeOf = (text: string) => {
  try {
    parseReview(text, "review.csv");
  } catch (e) {
    return (e as PipelineError).code;
  }
  return null;
};

describe("parseReview(text, file)", () => {
  it("reads an empty file or a header alone as no rows", () => {
    expect(parseReview("", "review.csv")).toEqual([]);
    expect(parseReview(HEADER, "review.csv")).toEqual([]);
  });

  it("rejects bad rows with a code", () => {
    expect(codeOf("id,category\nc-000000000000,loan\n")).toBe("REVIEW_MISSING_COLUMN");
    expect(codeOf(`${HEADER}c-000000000000,approve,,,,,,,,,,\n`)).toBe("REVIEW_BAD_ROW");
    expect(codeOf(`${HEADER}claim-1,accept,,,,,,,,,,\n`)).toBe("REVIEW_BAD_ROW");
    expect(codeOf(`${HEADER}c-000000000000,correct,,1 000,,,,,,,,\n`)).toBe("REVIEW_BAD_ROW");
    expect(
      codeOf(`${HEADER}c-000000000000,accept,,,,,,,,,,\nc-000000000000,reject,,,,,,,,,,\n`),
    ).toBe("REVIEW_DUPLICATE_ID");
  });
});

describe("applyReview(claims, review)", () => {
  const { claims } = extract(
    "The bank lent 30 million dollars. The mill sold 500 tons of wool. The plant has 90 MW.",
  );
  const [loan, wool, power] = claims;
  const review = parseReview(
    `${HEADER}${loan.id},accept,,,,,,,,,,checked\n${wool.id},correct,trade_volume,600,,,1974,cotton,,,,\n${power.id},reject,,,,,,,,,,\nc-ffffffffffff,accept,,,,,,,,,,\n`,
    "review.csv",
  );
  const { claims: out, orphans } = applyReview(claims, review);

  it("accepts, corrects and rejects by id, keeping an audit status", () => {
    expect(out.map((c) => c.status)).toEqual(["accepted", "corrected", "rejected"]);
    expect(out[0].note).toContain("review: checked");
    expect([
      out[1].low,
      out[1].high,
      out[1].value_canonical_low,
      out[1].year,
      out[1].commodity,
    ]).toEqual([600, 600, 600, 1974, "cotton"]);
  });

  it("reports review rows whose claim no longer exists", () => {
    expect(orphans.map((o) => o.id)).toEqual(["c-ffffffffffff"]);
  });
});
