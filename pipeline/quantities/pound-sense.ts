// "Pounds" is money or mass, and only the words around it tell: "a loan of 10 million pounds" is
// sterling, "600,000 pounds of wool" is a weight. Without a sign of money it stays a weight.
import type { Context } from "./context.ts";
import { wordClass } from "./word-classes.ts";

/** Words that make a figure around them an amount of money. */
const MONEY_WORDS = wordClass([
  "profit",
  "profits",
  "loss",
  "losses",
  "revenue",
  "revenues",
  "income",
  "earnings",
  "loan",
  "loans",
  "credit",
  "credits",
  "debt",
  "debts",
  "cost",
  "costs",
  "costing",
  "paid",
  "pay",
  "spent",
  "spend",
  "worth",
  "valued",
  "price",
  "priced",
  "fine",
  "fined",
  "budget",
  "salary",
  "wages",
  "investment",
  "invested",
  "grant",
  "aid",
  "fee",
  "fees",
  "tax",
  "taxes",
  "capital",
  "funds",
  "funding",
  "sterling",
]);

/** How far back a money word may stand: a clause, not the whole sentence. */
const WINDOW = 8;

/** Whether the "pound(s)" at token k, read after a number starting at token first, means sterling. */
export function poundsAreMoney(ctx: Context, first: number, k: number): boolean {
  // "pounds of wool" weighs something; "pounds of credit" is money.
  if (ctx.word(k + 1) === "of") return ctx.inClass(k + 2, MONEY_WORDS);
  if (ctx.inClass(k + 1, MONEY_WORDS)) return true;
  for (let j = first - 1; j >= Math.max(ctx.floor, first - WINDOW); j--) {
    if (ctx.isSym(j, ".;:!?")) break;
    if (ctx.inClass(j, MONEY_WORDS)) return true;
  }
  return false;
}
