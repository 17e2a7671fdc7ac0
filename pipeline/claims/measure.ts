// The measure key that groups comparable claims (`<unit>:<what>`), so figures about the same thing
// from different sources are drawn side by side.

// Counts of people go by many nouns ("people", "victims", "the missing", "injured"); a reader
// compares them as one measure, so they share one key whatever noun the sentence uses.
const PEOPLE = new Set([
  "people",
  "persons",
  "person",
  "individuals",
  "victims",
  "dead",
  "deaths",
  "killed",
  "fatalities",
  "casualties",
  "missing",
  "disappeared",
  "injured",
  "wounded",
  "refugees",
  "prisoners",
  "civilians",
  "inhabitants",
  "residents",
  "citizens",
  "workers",
  "soldiers",
  "troops",
]);

export function measureOf(unit: string, noun: string | null, fallback: string): string {
  if (unit === "count" && noun) {
    const words = noun.toLowerCase().split(/\s+/);
    const head = words[words.length - 1];
    return `count:${PEOPLE.has(head) ? "people" : noun.toLowerCase()}`;
  }
  return `${unit}:${fallback}`;
}
