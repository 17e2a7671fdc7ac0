import { describe, expect, it } from "vitest";
import { bibliographyOf } from "../../../pipeline/ingest/structure/bibliography.ts";
import { parseWork } from "../../../pipeline/ingest/structure/work-parse.ts";

const notes = (...texts: string[]) => texts.map((text, i) => ({ number: i + 1, text }));

describe("bibliographyOf(notes)", () => {
  it("resolves Ibidem to the previous note's work, with its page or the new one", () => {
    const b = bibliographyOf(
      notes("Hale R. Salt and Silver (Harbour Press, 1971), p. 12.", "Ibid.", "Ibidem, p. 15."),
    );
    expect(b.works).toHaveLength(1);
    expect(b.notes.map((n) => [n.cites[0].work, n.cites[0].pageCited])).toEqual([
      ["w1", "12"],
      ["w1", "12"],
      ["w1", "15"],
    ]);
  });

  it("resolves op. cit. by surname to the author's most recent full citation", () => {
    const b = bibliographyOf(
      notes(
        "Hale R. Salt and Silver (Harbour Press, 1971), p. 12.",
        "Norr T. Grain Roads (Delta, 1980), p. 4; Hale R. River Credit (Delta, 1984), p. 9.",
        "Hale R., op. cit., p. 30.",
        "Norr T. op.cit. p. 5.",
      ),
    );
    expect(b.works.map((w) => w.title)).toEqual(["Salt and Silver", "Grain Roads", "River Credit"]);
    expect(b.notes[2].cites[0]).toMatchObject({ work: "w3", pageCited: "30" });
    expect(b.notes[3].cites[0]).toMatchObject({ work: "w2", pageCited: "5" });
  });

  it("reads the Russian and Bulgarian forms", () => {
    const b = bibliographyOf(
      notes(
        "Орлов П. Торговые пути, Москва 1975, с. 56.",
        "Там же, с. 57.",
        "Петров И. Зерно и кредит, София 1981, с. 3.",
        "Пак там.",
        "Орлов П., Указ. соч., с. 60.",
        "Петров И., Цит. съч.",
      ),
    );
    expect(b.notes.map((n) => [n.cites[0].work, n.cites[0].pageCited])).toEqual([
      ["w1", "56"],
      ["w1", "57"],
      ["w2", "3"],
      ["w2", "3"],
      ["w1", "60"],
      ["w2", null],
    ]);
  });

  it("tells explanatory notes, citations and both apart", () => {
    const b = bibliographyOf(
      notes(
        "Most of the cargo was lost at sea and the owners were never paid for about 40 ships.",
        "The line was opened in 1931 and closed again after the war - Hale R. Salt and Silver (Harbour Press, 1971), p. 2.",
        "Hale R., op. cit., p. 3.",
      ),
    );
    expect(b.notes.map((n) => n.kind)).toEqual(["explanatory", "both", "citation"]);
    expect(b.notes[0].cites).toEqual([]);
  });

  it("never invents a work for Ibidem with nothing before it", () => {
    const b = bibliographyOf(notes("Ibidem, p. 4."));
    expect(b.works).toEqual([]);
    expect(b.notes[0].cites[0]).toMatchObject({ work: null, pageCited: "4" });
  });
});

describe("parseWork(citation)", () => {
  it("splits authors, title, year, the rest and the url", () => {
    expect(parseWork("Hale R. Salt and Silver (Harbour Press, 1971), p. 12.")).toMatchObject({
      authors: "Hale R.",
      title: "Salt and Silver",
      year: 1971,
      details: "Harbour Press, 1971",
      url: null,
      citation: "Hale R. Salt and Silver (Harbour Press, 1971)",
    });
  });

  it("joins a url broken across lines and ignores the access date as a year", () => {
    const w = parseWork(
      "Port statistics - http://stats.example.org/ports/ annual-2001.htm, 19.05. 2013.",
    );
    expect(w.url).toBe("http://stats.example.org/ports/annual-2001.htm");
    expect(w.year).toBeNull();
  });
});
