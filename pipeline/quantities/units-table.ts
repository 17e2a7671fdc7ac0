// The unit vocabulary: canonical symbol → how texts write it. Data only; lookups live in units.ts.
import { CURRENCIES } from "./units-money.ts";
//
// | canonical | dimension | written as (names match any case and plural; symbols match case) |
// | --------- | --------- | ----------------------------------------------------------------- |
// | USD       | currency  | $, US$, USD, dollar(s), US dollar(s), greenback(s)                 |
// | EUR GBP RUB JPY CNY ARS … | currency | €, £, pounds sterling, rubles/roubles, yen, yuan, argentine pesos, … (units-money.ts); a name without its country stays generic: PESO, FRANC, RUPEE, DINAR, … |
// | t         | mass      | t, tonne(s), ton(s), metric ton(s), mt; short and long tons are `ton` |
// | kt Mt     | mass      | kt, kilotonne(s); Mt, megatonne(s), mmt                           |
// | kg g mg lb oz | mass  | kg, kilogram(s); g, gram(s); lb, lbs, pound(s); oz, ounce(s)      |
// | W kW MW GW | power    | watt(s), kilowatt(s), megawatt(s) / MW, gigawatt(s) / GW          |
// | Wh kWh MWh GWh TWh | energy | kilowatt-hour(s), GWh, …                                   |
// | mAh       | charge    | mAh, milliampere hour(s) (batteries)                              |
// | Hz kHz MHz GHz | frequency | hertz, kilohertz, megahertz, gigahertz and their symbols     |
// | %         | ratio     | %, percent, per cent, pct, percentage points (pp)                 |
// | m km cm mm mi ft in yd nmi | length | metre(s)/meter(s), kilometre(s), mile(s), foot/feet, inch(es) |
// | ha km2 m2 ft2 acre | area | hectare(s), square kilometre(s), sq km, square feet, acre(s)  |
// | l ml m3 bbl gal | volume | litre(s), millilitre(s), cubic metre(s), barrel(s), gallon(s)   |
// | bu        | volume    | bushel(s), bu                                                    |
// | year month week day hour minute second | time | year(s), yr, months, …                  |
// | km/h mph m/s kn | speed | km/h, kph, mph, miles per hour, knot(s), kn; kt near wind or speed |
// | bbl/d     | flow      | barrels per day, b/d, bpd                                        |
// | °C °F K   | temperature | degrees Celsius, °C, deg f, fahrenheit, kelvin                 |
// | B KB MB GB TB bit Mbps | data | byte(s), kilobyte(s), megabyte(s), gigabyte(s), …         |
// | year-old month-old … | age | five years old, 90-day-old, years of age           |
// | x         | factor    | times, fold, x                                                   |
// | count     | counted   | a number followed by a noun (the noun is kept separately)       |

export interface UnitEntry {
  /** Canonical symbol. */
  unit: string;
  dimension: string;
  /** Written names, lower case, singular; plurals are derived ("-s", "-es"), irregular ones listed. */
  names: string[];
  /** Case-sensitive symbols and codes. */
  symbols?: string[];
  /** Symbols written before the number ("$5", "US$ 1.8 bn"). */
  prefixes?: string[];
}

export const UNITS: readonly UnitEntry[] = [
  ...CURRENCIES,
  // Trade statistics mean metric tons when they say "tons"; only an explicit short or long ton is `ton`.
  {
    unit: "t",
    dimension: "mass",
    names: ["tonne", "ton", "metric ton", "metric tonne"],
    symbols: ["t", "mt", "MT"],
  },
  { unit: "ton", dimension: "mass", names: ["short ton", "long ton"] },
  { unit: "kt", dimension: "mass", names: ["kilotonne", "kiloton"], symbols: ["kt"] },
  {
    unit: "Mt",
    dimension: "mass",
    names: ["megatonne", "megaton", "million tonnes"],
    symbols: ["Mt", "mmt", "MMT"],
  },
  {
    unit: "kg",
    dimension: "mass",
    names: ["kilogram", "kilogramme", "kilo", "kgs"],
    symbols: ["kg", "Kg", "KG"],
  },
  { unit: "g", dimension: "mass", names: ["gram", "gramme"], symbols: ["g", "gr"] },
  { unit: "mg", dimension: "mass", names: ["milligram", "milligramme"], symbols: ["mg"] },
  {
    unit: "µg",
    dimension: "mass",
    names: ["microgram", "microgramme"],
    symbols: ["µg", "μg", "mcg"],
  },
  { unit: "lb", dimension: "mass", names: ["pound", "lbs"], symbols: ["lb", "lbs"] },
  { unit: "oz", dimension: "mass", names: ["ounce"], symbols: ["oz"] },
  // Precious metals are priced by the troy ounce (31.1 g), not the ounce (28.3 g).
  { unit: "ozt", dimension: "mass", names: ["troy ounce"], symbols: ["ozt", "oz t"] },
  { unit: "carat", dimension: "mass", names: ["carat"] },
  // A quintal is 100 kg in metric usage but 46 kg in the old Spanish measure: kept as stated.
  { unit: "quintal", dimension: "mass", names: ["quintal", "metric quintal", "quintales"] },
  { unit: "W", dimension: "power", names: ["watt"], symbols: ["W"] },
  // Transformer and substation ratings, in volt-amperes; line voltages in volts.
  { unit: "kVA", dimension: "power", names: ["kilovolt-ampere"], symbols: ["kVA"] },
  { unit: "MVA", dimension: "power", names: ["megavolt-ampere"], symbols: ["MVA"] },
  { unit: "V", dimension: "voltage", names: ["volt"], symbols: ["V"] },
  { unit: "kV", dimension: "voltage", names: ["kilovolt"], symbols: ["kV", "KV"] },
  {
    unit: "MMBtu",
    dimension: "energy",
    names: ["million british thermal units", "million btu"],
    symbols: ["MMBtu", "MMBTU", "mmbtu", "mmBtu"],
  },
  { unit: "Btu", dimension: "energy", names: ["british thermal unit"], symbols: ["Btu", "BTU"] },
  { unit: "kW", dimension: "power", names: ["kilowatt"], symbols: ["kW", "KW", "kw"] },
  { unit: "MW", dimension: "power", names: ["megawatt"], symbols: ["MW", "Mw", "mw"] },
  { unit: "GW", dimension: "power", names: ["gigawatt"], symbols: ["GW", "gw"] },
  {
    unit: "hp",
    dimension: "power",
    names: ["horsepower", "horse power"],
    symbols: ["hp", "HP", "bhp"],
  },
  // Frequency: screens, processors, radio.
  { unit: "Hz", dimension: "frequency", names: ["hertz"], symbols: ["Hz", "hz"] },
  { unit: "kHz", dimension: "frequency", names: ["kilohertz"], symbols: ["kHz", "KHz", "khz"] },
  { unit: "MHz", dimension: "frequency", names: ["megahertz"], symbols: ["MHz", "Mhz", "mhz"] },
  { unit: "GHz", dimension: "frequency", names: ["gigahertz"], symbols: ["GHz", "Ghz", "ghz"] },
  // Battery charge, as phone and car makers state it.
  {
    unit: "mAh",
    dimension: "charge",
    names: ["milliampere hour", "milliamp hour"],
    symbols: ["mAh"],
  },
  {
    unit: "kWh",
    dimension: "energy",
    names: ["kilowatt hour", "kilowatt-hour"],
    symbols: ["kWh", "kwh"],
  },
  {
    unit: "MWh",
    dimension: "energy",
    names: ["megawatt hour", "megawatt-hour"],
    symbols: ["MWh", "mwh"],
  },
  {
    unit: "GWh",
    dimension: "energy",
    names: ["gigawatt hour", "gigawatt-hour"],
    symbols: ["GWh", "gwh"],
  },
  {
    unit: "TWh",
    dimension: "energy",
    names: ["terawatt hour", "terawatt-hour"],
    symbols: ["TWh", "twh"],
  },
  {
    unit: "%",
    dimension: "ratio",
    names: ["percent", "per cent", "pct", "per-cent"],
    symbols: ["%"],
  },
  {
    unit: "pp",
    dimension: "ratio",
    names: ["percentage point"],
    symbols: ["pp"],
  },
  { unit: "bp", dimension: "ratio", names: ["basis point"], symbols: ["bp", "bps"] },
  // Index and score points ("the index fell 300 points").
  { unit: "pt", dimension: "points", names: ["point"], symbols: ["pts"] },
  { unit: "m", dimension: "length", names: ["metre", "meter"], symbols: ["m"] },
  {
    unit: "km",
    dimension: "length",
    names: ["kilometre", "kilometer", "kms"],
    symbols: ["km", "Km", "KM"],
  },
  { unit: "cm", dimension: "length", names: ["centimetre", "centimeter"], symbols: ["cm"] },
  { unit: "mm", dimension: "length", names: ["millimetre", "millimeter"], symbols: ["mm"] },
  { unit: "mi", dimension: "length", names: ["mile", "statute mile"], symbols: ["mi"] },
  { unit: "nmi", dimension: "length", names: ["nautical mile"], symbols: ["nmi"] },
  { unit: "ft", dimension: "length", names: ["foot", "feet"], symbols: ["ft", "′"] },
  { unit: "in", dimension: "length", names: ["inch", "inches"], symbols: ["″"] },
  { unit: "yd", dimension: "length", names: ["yard"], symbols: ["yd", "yds"] },
  { unit: "ly", dimension: "length", names: ["light year", "light-year"] },
  { unit: "ha", dimension: "area", names: ["hectare"], symbols: ["ha"] },
  { unit: "acre", dimension: "area", names: ["acre"] },
  {
    unit: "km2",
    dimension: "area",
    names: ["square kilometre", "square kilometer", "sq km", "sq. km"],
    symbols: ["km²", "km2"],
  },
  {
    unit: "m2",
    dimension: "area",
    names: ["square metre", "square meter", "sq m"],
    symbols: ["m²", "m2"],
  },
  { unit: "mi2", dimension: "area", names: ["square mile", "sq mi", "sq. mi"] },
  {
    unit: "ft2",
    dimension: "area",
    names: ["square foot", "square feet", "sq ft", "sq. ft"],
    symbols: ["ft²"],
  },
  { unit: "m3", dimension: "volume", names: ["cubic metre", "cubic meter"], symbols: ["m³", "m3"] },
  {
    unit: "ft3",
    dimension: "volume",
    names: ["cubic foot", "cubic feet"],
    symbols: ["ft³", "cu ft"],
  },
  { unit: "l", dimension: "volume", names: ["litre", "liter"], symbols: ["l", "L"] },
  { unit: "ml", dimension: "volume", names: ["millilitre", "milliliter"], symbols: ["ml", "mL"] },
  { unit: "gal", dimension: "volume", names: ["gallon"], symbols: ["gal"] },
  { unit: "bbl", dimension: "volume", names: ["barrel"], symbols: ["bbl", "bbls"] },
  { unit: "hl", dimension: "volume", names: ["hectolitre", "hectoliter"], symbols: ["hl", "hL"] },
  // Natural gas is traded in billions and millions of cubic metres, or (US) cubic feet.
  { unit: "bcm", dimension: "volume", names: [], symbols: ["bcm", "BCM", "bn m3", "bn m³"] },
  { unit: "mcm", dimension: "volume", names: [], symbols: ["mcm", "MCM"] },
  { unit: "bcf", dimension: "volume", names: [], symbols: ["bcf", "Bcf", "BCF"] },
  { unit: "tcf", dimension: "volume", names: [], symbols: ["tcf", "Tcf", "TCF"] },
  { unit: "bu", dimension: "volume", names: ["bushel"], symbols: ["bu"] },
  {
    unit: "bbl/d",
    dimension: "flow",
    names: ["barrels per day", "barrels a day", "barrels of oil per day", "barrels of oil a day"],
    symbols: ["bpd", "b/d", "bbl/d"],
  },
  { unit: "year", dimension: "time", names: ["year", "yr", "yrs"] },
  { unit: "month", dimension: "time", names: ["month", "mo"] },
  { unit: "week", dimension: "time", names: ["week", "wk"] },
  { unit: "day", dimension: "time", names: ["day"] },
  { unit: "h", dimension: "time", names: ["hour", "hr", "hrs"], symbols: ["h"] },
  { unit: "min", dimension: "time", names: ["minute", "mins"], symbols: ["min"] },
  { unit: "s", dimension: "time", names: ["second", "secs"], symbols: ["s", "sec"] },
  {
    unit: "km/h",
    dimension: "speed",
    names: ["kilometres per hour", "kilometers per hour", "kph", "kmph", "kmh", "km per hour"],
    symbols: ["km/h", "km/hr"],
  },
  { unit: "mph", dimension: "speed", names: ["miles per hour", "mph"] },
  {
    unit: "m/s",
    dimension: "speed",
    names: ["metres per second", "meters per second"],
    symbols: ["m/s"],
  },
  // "kt" is a knot only where wind or speed is spoken of (read-quantity.ts); in trade, kilotonnes.
  { unit: "kn", dimension: "speed", names: ["knot"], symbols: ["kn"] },
  {
    unit: "°C",
    dimension: "temperature",
    names: [
      "degrees celsius",
      "degree celsius",
      "celsius",
      "centigrade",
      "degrees centigrade",
      "deg c",
      "degree c",
      "degrees c",
      "° c",
      "° celsius",
      "° centigrade",
      "deg celsius",
      "deg centigrade",
      // The common misspelling, in typed text.
      "celcius",
      "degrees celcius",
      "degree celcius",
    ],
    symbols: ["°C", "℃", "°c"],
  },
  {
    unit: "°F",
    dimension: "temperature",
    names: [
      "degrees fahrenheit",
      "degree fahrenheit",
      "fahrenheit",
      "deg f",
      "degree f",
      "degrees f",
      "° f",
      "° fahrenheit",
      "deg fahrenheit",
      "farenheit",
      "degrees farenheit",
      "degree farenheit",
    ],
    symbols: ["°F", "℉", "°f"],
  },
  { unit: "K", dimension: "temperature", names: ["kelvin", "degrees kelvin"], symbols: ["K"] },
  { unit: "rad", dimension: "angle", names: ["radian"], symbols: ["rad"] },
  { unit: "tsp", dimension: "volume", names: ["teaspoon"], symbols: ["tsp"] },
  { unit: "tbsp", dimension: "volume", names: ["tablespoon"], symbols: ["tbsp"] },
  { unit: "cup", dimension: "volume", names: ["cup"] },
  { unit: "dm", dimension: "length", names: ["decimetre", "decimeter"], symbols: ["dm"] },
  { unit: "°", dimension: "angle", names: ["degree", "deg"], symbols: ["°"] },
  { unit: "B", dimension: "data", names: ["byte"], symbols: ["B"] },
  { unit: "KB", dimension: "data", names: ["kilobyte"], symbols: ["KB", "kB"] },
  { unit: "MB", dimension: "data", names: ["megabyte"], symbols: ["MB"] },
  { unit: "GB", dimension: "data", names: ["gigabyte"], symbols: ["GB"] },
  { unit: "TB", dimension: "data", names: ["terabyte"], symbols: ["TB"] },
  { unit: "bit", dimension: "data", names: ["bit"] },
  {
    unit: "Mbps",
    dimension: "data rate",
    names: ["megabits per second", "megabit per second"],
    symbols: ["Mbps", "Mb/s"],
  },
  {
    unit: "year-old",
    dimension: "age",
    names: [
      "year old",
      "year-old",
      "years old",
      "years-old",
      "year of age",
      "years of age",
      "yo",
      "y/o",
      "y.o.",
    ],
  },
  {
    unit: "month-old",
    dimension: "age",
    names: ["month old", "month-old", "months old", "months-old", "month of age", "months of age"],
  },
  {
    unit: "week-old",
    dimension: "age",
    names: ["week old", "week-old", "weeks old", "weeks-old", "week of age", "weeks of age"],
  },
  {
    unit: "day-old",
    dimension: "age",
    names: ["day old", "day-old", "days old", "days-old", "day of age", "days of age"],
  },
  // Ships are measured by their enclosed volume (gross register tons) or what they carry (deadweight).
  {
    unit: "GRT",
    dimension: "counted",
    names: ["gross register ton", "gross register tons", "gross registered tons", "grt"],
    symbols: ["GRT", "grt"],
  },
  {
    unit: "DWT",
    dimension: "counted",
    names: ["deadweight ton", "deadweight tons", "deadweight tonnes", "dwt"],
    symbols: ["DWT", "dwt"],
  },
  // Twenty-foot equivalent units: how container ports and ships count their capacity.
  { unit: "TEU", dimension: "counted", names: [], symbols: ["TEU", "TEUs", "teu"] },
  { unit: "x", dimension: "factor", names: ["times", "fold", "-fold"], symbols: ["x", "×"] },
];
