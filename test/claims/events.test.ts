// Event kinds: the patterns that need the u flag run behind a cheap word test; that test must never
// hide a sentence the pattern names.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EVENT_PATTERNS, eventKind } from "../../pipeline/claims/events.ts";

describe("eventKind", () => {
  it("names treaties and agreements in English, in any case, and in Cyrillic", () => {
    expect(eventKind("The TREATIES were ratified in 1972.")).toBe("treaty");
    expect(eventKind("Договор о дружбе, 1971.")).toBe("treaty");
    expect(eventKind("They AGREED on prices in 1965.")).toBe("agreement");
    expect(eventKind("A new Pact followed in 1980.")).toBe("agreement");
    expect(eventKind("Протокол от 12 мая 1981 г.")).toBe("agreement");
    expect(eventKind("Споразумение за сътрудничество, 1978.")).toBe("agreement");
  });

  it("tries the kinds in order and finds none where no event word stands", () => {
    expect(eventKind("A loan under the treaty of 1960.")).toBe("treaty");
    expect(eventKind("The loan was repaid in 1960.")).toBe("loan");
    expect(eventKind("Prices rose in 1960.")).toBeNull();
  });
});

describe("eventKind(text), held to its definition", () => {
  /** The first kind whose defining pattern is found, tried in order. */
  const defined = (text: string) =>
    EVENT_PATTERNS.find(({ pattern }) => pattern.test(text))?.kind ?? null;

  it("finds what the patterns find, whatever the letters the u flag folds or Cyrillic", () => {
    const piece = fc.constantFrom(
      "treaty",
      "TREATIES",
      "treatieſ",
      "agreement",
      "agreementſ",
      "contract",
      "loan",
      "credit line",
      "elected",
      "recognised",
      "state visit",
      "talks with",
      "signed",
      "sanctionſ",
      "\u212Aey",
      "договор",
      "Соглашение",
      "протокол",
      "х",
      "é",
      "_",
      "1972",
      " ",
      ".",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.boolean(), (parts, spaced) => {
        const text = parts.join(spaced ? " " : "");
        expect(eventKind(text)).toBe(defined(text));
      }),
      { numRuns: 3000 },
    );
  });
});
