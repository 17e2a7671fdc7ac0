// Currencies of the unit vocabulary: ISO code as canonical symbol, names, and signs written before the number.
import type { UnitEntry } from "./units-table.ts";

/** A currency whose sign is a "$" is also written with its code before the sign ("AUD$ 15"). */
const withCodeSign = (unit: string, prefixes: string[]): string[] =>
  prefixes.some((p) => p.endsWith("$")) ? [...prefixes, `${unit}$`] : prefixes;

const money = (unit: string, names: string[], prefixes: string[] = []): UnitEntry => ({
  unit,
  dimension: "currency",
  names,
  symbols: [unit, ...withCodeSign(unit, prefixes)],
  prefixes: [unit, ...withCodeSign(unit, prefixes)],
});

/** Generic "peso" stays PESO: which country's peso is a judgment for later stages, not a unit fact. */
export const CURRENCIES: readonly UnitEntry[] = [
  money(
    "USD",
    ["dollar", "us dollar", "u.s. dollar", "american dollar", "greenback", "buck"],
    ["$", "US$", "U.S.$", "US $"],
  ),
  money("EUR", ["euro"], ["€"]),
  money(
    "GBP",
    ["pound sterling", "pounds sterling", "sterling", "british pound", "uk pound"],
    ["£"],
  ),
  money("RUB", ["ruble", "rouble", "russian ruble"], ["₽", "RUR"]),
  money("JPY", ["yen", "japanese yen"], ["¥"]),
  money("CNY", ["yuan", "renminbi", "chinese yuan", "元"], ["RMB", "元"]),
  money("CAD", ["canadian dollar"], ["C$", "CA$", "Can$"]),
  money("AUD", ["australian dollar"], ["A$", "AU$"]),
  money("HKD", ["hong kong dollar"], ["HK$"]),
  money("NZD", ["new zealand dollar"], ["NZ$"]),
  money("SGD", ["singapore dollar", "singaporean dollar"], ["S$"]),
  money("ARS", ["argentine peso", "argentinian peso"], ["AR$"]),
  money("MXN", ["mexican peso"], ["Mex$", "MX$"]),
  money("PESO", ["peso"]),
  money("BRL", ["real", "reais", "brazilian real"], ["R$"]),
  money("CHF", ["swiss franc", "franc"]),
  money("INR", ["indian rupee", "rupee"], ["₹", "Rs", "Rs."]),
  money("ILS", ["shekel", "new israeli shekel"], ["₪", "NIS"]),
  money("TRY", ["lira", "turkish lira"], ["₺"]),
  money("ZAR", ["rand", "south african rand"]),
  money("FIM", ["markka", "finnish markka", "markkaa"]),
  money("DEM", ["deutsche mark", "deutschmark", "mark"], ["DM"]),
  money("KRW", ["won", "korean won"], ["₩"]),
  money("BTC", ["bitcoin"], ["₿", "XBT"]),
  // Minor units: a cent of any dollar or euro is ¢; British pence use the exchange code GBX.
  { unit: "¢", dimension: "currency", names: ["cent", "us cent"], symbols: ["¢"] },
  { unit: "GBX", dimension: "currency", names: ["penny", "pence", "pennies"], symbols: ["GBX"] },
];
