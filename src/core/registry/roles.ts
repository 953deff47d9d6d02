/**
 * Which role a person held on a date. Dates may be a day, a month or a year (YYYY, YYYY-MM,
 * YYYY-MM-DD) on both sides, so each is treated as the range of days it covers; a role's missing
 * end date means it is still held (or its end is not known).
 */
import type { RegistryEntry, Role } from "./schema";

/** The first and last day a partial ISO date covers, as comparable YYYY-MM-DD strings. */
export function dateRange(date: string): { first: string; last: string } {
  const [year, month, day] = date.split("-");
  if (day) return { first: date, last: date };
  if (month) return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(daysInMonth(Number(year), Number(month))).padStart(2, "0")}` };
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Roles whose time overlaps the date, the most recently started first. */
export function rolesOn(entry: RegistryEntry, date: string): Role[] {
  const { first, last } = dateRange(date);
  return entry.roles
    .filter((role) => dateRange(role.from).first <= last && (role.to === null || dateRange(role.to).last >= first))
    .sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
}

/**
 * The role the person held on the date, or null. When several overlap (a hand-over day, or two
 * offices held at once) the one that started most recently is returned.
 */
export function roleOn(entry: RegistryEntry, date: string): Role | null {
  return rolesOn(entry, date)[0] ?? null;
}
