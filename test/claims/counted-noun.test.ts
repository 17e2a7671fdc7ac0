import { describe, expect, it } from "vitest";
import { countedNounAfter } from "../../pipeline/claims/counted-noun.ts";
import { extract } from "./helpers.ts";

const headOf = (text: string, number: string) =>
  countedNounAfter(text, text.indexOf(number) + number.length);

describe("countedNounAfter(sentence, end)", () => {
  it("reaches the plural head across names, model designators and modifiers", () => {
    expect(headOf("The navy took 14 Swedish-built patrol boats last year.", "14")).toBe("boats");
    expect(headOf("It ordered 36 Kfir-C7 fighter aircraft.", "36")).toBe("aircraft");
    expect(headOf("Nine Polish crane operators arrived.", "Nine")).toBe("operators");
  });

  it("reads two names joined by 'and' as one modifier", () => {
    expect(headOf("There are some 800 Soviet and East European economic advisers.", "800")).toBe(
      "advisers",
    );
    expect(headOf("It sent 40 Soviet and trucks.", "40")).toBeNull();
  });

  it("stops at function words, punctuation and words in -s that are not plural nouns", () => {
    expect(headOf("decree 418 on the matter", "418")).toBeNull();
    expect(headOf("They built 12 Yak, and more.", "12")).toBeNull();
    expect(headOf("He saw 3 Boeing is new.", "3")).toBeNull();
    expect(headOf("with two more power plants", "two")).toBeNull();
  });
});

describe("judgeQuantity with a counted noun behind modifiers", () => {
  it("keeps the count with its head noun", () => {
    const { claims } = extract("The army received 48 Czech-made armoured trucks.");
    expect(claims.map((c) => [c.text, c.unit, c.noun])).toEqual([["48", "count", "trucks"]]);
  });

  it("drops the second half of a split year", () => {
    const { claims } = extract("Exports reached 2.4 million tons in the 1983/84 season.");
    expect(claims.map((c) => c.text)).toEqual(["2.4 million tons"]);
  });
});
