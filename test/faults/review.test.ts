import { join } from "node:path";
import { describe, it } from "vitest";
import { REVIEW_COLUMNS } from "../../pipeline/claims/index.ts";
import { expectRefused, rawFolder } from "./helpers.ts";

const DOC = { "a.txt": "Exports reached 20 million tons in 1975.\n" };
const HEADER = REVIEW_COLUMNS.join(",");
const BLANK = ",".repeat(REVIEW_COLUMNS.length - 2);
const ID = "c-0123456789ab";

async function withReview(review: string) {
  const raw = await rawFolder(DOC, { review });
  return { raw, file: join(raw, "review.csv") };
}

describe("a bad review.csv (build)", () => {
  it("refuses a missing column, on the header line", async () => {
    const header = REVIEW_COLUMNS.filter((c) => c !== "action").join(",");
    const { raw, file } = await withReview(`${header}\n${ID}${BLANK}\n`);
    await expectRefused(raw, file, "REVIEW_MISSING_COLUMN", /review\.csv:1\b/);
  });

  it("refuses a duplicate claim id, on the second row's line", async () => {
    const { raw, file } = await withReview(
      `${HEADER}\n${ID},accept${BLANK}\n${ID},reject${BLANK}\n`,
    );
    await expectRefused(raw, file, "REVIEW_DUPLICATE_ID", /review\.csv:3\b/);
  });

  it("refuses a row with the wrong number of cells, on its line", async () => {
    const { raw, file } = await withReview(`${HEADER}\n${ID},accept\n`);
    await expectRefused(raw, file, "REVIEW_BAD_ROW", /review\.csv:2\b/);
  });

  it("refuses an unknown action, on its line", async () => {
    const { raw, file } = await withReview(`${HEADER}\n${ID},approve${BLANK}\n`);
    await expectRefused(raw, file, "REVIEW_BAD_ROW", /review\.csv:2\b/);
  });
});
