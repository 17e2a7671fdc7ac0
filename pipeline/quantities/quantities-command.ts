// `trade-claims quantities`: JSON Lines {"id","text"} on stdin → {"id","quantities","dates"} on stdout, streamed.
import { createInterface } from "node:readline";
import type { Command } from "../cli-io.ts";
import { recognize } from "./recognize.ts";
import type { Quantity } from "./types.ts";

// Every field of the interface, `kind` included; `iso` only means something for dates.
function strip(q: Quantity): Omit<Quantity, "iso"> {
  const { iso: _iso, ...rest } = q;
  return rest;
}

/** One output line for one input line; never throws. */
export function quantitiesLine(line: string): string | null {
  if (!line.trim()) return null;
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    return JSON.stringify({ id: null, error: `not JSON: ${(e as Error).message}` });
  }
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return JSON.stringify({ id: null, error: 'expected an object {"id", "text"}' });
  }
  const { id = null, text } = input as { id?: unknown; text?: unknown };
  if (typeof text !== "string") return JSON.stringify({ id, error: 'missing string field "text"' });
  const found = recognize(text);
  const quantities = found.filter((q) => q.kind === "quantity").map(strip);
  const dates = found
    .filter((q) => q.kind === "date")
    .map(({ start, end, text: t, low, high, kind, iso }) => ({
      start,
      end,
      text: t,
      low,
      high,
      kind,
      iso,
    }));
  return JSON.stringify({ id, quantities, dates });
}

export const quantitiesCommand: Command = async (_args, io) => {
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    const out = quantitiesLine(line);
    if (out === null) continue;
    // Respect back-pressure so a slow reader does not make the whole output pile up in memory.
    if (!io.stdout.write(`${out}\n`))
      await new Promise((resolve) => io.stdout.once("drain", resolve));
  }
  return 0;
};
