import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compileCues,
  cueRegex,
  findCue,
  matchCues,
  normalizeForCues,
} from "../../pipeline/claims/cue-set.ts";

/** The plain definition: every match of the cue's regex over the whole text. */
function scanAll(text: string, phrase: string): Array<[number, number]> {
  const re = cueRegex(phrase);
  const out: Array<[number, number]> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

describe("findCue(normalized, phrase)", () => {
  it("finds exactly what a regex scan of the whole text finds", () => {
    const piece = fc.constantFrom(
      "export",
      "exports",
      "credit",
      "line",
      "loan",
      "x",
      "5",
      " ",
      ".",
      "re",
      "соглашение",
      "a",
      "b",
    );
    const phrase = fc.constantFrom(
      "export",
      "credit line",
      "loan",
      "x x",
      "a b",
      "соглаш",
      "re export",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }),
        fc.boolean(),
        phrase,
        (parts, spaced, cue) => {
          const text = parts.join(spaced ? " " : "");
          expect(findCue(text, cue)).toEqual(scanAll(text, cue));
        },
      ),
      { seed: 11, numRuns: 3000 },
    );
  });

  it("matches a cue only at a word start, with any ending", () => {
    expect(findCue("exported and reexport and 5export", "export")).toEqual([[0, 8]]);
  });
});

describe("matchCues(normalized, compileCues(phrases))", () => {
  it("finds for each phrase exactly what a regex scan finds, whatever phrases share a set", () => {
    const piece = fc.constantFrom(
      "export",
      "exp",
      "e",
      "ex port",
      "credit",
      "cr",
      " ",
      "-",
      "9",
      "é",
      "a",
      "ab",
      "𝒜", // a letter outside the Basic Multilingual Plane: two code units
      "\u0301", // a combining mark: not a letter
      "\u00a0", // white space beyond ASCII
      "\t",
      "\n ",
      "b",
      "x",
    );
    const phrase = fc.constantFrom(
      "export",
      "exp",
      "e",
      "credit line",
      "cr",
      "a b",
      "ab",
      "é x",
      "a",
      "ex port credit",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }),
        fc.uniqueArray(phrase, { minLength: 1, maxLength: 6 }),
        (parts, phrases) => {
          const text = parts.join("");
          const hits = matchCues(text, compileCues(phrases));
          expect(hits).toEqual(phrases.map((p) => scanAll(text, p)));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("normalizeForCues(text)", () => {
  it("keeps every character at its offset, even where lower case is longer", () => {
    const text = "İSTANBUL — Turkish exports rose";
    const normalized = normalizeForCues(text);
    expect(normalized).toHaveLength(text.length);
    expect(normalized.indexOf("exports")).toBe(text.indexOf("exports"));
    expect(normalized.startsWith("İstanbul")).toBe(true);
  });

  it("lower-cases and turns dashes into spaces", () => {
    expect(normalizeForCues("Credit-Line – USSR")).toBe("credit line   ussr");
  });
});
