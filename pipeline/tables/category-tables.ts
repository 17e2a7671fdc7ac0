// The chart tables: one per main category, in one canonical unit, with a display label.
import { escape as aqEscape, from } from "arquero";
import type { Claim } from "../claims/types.ts";
import { categoryTable, type TableSpec } from "./schemas.ts";

export interface ChartTable {
  category: string;
  unit: string;
  spec: TableSpec;
  label: (c: Claim) => string;
}

const arrow = (c: Claim) => (c.party_from && c.party_to ? `${c.party_from} → ${c.party_to}` : null);

export const CHART_TABLES: ChartTable[] = [
  {
    category: "loan",
    unit: "USD",
    spec: categoryTable(
      "loans",
      "Loans and credits",
      "USD",
      "lender → borrower when both are known, else the claim's text",
    ),
    label: (c) => arrow(c) ?? c.text,
  },
  {
    category: "power_capacity",
    unit: "MW",
    spec: categoryTable(
      "power_capacity",
      "Power capacity",
      "MW",
      "the plant, else the claim's text",
    ),
    label: (c) => c.entity ?? c.text,
  },
  {
    category: "export_share",
    unit: "%",
    spec: categoryTable(
      "export_shares",
      "Export and import shares",
      "%",
      "the commodity, else the claim's text",
    ),
    label: (c) => c.commodity ?? c.text,
  },
  {
    category: "supply_quota",
    unit: "t",
    spec: categoryTable(
      "supply_quotas",
      "Supply quotas",
      "t",
      "the commodity, else the claim's text",
    ),
    label: (c) => c.commodity ?? c.text,
  },
  {
    category: "trade_value",
    unit: "USD",
    spec: categoryTable(
      "trade_values",
      "Trade values",
      "USD",
      "the commodity, else the claim's text",
    ),
    label: (c) => c.commodity ?? c.text,
  },
];

/** Rows of one chart table; claims of its category in another unit are counted, not shown. */
export function chartRows(
  claims: Claim[],
  t: ChartTable,
): { rows: Array<Record<string, unknown>>; otherUnits: number } {
  if (claims.length === 0) return { rows: [], otherUnits: 0 };
  const all = from(claims).filter(aqEscape((c: Claim) => c.category === t.category));
  const rows = all
    .filter(aqEscape((c: Claim) => c.unit_canonical === t.unit))
    .derive({
      label: aqEscape((c: Claim) => t.label(c)),
      low: aqEscape((c: Claim) => c.value_canonical_low),
      high: aqEscape((c: Claim) => c.value_canonical_high),
      unit: aqEscape((c: Claim) => c.unit_canonical),
    })
    .orderby("doc", "start")
    .select(t.spec.fields.map((f) => f.name))
    .objects() as Array<Record<string, unknown>>;
  return { rows, otherUnits: all.numRows() - rows.length };
}
