// A document's way of writing numbers is told from its text as a whole.
import { describe, expect, it } from "vitest";
import { decimalCommaWriting } from "../../pipeline/quantities/index.ts";

describe("decimalCommaWriting(text)", () => {
  it("is true for a text with two continental signs and no English one", () => {
    expect(decimalCommaWriting("Sales reached US$ 812,4 million and 1.318.540 tonnes.")).toBe(true);
  });

  it("is false for English writing, for a mixed text and for one sign alone", () => {
    expect(decimalCommaWriting("Sales reached $812.4 million and 1,318,540 tonnes.")).toBe(false);
    expect(decimalCommaWriting("It was 812,4 million, 3,5 per cent and 1,318,540 tonnes.")).toBe(
      false,
    );
    expect(decimalCommaWriting("Sales reached 812,4 million.")).toBe(false);
  });
});
