// Dated events of a sentence: its dates, when the sentence names an agreement, a treaty, a loan, a
// visit, an election or a recognition.
import type { SentenceContext } from "./document-context.ts";
import { cyrillicDates, eventKind, eventLabel } from "./events.ts";
import type { ExtractInput } from "./extract-claims.ts";
import type { DatedEvent } from "./types.ts";

/** In a bibliographic footnote only a cited act's full date counts ("Agreement on ..., 22 April 1981"), not publication years. */
export function buildEvents(
  input: ExtractInput,
  c: SentenceContext,
  inCitation: boolean,
): DatedEvent[] {
  const s = c.sentence;
  const dates = inCitation
    ? [...c.times.iso.filter((d) => d.iso.length === 10), ...cyrillicDates(s.text)]
    : c.times.iso;
  // Most sentences state no date: test that first, the event words' patterns cost more.
  if (dates.length === 0) return [];
  const kind = eventKind(s.text);
  if (!kind) return [];
  return dates.map((d) => {
    const marker = s.markers.find((m) => m.start >= d.end);
    const source = marker?.number ?? s.inFootnote;
    const cited = source === null ? null : input.citation(source);
    return {
      id: "",
      doc: input.doc,
      date: d.iso,
      year: Number(d.iso.slice(0, 4)),
      kind,
      label: eventLabel(kind, s.text, d.start, d.end),
      page: s.page,
      in_footnote: s.inFootnote,
      footnote: marker?.number ?? null,
      work_id: cited?.work ?? null,
      citation: cited?.text ?? null,
      quote: s.text,
      start: s.rawOffsets[d.start],
      end: s.rawOffsets[d.end - 1] + 1,
    };
  });
}
