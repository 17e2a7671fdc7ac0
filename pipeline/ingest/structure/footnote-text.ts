// A footnote's raw line ranges → its reflowed text and the raw offset of every character.
import { fillAscending } from "./ascending.ts";
import type { Collapsed } from "./collapse.ts";
import { collapseMapped } from "./collapse.ts";
import type { RawRange } from "./layout.ts";

export function footnoteText(raw: string, parts: RawRange[]): Collapsed {
  let source = "";
  // Typed like the body's map, so collapsing reads one kind of array whatever the text.
  let length = 1;
  for (const part of parts) length += (length > 1 ? 1 : 0) + part.end - part.start;
  const map = new Int32Array(length);
  let n = 0;
  for (const part of parts) {
    if (source.length > 0) {
      source += "\n";
      map[n++] = part.start;
    }
    source += raw.slice(part.start, part.end);
    fillAscending(map, n, part.start, part.end - part.start);
    n += Math.max(0, part.end - part.start);
  }
  map[n] = parts.length > 0 ? parts[parts.length - 1].end : 0;
  return collapseMapped(source, map);
}
