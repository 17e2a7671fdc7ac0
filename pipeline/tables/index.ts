// Public surface of the tables stage: claims → tidy CSVs + datapackage.json, and their checks.
export {
  buildTables,
  compareIds,
  inIdOrder,
  type TablesInput,
  type TablesOutput,
  TableTally,
} from "./build-tables.ts";
export { CHART_TABLES } from "./category-tables.ts";
export { csvHeader, formatNumber, guardText, toCsv, unguardText } from "./csv-format.ts";
export { dataPackage, digestOf, type FileDigest, FORMULA_GUARD_NOTE } from "./datapackage.ts";
export {
  type DocumentEntry,
  type DocumentTables,
  documentTables,
  TABLES,
} from "./document-tables.ts";
export { CLAIMS, DOCUMENTS, type Field, type TableSpec } from "./schemas.ts";
export { EVENTS, FOOTNOTES, WORKS } from "./source-schemas.ts";
export { validatePackage } from "./validate-package.ts";
