// The chart tables: one per main category, in one canonical unit, with a display label.
import type { Claim } from "../claims/types.ts";
import type { ColumnReader } from "./csv-format.ts";
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

const columns = new WeakMap<ChartTable, Array<ColumnReader<Claim> | undefined>>();

/**
 * How a claim fills the columns of its chart table, where they are not its own fields of the same
 * name: the label, and the value in the table's canonical unit. Read in place: a row object per
 * claim cost more than the formatting.
 */
export function chartColumns(t: ChartTable): Array<ColumnReader<Claim> | undefined> {
  let readers = columns.get(t);
  if (!readers) {
    const own: Record<string, ColumnReader<Claim>> = {
      label: t.label,
      low: (c) => c.value_canonical_low,
      high: (c) => c.value_canonical_high,
      unit: (c) => c.unit_canonical,
    };
    readers = t.spec.fields.map(({ name }) => own[name]);
    columns.set(t, readers);
  }
  return readers;
}
