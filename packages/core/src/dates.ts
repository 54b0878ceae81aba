import * as z from "zod";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date as `YYYY-MM-DD` (no time, no zone). Every date in factmark is one: the
 * document date, a claim's as-of date, a citation's publication date.
 */
export const IsoDate = z
  .string()
  .regex(ISO_DATE, { message: 'expected a date as YYYY-MM-DD, for example "2024-05-04"' })
  .refine((value) => isValidIsoDate(value), { message: "not a real calendar date" });
export type IsoDate = z.infer<typeof IsoDate>;

/** True when `value` is a real `YYYY-MM-DD` calendar date. */
export function isValidIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

/** Days since 1970-01-01 for an ISO date (UTC calendar arithmetic, no clock). */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** The ISO date `days` after `date` (negative for before). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** The ISO date for a day number (see {@link dayNumber}). */
export function fromDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
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
  return Math.floor(Date.UTC(year, target, Math.min(day, days)) / 86_400_000);
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
