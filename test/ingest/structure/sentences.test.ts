import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeDocument, sentencesOf } from "../../../pipeline/ingest/structure/index.ts";
import type { Sentence } from "../../../pipeline/ingest/types.ts";
import { rawDocument } from "../raw-document.ts";
import { buildSynthetic } from "./synthetic.ts";

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();
const rawDoc = rawDocument;
const seedText = readFileSync("data/raw/forbidden-tango.txt", "utf8");
const seed = analyzeDocument(rawDoc(seedText));
const seedSentences = sentencesOf(seed);

/** Every stretch of the quote that is contiguous in the raw text collapses back to itself. */
function checkOffsets(raw: string, s: Sentence): void {
  expect(s.rawOffsets.length).toBe(s.text.length + 1);
  for (let i = 0; i < s.text.length; i++) {
    if (s.text[i] !== " ") expect(raw[s.rawOffsets[i]]).toBe(s.text[i]);
  }
  let from = 0;
  for (let i = 1; i <= s.text.length; i++) {
    const gap =
      i < s.text.length && s.rawOffsets[i] - s.rawOffsets[i - 1] > 1 && s.text[i - 1] !== " ";
    const spaceJump =
      i < s.text.length &&
      s.text[i - 1] === " " &&
      /\S/.test(raw.slice(s.rawOffsets[i - 1], s.rawOffsets[i]));
    if (gap || spaceJump || i === s.text.length) {
      const end = gap || spaceJump ? i - 1 : i;
      if (end > from)
        expect(collapse(raw.slice(s.rawOffsets[from], s.rawOffsets[end]))).toBe(
          s.text.slice(from, end).trim(),
        );
      from = i;
    }
  }
}

describe("sentencesOf(model)", () => {
  it("quotes the 56 million dollar sentence whole, reflowed across the footnote block", () => {
    const hits = seedSentences.filter((s) => s.text.includes("56 million dollars"));
    expect(hits).toHaveLength(1);
    const [s] = hits;
    expect(s.inFootnote).toBeNull();
    expect(s.text.startsWith("The negotiations led")).toBe(true);
    expect(s.text.endsWith("56 million dollars.")).toBe(true);
    const previous = seedSentences[s.index - 1];
    expect(previous.text.startsWith("The economic ties became so close that in 1960")).toBe(true);
    expect(previous.text.endsWith("Kosygin16.")).toBe(true);
    expect(previous.text).not.toMatch(/Ibidem|Prizel|Brown|Запись/);
    expect(previous.markers.map((m) => m.number)).toEqual([16]);
    expect(previous.text.slice(previous.markers[0].start, previous.markers[0].end)).toBe("16");
  });

  it("maps every quote character of every seed sentence back to the raw text", () => {
    expect(seedSentences.length).toBeGreaterThan(300);
    for (const s of seedSentences) checkOffsets(seedText, s);
  });

  it("catches a quote offset that points one character off", () => {
    const s = seedSentences.find((x) => x.text.includes("56 million dollars")) as Sentence;
    const wrong = { ...s, rawOffsets: s.rawOffsets.map((o, i) => (i === 10 ? o + 1 : o)) };
    expect(() => checkOffsets(seedText, wrong)).toThrow();
  });

  it("keeps body sentences first, then footnote sentences with their number", () => {
    const firstNote = seedSentences.findIndex((s) => s.inFootnote !== null);
    expect(seedSentences.slice(firstNote).every((s) => s.inFootnote !== null)).toBe(true);
    const n31 = seedSentences.filter((s) => s.inFootnote === 31).map((s) => s.text);
    expect(n31).toHaveLength(2);
    expect(n31[0]).toMatch(/19 thousand people\.$/);
  });

  it("reports the page and printed page where a sentence starts", () => {
    const s = seedSentences.find((x) => x.text.includes("56 million dollars"));
    expect(s?.pagePrinted).toBe(5);
    const n = seedSentences.find((x) => x.inFootnote === 12);
    expect(n?.pagePrinted).toBe(4);
  });

  it("does not split at abbreviations, initials, decimals or dates", () => {
    const text = [
      "The junta of gen. Videla met Mr. Smith and M.M. Ivanov in the U.S. capital on Monday.",
      "Exports reached 2.6 million tons, see p. 33 and No. 4 of the series, op. cit. for detail.",
      "Письмо опубликовано в т. 16, с. 641 сборника.",
      "The report was read on 16. 05. 2013 by the board.",
      "Trade grew again5. A new line opened.",
    ].join("\n");
    const sentences = sentencesOf(analyzeDocument(rawDoc(text)));
    expect(sentences.map((s) => s.text)).toEqual([
      "The junta of gen. Videla met Mr. Smith and M.M. Ivanov in the U.S. capital on Monday.",
      "Exports reached 2.6 million tons, see p. 33 and No. 4 of the series, op. cit. for detail.",
      "Письмо опубликовано в т. 16, с. 641 сборника.",
      "The report was read on 16. 05. 2013 by the board.",
      "Trade grew again5.",
      "A new line opened.",
    ]);
  });

  it("splits a heading without punctuation from the paragraph after it", () => {
    const sentences = sentencesOf(
      analyzeDocument(rawDoc("GRAIN AND CREDIT\n\nThe trade grew. It fell.")),
    );
    expect(sentences.map((s) => s.text)).toEqual([
      "GRAIN AND CREDIT",
      "The trade grew.",
      "It fell.",
    ]);
  });

  it("ends a short unpunctuated line of its own (a heading) before a capital", () => {
    const text =
      "Freight Rates in the North\nThe line carried grain. Prices of wool\nRose in spring.";
    const sentences = sentencesOf(analyzeDocument(rawDoc(text))).map((s) => s.text);
    expect(sentences).toEqual([
      "Freight Rates in the North",
      "The line carried grain.",
      "Prices of wool Rose in spring.",
    ]);
  });

  it("starts a new sentence at a dash item after a full stop", () => {
    const text = "Wool went to the east. - (2) - A treaty was signed.";
    const sentences = sentencesOf(analyzeDocument(rawDoc(text))).map((s) => s.text);
    expect(sentences).toEqual(["Wool went to the east.", "- (2) - A treaty was signed."]);
  });

  it("ends a sentence after the bracketed reference marks that close it ('billion.[6][7] Brazil')", () => {
    const text =
      "Trade stood at US$5.1 billion.[6] Exports were worth US$1.6 billion.[6][7] Russia buys beef.[12]\n\nPork sales fell. The index x[2] rose.";
    const sentences = sentencesOf(analyzeDocument(rawDoc(text))).map((s) => s.text);
    expect(sentences).toEqual([
      "Trade stood at US$5.1 billion.[6]",
      "Exports were worth US$1.6 billion.[6][7]",
      "Russia buys beef.[12]",
      "Pork sales fell.",
      "The index x[2] rose.",
    ]);
  });

  it("ends a paragraph's last sentence at its full stop, though the next paragraph opens with a number", () => {
    const text =
      "Arms imports climbed to 80 percent in 2006.\n\n6. About 200 technicians are there.";
    const sentences = sentencesOf(analyzeDocument(rawDoc(text))).map((s) => s.text);
    expect(sentences[0]).toBe("Arms imports climbed to 80 percent in 2006.");
    expect(sentences.slice(1).join(" ")).toBe("6. About 200 technicians are there.");
  });

  it("ends a sentence at the line break before a numbered line, unless the line before runs on", () => {
    const text = [
      "Exports from the USSR (annual quotas)",
      "1. Crude oil and petroleum products      up to 1,200 thousand tons",
      "2. Wheat                                 up to 200 thousand tons",
      "3. Steel                                 50 thousand tons",
      "",
      "The credit was raised to",
      "5. The rest is history.",
    ].join("\n");
    const sentences = sentencesOf(analyzeDocument(rawDoc(text))).map((s) => collapse(s.text));
    expect(sentences).toEqual([
      "Exports from the USSR (annual quotas)",
      "1. Crude oil and petroleum products up to 1,200 thousand tons",
      "2. Wheat up to 200 thousand tons",
      "3. Steel 50 thousand tons",
      "The credit was raised to 5.",
      "The rest is history.",
    ]);
  });

  it.each([
    {
      rule: "keeps an item's or a section's number with its text, and ends a heading before a numbered item",
      lines: [
        "Internal review",
        "",
        "IV. TRADE WITH THE ANDEAN COUNTRIES, 1985",
        "",
        "1. Summary of turnover",
        "- Exports to Peru: 15.1 million roubles",
        "",
        "2. Commentary",
        "The rise was due to trucks. Imports fell.",
      ],
      sentences: [
        "Internal review",
        "IV. TRADE WITH THE ANDEAN COUNTRIES, 1985",
        "1. Summary of turnover",
        "- Exports to Peru: 15.1 million roubles",
        "2. Commentary",
        "The rise was due to trucks.",
        "Imports fell.",
      ],
    },
    {
      rule: "ends a title and its subtitle lines each on their own, before the first paragraph",
      lines: [
        "Soviet Trade with the Developing Countries of South America and the Caribbean in 1981",
        "(Notes to the statistical tables; translated)",
        "",
        "In 1981 the turnover amounted to 1,200 million roubles.",
      ],
      sentences: [
        "Soviet Trade with the Developing Countries of South America and the Caribbean in 1981",
        "(Notes to the statistical tables; translated)",
        "In 1981 the turnover amounted to 1,200 million roubles.",
      ],
    },
    {
      rule: "ends a byline and a date line under a heading in the document's first paragraph",
      lines: [
        "INTERVIEW TRANSCRIPT",
        "Ana Ruiz Vidal, Director for Eurasian Markets, Directorate of External Trade, Ministry of Commerce of Ruritania",
        "Recorded in Port Ruri, 21 November 2013 (edited)",
        "",
        "Q: How did trade go last year?",
      ],
      sentences: [
        "INTERVIEW TRANSCRIPT",
        "Ana Ruiz Vidal, Director for Eurasian Markets, Directorate of External Trade, Ministry of Commerce of Ruritania",
        "Recorded in Port Ruri, 21 November 2013 (edited)",
        "Q: How did trade go last year?",
      ],
    },
  ])("$rule", ({ lines, sentences }) => {
    const found = sentencesOf(analyzeDocument(rawDoc(lines.join("\n")))).map((s) =>
      collapse(s.text),
    );
    expect(found).toEqual(sentences);
  });

  it("ends a sentence before each bulleted line, across a blank line too, and keeps an item's wrapped lines", () => {
    const text = [
      "Results for the season:",
      "",
      "  • Wool sales rose 4% to 12,000 tonnes, led by",
      "    the northern ports.",
      "  • Hides fell to 3,100 tonnes",
      "  - Meat held at 900 tonnes.",
      "Prices rose 5 - 6 per cent.",
    ].join("\n");
    const sentences = sentencesOf(analyzeDocument(rawDoc(text))).map((s) => collapse(s.text));
    expect(sentences).toEqual([
      "Results for the season:",
      "• Wool sales rose 4% to 12,000 tonnes, led by the northern ports.",
      "• Hides fell to 3,100 tonnes",
      "- Meat held at 900 tonnes.",
      "Prices rose 5 - 6 per cent.",
    ]);
  });

  it("ends a document's first line at the blank line under it: a title, however long", () => {
    const text =
      "From the recollections of Viktor Orlov, former official of the USSR Ministry of Foreign Trade (recorded in Moscow, 1994)\n\nI arrived in Buenos Aires in 1958.";
    const sentences = sentencesOf(analyzeDocument(rawDoc(text))).map((s) => s.text);
    expect(sentences).toHaveLength(2);
    expect(sentences[1]).toBe("I arrived in Buenos Aires in 1958.");
  });

  it("does not end a long paragraph at a blank line without punctuation", () => {
    const text =
      "The minister and the head of the regional grain board of the northern provinces met the\n\nBoard of Trade on Monday.";
    const sentences = sentencesOf(analyzeDocument(rawDoc(text)));
    expect(sentences).toHaveLength(1);
  });

  it("runs a sentence on across a blank line when it continues in lower case", () => {
    const sentences = sentencesOf(
      analyzeDocument(rawDoc("The ships sailed to the \n\nnorthern ports. Then.")),
    );
    expect(sentences[0].text).toBe("The ships sailed to the northern ports.");
  });

  for (const eol of ["\n", "\r\n", "\r"] as const) {
    it(`maps quotes of a synthetic document with ${JSON.stringify(eol)} line ends`, () => {
      const doc = buildSynthetic({ eol, splitNote: true });
      const sentences = sentencesOf(analyzeDocument(doc.raw));
      const body = sentences
        .filter((s) => s.inFootnote === null)
        .map((s) => s.text)
        .join(" ");
      expect(body).toBe(collapse(doc.body));
      for (const s of sentences) checkOffsets(doc.raw.text, s);
      const markers = sentences.flatMap((s) => s.markers.map((m) => m.number));
      expect(markers).toEqual(doc.markers);
    });
  }
});

describe("sentencesOf: line endings", () => {
  // A short sentence wrapped before a capitalized name (what a heading looks like after a blank
  // line), then a blank line and a heading, in three line-ending styles.
  const lines = [
    "Trade grew quickly after the agreement. Later two plants were built in",
    "Argentina with 310 megawatts in total.",
    "",
    "Later Years",
    "",
    "Exports of wheat fell to 2 million tons.",
  ];
  const texts = (style: string) =>
    sentencesOf(analyzeDocument(rawDoc(lines.join(style)))).map((s) => s.text);

  it("splits a CRLF or CR document exactly as its LF version: one CRLF is one line break", () => {
    const lf = texts("\n");
    expect(lf).toContain("Later two plants were built in Argentina with 310 megawatts in total.");
    expect(texts("\r\n")).toEqual(lf);
    expect(texts("\r")).toEqual(lf);
  });

  it("reads the seed article the same with CRLF line endings", () => {
    const crlf = sentencesOf(analyzeDocument(rawDoc(seedText.replace(/\n/g, "\r\n"))));
    expect(crlf.map((s) => s.text)).toEqual(seedSentences.map((s) => s.text));
  });
});
