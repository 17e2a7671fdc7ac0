// recognize(text): every quantity and date in English prose, in one left-to-right pass over tokens.
import { asWritten, foldCase, shouting } from "./capitals.ts";
import { Context } from "./context.ts";
import { MARK, NUM, plainDigitsValue, Tokens, tokenize } from "./lexer.ts";
import { shareListUnits } from "./list-units.ts";
import { joinRateEquations } from "./rate-equation.ts";
import { scan } from "./scan.ts";
import type { Quantity, RecognizeOptions } from "./types.ts";

/** Long texts are tokenized in pieces cut at a line break (or, failing that, a space) so memory stays flat. */
const CHUNK = 1 << 16;
const CHUNK_SLACK = 1 << 12;

function chunkEnd(text: string, from: number): number {
  if (text.length - from <= CHUNK + CHUNK_SLACK) return text.length;
  const limit = from + CHUNK + CHUNK_SLACK;
  const nl = text.indexOf("\n", from + CHUNK);
  if (nl !== -1 && nl < limit) return nl + 1;
  for (let k = from + CHUNK; k < limit; k++) if (text.charCodeAt(k) === 32) return k + 1;
  return limit;
}

/** Digits inside a given marker span are not part of any number: cut them off or drop the token. */
function applyMarkers(
  text: string,
  toks: Tokens,
  markers: ReadonlyArray<{ start: number; end: number }>,
  cursor: { k: number },
): void {
  for (let t = 0; t < toks.n; t++) {
    if (toks.type[t] !== NUM) continue;
    while (cursor.k < markers.length && markers[cursor.k].end <= toks.start[t]) cursor.k++;
    const m = markers[cursor.k];
    if (!m || m.start >= toks.end[t]) continue;
    if (m.start <= toks.start[t]) toks.type[t] = MARK;
    else {
      // "in 1975.17": the sentence's full stop before a marker is no decimal point.
      let end = m.start;
      const before = text.charCodeAt(end - 1);
      if ((before === 46 || before === 44) && end - 1 > toks.start[t]) end--;
      toks.end[t] = end;
      toks.value[t] = plainDigitsValue(text, toks.start[t], end);
    }
  }
}

// The pipeline calls recognize once per sentence: fresh token arrays and caches per call cost more
// than the scan of a short sentence. recognize() runs to completion without callbacks, so one
// buffer and one context serve every call (the buffer keeps the size of the largest chunk seen).
const BUFFER = new Tokens();
const CONTEXT = new Context("", BUFFER);
const NO_MARKERS: ReadonlyArray<{ start: number; end: number }> = [];

/** Every quantity and date in text, sorted by start, non-overlapping; offsets are UTF-16 indexes into text. */
export function recognize(text: string, options: RecognizeOptions = {}): Quantity[] {
  // Telegrams and headlines in capitals: every word looks like a name there ("APPROX 85" like
  // "Apollo 11"), so they are read in lower case, months kept capitalized, and quoted as written.
  if (shouting(text)) {
    const folded = foldCase(text);
    if (folded.length === text.length)
      return asWritten(recognizeAsCased(folded, options), text, folded);
  }
  return recognizeAsCased(text, options);
}

function recognizeAsCased(text: string, options: RecognizeOptions): Quantity[] {
  const out: Quantity[] = [];
  const markers = options.markers?.length
    ? [...options.markers].sort((a, b) => a.start - b.start)
    : NO_MARKERS;
  const cursor = { k: 0 };
  for (let from = 0; from < text.length; ) {
    const to = chunkEnd(text, from);
    const toks = tokenize(text, from, to, BUFFER);
    if (markers.length) applyMarkers(text, toks, markers, cursor);
    CONTEXT.reset(text, toks).decimalComma = options.decimalComma === true;
    scan(CONTEXT, out);
    from = to;
  }
  shareListUnits(text, out);
  if (text.includes("=")) joinRateEquations(text, out);
  // Drop the references so a long input is not kept alive by the shared context; a sentence is
  // short enough to stay until the next call.
  if (text.length > CHUNK) {
    CONTEXT.reset("", BUFFER);
    CONTEXT.forget();
  }
  return out;
}
