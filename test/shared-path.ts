// Where ../shared (seed gold, dev corpus, structure expectations) is: beside the repository, as on
// a developer's machine and in CI; TRADE_CLAIMS_SHARED overrides it.
import { fileURLToPath } from "node:url";

export const SHARED =
  process.env.TRADE_CLAIMS_SHARED ?? fileURLToPath(new URL("../../shared", import.meta.url));
