// Body offsets → raw offsets through the segment map.
import type { DocumentModel } from "../types.ts";

export function bodyOffsetToRaw(model: DocumentModel, offset: number): number {
  return offset;
}
