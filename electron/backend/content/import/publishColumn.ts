import type { ImportField } from '../../../../shared/content/vocabulary';
import type { TableFile } from '../../imports/tableFile';
import { parseTimeOfDayCell } from '../../../../shared/parsing/partialDate';

/*
 * 发布时间 means two things. In a plan a marketer writes, it is when to publish; in an export of published
 * items (this app's own CSV among them), when each went out. The header aliases read it as the latter, which
 * left a plan written as `发布时间, 发布账号, 内容标题` with no planned time (every row "required"), and one
 * written as `发布日期, 发布时间, …` with its times read as publish instants ("only published items have a
 * published time"). An export always gives the planned time in a column of its own (计划时间), so the
 * published-time column is taken as the plan's when nothing else gives it: as the planned date and time when
 * no column does, and as the time of day beside a date column when its cells are times of day only. The
 * user's own mapping still has the last word.
 */

/** Excel's time-only cells arrive as times on exceljs's day zero. */
const EXCEL_DAY_ZERO_YEAR = 1899;

function onlyTimesOfDay(table: TableFile, header: string): boolean {
  let times = 0;
  for (const { cells } of table.rows) {
    const cell = cells[header];
    if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) continue;
    if (cell instanceof Date && cell.getUTCFullYear() !== EXCEL_DAY_ZERO_YEAR) return false;
    const time = parseTimeOfDayCell(cell);
    if (!time.ok || time.value === null) return false;
    times++;
  }
  return times > 0;
}

/** Reads the published-time column as the plan's time where the file gives the plan's time no other way. */
export function publishColumnAsPlan(table: TableFile) {
  return (mapping: Record<ImportField, string | null>): void => {
    const header = mapping.publishedAt;
    if (header === null) return;
    if (mapping.plannedAt === null) {
      mapping.plannedAt = header;
      mapping.publishedAt = null;
    } else if (mapping.plannedTime === null && onlyTimesOfDay(table, header)) {
      mapping.plannedTime = header;
      mapping.publishedAt = null;
    }
  };
}
