import * as z from "zod";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date as `YYYY-MM-DD` (no time, no zone). Every date in factmark is one: the
 * document date, a claim's as-of date, a citation's publication date.
 */
export const IsoDate = /* @__PURE__ */ z
  .string()
  .regex(ISO_DATE, { message: 'expected a date as YYYY-MM-DD, for example "2024-05-04"' })
  .refine((value) => isValidIsoDate(value), { message: "not a real calendar date" });
export type IsoDate = z.infer<typeof IsoDate>;

/** True when `value` is a real `YYYY-MM-DD` calendar date. */
export function isValidIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const y = Number(match[1]);
  const m = Number(match[2]);
  return m >= 1 && m <= 12 && Number(match[3]) >= 1 && Number(match[3]) <= daysInMonth(y, m);
}

/**
 * Days since 1970-01-01 for an ISO date (UTC calendar arithmetic, no clock). Written as
 * arithmetic on the proleptic Gregorian calendar (H. Hinnant's days-from-civil) rather than with
 * `Date`: every figure judged asks for several day numbers, and a `Date` per call was a visible
 * share of `check()`. A day past its month's end runs into the next month, as `Date.UTC` does.
 */
export function dayNumber(date: string): number {
  // Read digit by digit when the date has its usual shape: \`split\` and \`map\` allocated two
  // arrays and an iterator on every call, and a check asks for thousands.
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const y = digitsAt(date, 0, 4);
    const m = digitsAt(date, 5, 7);
    const d = digitsAt(date, 8, 10);
    if (y >= 0 && m >= 0 && d >= 0) return daysFromCivil(y, m, d);
  }
  const parts = date.split("-");
  return daysFromCivil(Number(parts[0]), Number(parts[1]), Number(parts[2]));
}

/** The number the decimal digits of \`text\` from \`from\` to \`to\` write, or -1 when one is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The ISO date `days` after `date` (negative for before). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** The ISO date for a day number (see {@link dayNumber}): civil-from-days, the inverse of {@link dayNumber}'s arithmetic. */
export function fromDayNumber(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  // Years outside four digits are written as Date writes them.
  if (y < 0 || y > 9999) return new Date(day * 86_400_000).toISOString().slice(0, 10);
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Months (fractional, calendar-aware) from `from` to `to`: whole calendar months, then the rest as a share of the next month. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  let months = (ty - fy) * 12 + (tm - fm);
  let anchor = addMonths(fy, fm - 1, fd, months);
  if (anchor > dayNumber(to)) {
    months -= 1;
    anchor = addMonths(fy, fm - 1, fd, months);
  }
  const next = addMonths(fy, fm - 1, fd, months + 1);
  return months + (dayNumber(to) - anchor) / (next - anchor);
}

function addMonths(year: number, monthIndex: number, day: number, months: number): number {
  const target = monthIndex + months;
  const days = daysInMonth(year + Math.floor(target / 12), (((target % 12) + 12) % 12) + 1);
  return daysFromCivil(year + Math.floor(target / 12), (((target % 12) + 12) % 12) + 1, Math.min(day, days));
}

/** The days in `month` (1–12) of `year` in the Gregorian calendar, which Date follows for every year. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1]!;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Formats an ISO date for people: "4 May 2024". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  return `${d} ${months[m - 1]} ${y}`;
}
