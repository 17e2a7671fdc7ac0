// How a document writes its numbers: "1,318,540 tonnes, $812.4 million" or, the continental way
// (translations, Latin American and European sources), "1.318.540 tonnes, US$ 812,4 million".

/** Several dot-grouped thousands, or a decimal comma before a scale or a percentage. */
const CONTINENTAL =
  /\b\d{1,3}(?:\.\d{3}){2,}(?![\d,.])|\b\d+,\d{1,2}\s*(?:million|billion|mln|bn|per ?cent|percent|%)/gi;
/** The same signs written the English way. */
const ENGLISH =
  /\b\d{1,3}(?:,\d{3}){2,}(?![\d,.])|\b\d+\.\d{1,2}\s*(?:million|billion|mln|bn|per ?cent|percent|%)/gi;

/**
 * True when the text writes its numbers the continental way: it shows at least two signs of it
 * and none of the English way. A document is asked once; one sentence says too little.
 */
export function decimalCommaWriting(text: string): boolean {
  const continental = text.match(CONTINENTAL)?.length ?? 0;
  if (continental < 2) return false;
  return (text.match(ENGLISH)?.length ?? 0) === 0;
}
