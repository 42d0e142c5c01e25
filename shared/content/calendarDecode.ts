import type { ContentCalendarItem } from './calendarItem';
import type { CalendarItemsPayload } from './calendarPayload';

/**
 * Back to the items the calendar and board draw; a reference outside a side table is a broken payload.
 * Apart from calendarPayload.ts (the wire form's zod schemas, the contract's output) and
 * with type-only imports: the calendar's first screen decodes its items before the first paint, and importing
 * the schemas' module would build them and model.ts's (zod, at module load) for nothing (issue 11 §8).
 */
export function decodeCalendarItems(payload: CalendarItemsPayload): ContentCalendarItem[] {
  const at = <T>(table: readonly T[], index: number, what: string): T => {
    const value = table[index];
    if (value === undefined) throw new Error(`content.calendarItems: no ${what} at index ${index}`);
    return value;
  };
  return payload.items.map((item) => ({
    id: item.id,
    accountId: at(payload.accountIds, item.account, 'account'),
    title: item.title,
    format: item.format,
    status: item.status,
    plannedAt: item.plannedAt,
    plannedEndAt: item.plannedEndAt ?? item.plannedAt,
    durationMinutes: item.durationMinutes ?? null,
    creatorId: item.creatorId ?? null,
    series: item.series ?? null,
    archived: item.archived ?? false,
    warnings: (item.warnings ?? []).map((index) => at(payload.warnings, index, 'warning')),
  }));
}
