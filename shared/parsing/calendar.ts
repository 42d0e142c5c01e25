/** A calendar date without a zone, as written in a file or shown in a cell. */
export interface CivilDate {
  year: number;
  month: number; // 1–12
  day: number;
}

/** A wall-clock reading without a zone: what a cell shows before a time zone gives it an instant. */
export interface WallTime extends CivilDate {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

// Business data in this app never predates 1900; the bound also keeps Date.UTC away from its two-digit
// year quirk (years 0–99 map to 1900–1999).
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

export function isValidCivilDate({ year, month, day }: CivilDate): boolean {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  // Day 0 of the next month is the last day of this one; UTC avoids any local-zone influence.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth;
}

export function isValidTimeOfDay(hour: number, minute: number, second: number): boolean {
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
}

export function formatCivilDate({ year, month, day }: CivilDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Treats a wall time as if it were UTC: the arithmetic base for zone conversion and Excel serials. */
export function wallTimeAsUtcMs(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
}

export function utcMsToWallTime(ms: number): WallTime {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/**
 * Excel serial dates (1900 date system, the default on Windows and in every platform export we have seen):
 * days since 1899-12-30, fraction = time of day. Serial 25569 is 1970-01-01. The 1900 system's fake
 * 1900-02-29 (serial 60) lies outside the plausible range below, so the simple offset is exact.
 */
const EXCEL_SERIAL_OF_UNIX_EPOCH = 25569;
const MS_PER_DAY = 86_400_000;

/**
 * Serials that can be a business date: 1950-01-01 (18264) to 2099-12-31 (73050). Numbers outside are
 * almost certainly not dates (a year typed as 2025, an ID) and are reported instead of converted.
 */
export const MIN_PLAUSIBLE_EXCEL_SERIAL = 18264;
export const MAX_PLAUSIBLE_EXCEL_SERIAL = 73050;

export function isPlausibleExcelSerial(serial: number): boolean {
  return (
    Number.isFinite(serial) && serial >= MIN_PLAUSIBLE_EXCEL_SERIAL && serial < MAX_PLAUSIBLE_EXCEL_SERIAL + 1
  );
}

/** The wall time an Excel serial shows, rounded to the second (Excel's own display precision). */
export function excelSerialToWallTime(serial: number): WallTime {
  const seconds = Math.round(serial * 86_400);
  return utcMsToWallTime((seconds / 86_400 - EXCEL_SERIAL_OF_UNIX_EPOCH) * MS_PER_DAY);
}
