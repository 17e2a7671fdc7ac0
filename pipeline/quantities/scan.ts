// The scan over one chunk of tokens: at each number, decide date, skip or quantity, and consume what it used.
import type { Context } from "./context.ts";
import { readDate } from "./dates.ts";
import { statedScale } from "./degree-scale.ts";
import { elidedUnit } from "./elided-unit.ts";
import { DateItem } from "./items.ts";
import { NUM, SYM, WORD } from "./lexer.ts";
import { readPrefix } from "./money-prefix.ts";
import {
  amountAround,
  articleAlone,
  isNameNumber,
  isTitleName,
  nameNumberLast,
  pronounOne,
  wayAdjective,
} from "./number-roles.ts";
import { mayStartWordNumber, NUMBER_START } from "./number-words.ts";
import { readDigits } from "./read-digits.ts";
import { buildQuantity } from "./read-quantity.ts";
import { readUnit } from "./read-unit.ts";
import { readWords } from "./read-words.ts";
import { afterReferenceWord, numberVerbSubject, skipNumber } from "./skip-rules.ts";
import type { Quantity } from "./types.ts";
import { articleBeforeFraction } from "./unit-fraction.ts";
import { readVulgar } from "./vulgar.ts";
import { ocrYear, readYear } from "./years.ts";

// tsx runs modules as CommonJS, where each read of an imported binding is a getter call;
// the loop below tests every token's type, so it reads module-local copies.
const T_NUM: number = NUM;
const T_SYM: number = SYM;
const T_WORD: number = WORD;

function dateItem(
  ctx: Context,
  d: { first: number; last: number; low: number; high: number; iso: string },
): Quantity {
  const start = ctx.start(d.first);
  let end = ctx.end(d.last);
  // A year with a footnote marker glued on ("195512") ends after its four digits.
  const size = ctx.size(d.last);
  if (size >= 5 && size <= 6 && ctx.plainDigits(d.last)) end = ctx.start(d.last) + 4;
  return new DateItem(start, end, ctx.text.slice(start, end), d.low, d.high, d.iso);
}

/** Appends the quantities and dates of the chunk in ctx to out. */
export function scan(ctx: Context, out: Quantity[]): void {
  const n = ctx.length;
  let pushed = out.length;
  for (let i = 0; i < n; ) {
    if (out.length !== pushed) {
      ctx.floor = i;
      pushed = out.length;
    }
    const type = ctx.type(i);
    if (type === T_NUM) {
      const misread = ctx.size(i) <= 3 ? ocrYear(ctx, i) : null;
      if (misread) {
        out.push(dateItem(ctx, misread));
        i = misread.last + 1;
        continue;
      }
      const skip = skipNumber(ctx, i);
      if (skip >= i) {
        i = skip + 1;
        continue;
      }
      const date = readDate(ctx, i);
      if (date) {
        if (!Number.isNaN(date.low) || date.iso) out.push(dateItem(ctx, date));
        i = date.last + 1;
        continue;
      }
      const prefix = readPrefix(ctx, i);
      const money = prefix.currency !== null;
      // Only four to six plain digits can be a year (six: a marker glued on); look for units only then.
      const digits = ctx.end(i) - ctx.start(i);
      const year =
        money || digits < 4 || digits > 6 ? null : readYear(ctx, i, !amountAround(ctx, i));
      if (year) {
        out.push(dateItem(ctx, year));
        i = year.last + 1;
        continue;
      }
      const num = readDigits(ctx, i, money);
      if (!num) {
        i++;
        // Skip the rest of the code or ratio it belongs to ("1.2.3", "24/7").
        while (
          i < n &&
          ctx.glued(i) &&
          (ctx.type(i) !== T_SYM || (ctx.isSym(i, "/") && ctx.isNum(i + 1) && ctx.glued(i + 1)))
        )
          i++;
        continue;
      }
      // A number glued to letters that are no unit or scale ("5G", "3D") is an identifier.
      // So is a short symbol sandwiched between digits ("24703L202"), unless the digits after it
      // are the unit's power ("40m2", "6m3").
      const glued = ctx.isWord(num.last + 1) && ctx.glued(num.last + 1);
      if (glued) {
        const unit = readUnit(ctx, num.last + 1);
        const code =
          ctx.isNum(num.last + 2) &&
          ctx.glued(num.last + 2) &&
          ctx.end(num.last + 1) - ctx.start(num.last + 1) <= 2 &&
          !(unit && unit.last >= num.last + 2);
        if (code || !unit) {
          i = num.last + 2;
          continue;
        }
      }
      const { q, last } = buildQuantity(ctx, i, num, prefix);
      if (isNameNumber(ctx, i, q)) i = nameNumberLast(ctx, last) + 1;
      else if (isTitleName(ctx, i, last, q)) i = last + 1;
      else {
        if (q.unit === "°") q.unit = statedScale(ctx.text, out, q) ?? q.unit;
        else if (num.scaled && q.unit === "count" && q.noun === null)
          q.unit = elidedUnit(ctx.text, out, q) ?? q.unit;
        if (q.unit === "count" && q.noun === null) q.noun = numberVerbSubject(ctx, i);
        out.push(q);
        i = last + 1;
      }
      continue;
    }
    // A vulgar fraction ("½ cup"), or an article before a unit and a spoken fraction ("an hour and
    // a half"; only "a", "an" and "the" are tested further): a number without digits or number words.
    const first = ctx.code(i) | 32;
    const lead =
      type === T_SYM
        ? readVulgar(ctx, i)
        : type === T_WORD && ctx.size(i) <= 3 && (first === 97 || first === 116)
          ? articleBeforeFraction(ctx, i)
          : null;
    if (lead) {
      const { q, last } = buildQuantity(ctx, i, lead);
      out.push(q);
      i = last + 1;
      continue;
    }
    if (
      type === T_WORD &&
      mayStartWordNumber(ctx.text, ctx.start(i), ctx.end(i)) &&
      !articleAlone(ctx, i) &&
      ctx.inClass(i, NUMBER_START) &&
      !afterReferenceWord(ctx, i)
    ) {
      const num = readWords(ctx, i);
      if (num && !pronounOne(ctx, i, num.value, num.last) && !wayAdjective(ctx, num.last)) {
        const { q, last } = buildQuantity(ctx, i, num);
        if (!isTitleName(ctx, i, last, q)) out.push(q);
        i = last + 1;
        continue;
      }
    }
    i++;
  }
}
