// Whole-document golden files for the seed documents: test/claims/golden/<doc>.jsonl. On a
// mismatch the new output is written beside it as <doc>-changed.jsonl; goldens are never created in CI.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { claimJson, extractDocument } from "../../pipeline/claims/index.ts";
import { readDocument } from "../../pipeline/ingest/index.ts";
import { taxonomy } from "./helpers.ts";

const DIR = new URL("./golden/", import.meta.url).pathname;

describe("extractDocument(raw) on the seeds", () => {
  for (const doc of ["forbidden-tango", "military-cooperation-brief"]) {
    it(`matches golden/${doc}.jsonl`, async () => {
      const raw = await readDocument(`data/raw/${doc}.txt`);
      const actual = extractDocument(raw, taxonomy)
        .claims.map((c) => `${claimJson(c)}\n`)
        .join("");
      const expected = `${DIR}${doc}.jsonl`;
      const changed = `${DIR}${doc}-changed.jsonl`;
      if (!existsSync(expected)) {
        if (process.env.CI)
          throw new Error(`golden ${expected} is missing; goldens are never created in CI`);
        writeFileSync(expected, actual);
      }
      const want = readFileSync(expected, "utf8");
      if (actual === want) rmSync(changed, { force: true });
      else writeFileSync(changed, actual);
      expect(actual === want, `output differs from ${expected}; see ${changed}`).toBe(true);
    });
  }
});
