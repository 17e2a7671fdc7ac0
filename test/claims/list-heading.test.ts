// The items of a numbered list are read under their list's heading: its cues classify them.
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../pipeline/claims/index.ts";
import { listHeadingOf } from "../../pipeline/claims/list-heading.ts";
import { rawDocument } from "../ingest/raw-document.ts";
import { taxonomy } from "./helpers.ts";

const annex = [
  "The Parties agreed on the lists below.",
  "",
  "Goods to be delivered by Ruritania (annual quotas)",
  "1. Barley                  up to 80 thousand tons",
  "2. Wool                    up to 12 thousand tons",
  "",
  "Exports of the cooperative",
  "1. Barley                  80 thousand tons",
].join("\n");

describe("listHeadingOf(raw, at)", () => {
  const textAfter = (item: string) => annex.indexOf(item) + item.length + 1;

  it("finds the heading over any item of the list, past the items before it", () => {
    expect(listHeadingOf(annex, textAfter("1."))).toBe(
      "Goods to be delivered by Ruritania (annual quotas)",
    );
    expect(listHeadingOf(annex, textAfter("2."))).toBe(
      "Goods to be delivered by Ruritania (annual quotas)",
    );
  });

  it("finds it from the item's number too, where the item's sentence starts", () => {
    expect(listHeadingOf(annex, annex.indexOf("2. Wool"))).toBe(
      "Goods to be delivered by Ruritania (annual quotas)",
    );
  });

  it("finds none for text that is no item, or a list under a sentence or a blank line", () => {
    expect(listHeadingOf(annex, annex.indexOf("Parties"))).toBeNull();
    expect(listHeadingOf("We list them.\n1. Wool 5 tons", 17)).toBeNull();
    expect(listHeadingOf("\n1. Wool 5 tons", 4)).toBeNull();
  });
});

describe("claims in a numbered list", () => {
  it("take the category their heading names, and only under it", () => {
    const { claims } = extractDocument(rawDocument(annex), taxonomy);
    expect(claims.map((c) => [annex.slice(c.start, c.end), c.category])).toEqual([
      ["80 thousand tons", "supply_quota"],
      ["12 thousand tons", "supply_quota"],
      ["80 thousand tons", "trade_volume"],
    ]);
  });
});

describe("claims in a bulleted list", () => {
  const release = [
    "OSLO, 4 March 2016 - The board met today.",
    "",
    "Highlights of 2015:",
    "",
    "  • Fish exports rose 12% to 240,000 tonnes, led by",
    "    salmon and cod.",
    "  • Sales to Brazil reached $40 million, against $31 million in 2014.",
    "",
    "Date: 4 March 2016",
    "",
    "1. The fleet holds 14 trawlers.",
  ].join("\n");
  const { claims } = extractDocument(rawDocument(release), taxonomy);
  const year = (mention: string) => claims.find((c) => c.text === mention)?.year;

  it("take the one year their lead-in states, unless they state their own", () => {
    expect(listHeadingOf(release, release.indexOf("• Sales"))).toBe("Highlights of 2015:");
    expect(year("240,000 tonnes")).toBe(2015);
    expect(year("$40 million")).toBe(2015);
    expect(year("$31 million")).toBe(2014);
  });

  it("find no heading across a blank line but a lead-in ending with a colon", () => {
    expect(listHeadingOf(release, release.indexOf("The fleet"))).toBeNull();
  });
});
