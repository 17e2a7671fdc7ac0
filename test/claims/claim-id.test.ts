import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claimId } from "../../pipeline/claims/claim-id.ts";
import { extract } from "./helpers.ts";

describe("claim ids", () => {
  it("hash the document, the text and its occurrence, not the row or offset", () => {
    expect(claimId("doc", "5 MW", 1)).toBe(claimId("doc", "5 MW", 1));
    expect(claimId("doc", "5 MW", 1)).not.toBe(claimId("doc", "5 MW", 2));
    expect(claimId("doc", "5 MW", 1)).not.toBe(claimId("other", "5 MW", 1));
    expect(claimId("doc", "5 MW", 1)).toMatch(/^c-[0-9a-f]{12}$/);
    // The same digest as ever: ids in earlier outputs and review files still match.
    const digest = createHash("sha256").update("doc\u0000€5 MW\u00001").digest("hex");
    expect(claimId("doc", "€5 MW", 1)).toBe(`c-${digest.slice(0, 12)}`);
  });

  it("survive edits elsewhere in the document", () => {
    const base =
      "The mill bought 3,000 tons of wool. Later it sold 40 tractors to Peru. It sold 40 tractors again.";
    const ids = extract(base).claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(3);
    fc.assert(
      fc.property(
        fc.constantFrom("Prices rose sharply.", "Nobody expected this.", "The weather was dry."),
        fc.boolean(),
        (extra, atStart) => {
          const edited = atStart ? `${extra} ${base}` : `${base} ${extra}`;
          expect(extract(edited).claims.map((c) => c.id)).toEqual(ids);
        },
      ),
    );
  });

  it("number a text among every figure recognized, so a figure a rule drops moves no id", () => {
    // The first "two" counts parts of an argument and is no claim; the tankers' "two" is still
    // the document's second "two", as it was when that rule did not exist.
    const { claims } = extract(
      "The memo gives two reasons for the sale. The yard then built two tankers for Cuba.",
    );
    expect(claims.map((c) => [c.text, c.id])).toEqual([["two", claimId("synthetic", "two", 2)]]);
  });
});
