// Values in the tables' canonical units (t, MW, MWh, USD, ...), beside the value as stated.
import table from "./canonical-units.json" with { type: "json" };

const UNITS = table.units as unknown as Record<string, [string, number]>;

export interface Canonical {
  low: number;
  high: number;
  unit: string;
}

export function canonicalize(low: number, high: number, unit: string): Canonical {
  const entry = UNITS[unit];
  if (!entry) return { low, high, unit };
  const [canonical, factor] = entry;
  return { low: round(low * factor), high: round(high * factor), unit: canonical };
}

/** Twelve significant digits: enough for any stated figure, and no 0.30000000000000004 in a CSV. */
export function round(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(12));
}
