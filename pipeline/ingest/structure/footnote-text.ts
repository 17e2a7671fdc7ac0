// A footnote's raw line ranges → its reflowed text and the raw offset of every character.
import type { Collapsed } from "./collapse.ts";
import { collapseMapped } from "./collapse.ts";
import type { RawRange } from "./layout.ts";

export function footnoteText(raw: string, parts: RawRange[]): Collapsed {
  let source = "";
  const map: number[] = [];
  for (const part of parts) {
    if (source.length > 0) {
      source += "\n";
      map.push(part.start);
    }
    source += raw.slice(part.start, part.end);
    for (let j = part.start; j < part.end; j++) map.push(j);
  }
  map.push(parts.length > 0 ? parts[parts.length - 1].end : 0);
  return collapseMapped(source, map);
}
