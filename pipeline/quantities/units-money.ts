// Currencies of the unit vocabulary: ISO code as canonical symbol, names, and signs written before the number.
import type { UnitEntry } from "./units-table.ts";

/** A currency whose sign is a "$" is also written with its code before the sign ("AUD$ 15"). */
const withCodeSign = (unit: string, prefixes: string[]): string[] =>
  prefixes.some((p) => p.endsWith("$")) ? [...prefixes, `${unit}$`] : prefixes;

/**
 * Codes that informal and lower-cased text writes in lower case ("20 usd", "half million eur"):
 * the common ones that are no English word (not "rub", "cad", "top", "try", "all", "mad", "pen").
 */
export const LOWER_CASE_CODES: ReadonlySet<string> = new Set(
  "USD EUR GBP JPY CNY INR CHF AUD NZD HKD SGD KRW BRL MXN ZAR SEK NOK DKK PLN CZK HUF UAH KZT ARS CLP NGN EGP AED MYR IDR THB TWD BTC USDOLS".split(
    " ",
  ),
);

/**
 * A currency: its ISO 4217 code is the canonical symbol, written before or after the number too,
 * except where the code is also an everyday word or name in capitals ("PHP 5", "WORLD CUP 2014").
 */
const money = (
  unit: string,
  names: string[],
  prefixes: string[] = [],
  writesCode = true,
): UnitEntry => {
  const written = withCodeSign(unit, writesCode ? [unit, ...prefixes] : prefixes);
  const lowerCode = LOWER_CASE_CODES.has(unit) ? [unit.toLowerCase()] : [];
  return {
    unit,
    dimension: "currency",
    names: [...names, ...lowerCode],
    symbols: written,
    prefixes: written,
  };
};

/**
 * The press of South Africa and Nigeria writes the currency as one capital letter before the
 * amount ("R1.9 trillion", "N850 billion"). Never after it ("5 R" is no money), and the prefix
 * reader takes it only before an amount that is plainly money (money-prefix.ts).
 */
const withLetterSign = (entry: UnitEntry, letter: string): UnitEntry => ({
  ...entry,
  prefixes: [...(entry.prefixes ?? []), letter],
});

// A name without its country ("peso", "franc", "rupee", "dinar") stays a generic symbol: which
// country's it is, is a judgment for later stages, not a unit fact. A currency that was renamed or
// redenominated keeps the code of its name as written ("austral" is ARA, "argentine peso" ARS).
// The Soviet accounting rubles of foreign trade ("transferable", "convertible", "valuta") are
// rubles; the words that qualify them stay in unit_text.
export const CURRENCIES: readonly UnitEntry[] = [
  money(
    "USD",
    // Telegrams write US dollars "USDOLS" ("USDOLS 260 MLN", "5 MLN USDOLS").
    [
      "dollar",
      "us dollar",
      "u.s. dollar",
      "american dollar",
      "greenback",
      "buck",
      "usdol",
      "usdols",
    ],
    ["$", "US$", "U.S.$", "US $", "USDOLS", "USDOL"],
  ),
  money("EUR", ["euro"], ["€"]),
  money(
    "GBP",
    ["pound sterling", "pounds sterling", "sterling", "british pound", "uk pound"],
    ["£"],
  ),
  money(
    "RUB",
    [
      "ruble",
      "rouble",
      "russian ruble",
      "soviet ruble",
      "transferable ruble",
      "transferable rouble",
      "convertible ruble",
      "convertible rouble",
      "valuta ruble",
      "foreign-exchange ruble",
      "gold ruble",
      // Before and after the redenomination of 1961, which cut the ruble tenfold.
      "old ruble",
      "old rouble",
      "new ruble",
      "new rouble",
    ],
    ["₽", "RUR", "Rbl", "Rbls"],
  ),
  money("JPY", ["yen", "japanese yen"], ["¥"]),
  money("CNY", ["yuan", "renminbi", "chinese yuan", "元", "rmb"], ["RMB", "元"]),
  money("CAD", ["canadian dollar"], ["C$", "CA$", "Can$"]),
  money("AUD", ["australian dollar"], ["A$", "AU$"]),
  money("HKD", ["hong kong dollar"], ["HK$"]),
  money("NZD", ["new zealand dollar"], ["NZ$"]),
  money("SGD", ["singapore dollar", "singaporean dollar"], ["S$"]),
  money("TWD", ["taiwan dollar", "new taiwan dollar"], ["NT$"]),
  money("JMD", ["jamaican dollar"], ["J$"]),
  // Latin America
  money("ARS", ["argentine peso", "argentinian peso"], ["AR$"]),
  money("ARA", ["austral", "argentine austral"], [], false),
  money("MXN", ["mexican peso"], ["Mex$", "MX$"]),
  money("CLP", ["chilean peso"]),
  money("COP", ["colombian peso"]),
  money("UYU", ["uruguayan peso"]),
  money("CUP", ["cuban peso"], [], false),
  money("DOP", ["dominican peso"]),
  money("PESO", ["peso"], [], false),
  money("BRL", ["real", "reais", "brazilian real", "brazilian reais"], ["R$"]),
  money("PEN", ["nuevo sol", "nuevos soles", "peruvian sol", "soles"], [], false),
  money("VES", ["bolívar", "bolivar", "bolívares", "bolivares", "venezuelan bolívar"], [], false),
  money("BOB", ["boliviano"], [], false),
  money("PYG", ["paraguayan guaraní", "paraguayan guarani", "guaraníes"]),
  money("GTQ", ["quetzal", "quetzales"]),
  money("HNL", ["lempira"]),
  money("CRC", ["colón", "colones", "costa rican colón", "costa rican colon"], ["₡"]),
  // Europe
  money("CHF", ["swiss franc"], ["SFr"]),
  money("FRF", ["french franc"]),
  money("BEF", ["belgian franc"]),
  money("FRANC", ["franc"], [], false),
  money("ITL", ["italian lira", "lire"]),
  money("TRY", ["turkish lira"], ["₺"]),
  money("LIRA", ["lira"], [], false),
  money("ESP", ["peseta", "spanish peseta"]),
  money("NLG", ["guilder", "dutch guilder", "netherlands guilder"]),
  money("PTE", ["portuguese escudo"]),
  money("GRD", ["drachma", "drachmae", "greek drachma"]),
  money("ATS", ["austrian schilling"]),
  money("FIM", ["markka", "finnish markka", "markkaa"]),
  money("DEM", ["deutsche mark", "deutschmark", "mark"], ["DM"]),
  money("SEK", ["swedish krona", "kronor"]),
  money("NOK", ["norwegian krone"]),
  money("DKK", ["danish krone", "danish kroner"]),
  money("KRONE", ["krone", "kroner"], [], false),
  money("KRONA", ["krona"], [], false),
  money("PLN", ["zloty", "złoty", "zlotys", "zlotych", "złotych", "polish zloty"]),
  money("HUF", ["forint", "hungarian forint"]),
  money("CZK", ["czech koruna"]),
  money("CSK", ["czechoslovak koruna", "czechoslovakian koruna", "czechoslovak crown"]),
  money("SKK", ["slovak koruna"]),
  // Czechoslovakia's koruna (CSK, to 1993) split into the Czech and the Slovak one.
  money("KORUNA", ["koruna", "koruny", "korun"], [], false),
  money("UAH", ["hryvnia", "hryvna", "hryvnya", "ukrainian hryvnia"], ["₴"]),
  money("KZT", ["tenge", "kazakh tenge"], ["₸"]),
  money("GEL", ["lari", "georgian lari"], [], false),
  // Africa, Middle East, Asia
  withLetterSign(money("ZAR", ["rand", "south african rand"]), "R"),
  money("EGP", ["egyptian pound"], ["E£"]),
  money("SAR", ["saudi riyal", "saudi rial"], [], false),
  money("QAR", ["qatari riyal", "qatari rial"]),
  money("IRR", ["iranian rial"]),
  money("RIAL", ["riyal", "rial"], [], false),
  money("AED", ["uae dirham", "emirati dirham"]),
  money("MAD", ["moroccan dirham"], [], false),
  money("DIRHAM", ["dirham"], [], false),
  money("KWD", ["kuwaiti dinar"]),
  money("IQD", ["iraqi dinar"]),
  money("DZD", ["algerian dinar"]),
  money("DINAR", ["dinar"], [], false),
  money("KES", ["kenyan shilling"], ["KSh"]),
  money("TZS", ["tanzanian shilling"], ["TSh"]),
  money("UGX", ["ugandan shilling"], ["USh"]),
  money("SOS", ["somali shilling"]),
  // East African papers write "Sh 1.4 billion" without the country's letter.
  money("SHILLING", ["shilling"], ["Sh"], false),
  withLetterSign(money("NGN", ["naira", "nigerian naira"], ["₦"]), "N"),
  money("INR", ["indian rupee"], ["₹", "Rs", "Rs."]),
  money("PKR", ["pakistani rupee"]),
  money("LKR", ["sri lankan rupee"]),
  money("RUPEE", ["rupee"], [], false),
  money("ILS", ["shekel", "new israeli shekel"], ["₪", "NIS"]),
  money("KRW", ["won", "korean won", "south korean won"], ["₩"]),
  money("MYR", ["ringgit", "malaysian ringgit"], ["RM"]),
  money("IDR", ["rupiah", "indonesian rupiah"], ["Rp"]),
  money("THB", ["baht", "thai baht"], ["฿"]),
  money("PHP", ["philippine peso"], ["₱"], false),
  money("VND", ["dong", "vietnamese dong"], ["₫"]),
  money("LAK", ["kip", "lao kip"], ["₭"]),
  money("BTC", ["bitcoin"], ["₿", "XBT"]),
  // The IMF's unit of account: "SDR 250 million", "1.2 billion SDRs".
  money("XDR", ["special drawing right", "sdr"], ["SDR"]),
  // Minor units: a cent of any dollar or euro is ¢; British pence use the exchange code GBX.
  { unit: "¢", dimension: "currency", names: ["cent", "us cent"], symbols: ["¢"] },
  { unit: "GBX", dimension: "currency", names: ["penny", "pence", "pennies"], symbols: ["GBX"] },
];
