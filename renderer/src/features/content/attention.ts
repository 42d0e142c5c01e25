import type { ContentCalendarItem } from '../../../../shared/content/calendarItem';
import type { TrackedDeliverable } from '../../../../shared/domain/offer';
import { wallParts } from './time';

/** Why an item needs the planner's eye; each is also a calendar filter. */
export const attentionKinds = ['creator', 'overdue', 'warned'] as const;
export type AttentionKind = (typeof attentionKinds)[number];

export interface Attention {
  creator: boolean;
  /** A creator deliverable past its due date, or an item whose time has passed and is not out yet. */
  overdue: boolean;
  /** Item-scoped guardrail findings (week-load findings concern the week, not the item). */
  warned: boolean;
}

export function itemAttention(
  item: ContentCalendarItem,
  deliverable: TrackedDeliverable | undefined,
  nowMs: number,
): Attention {
  const open = item.status !== 'published' && item.status !== 'cancelled';
  return {
    creator: item.creatorId !== null || deliverable !== undefined,
    overdue: (deliverable?.overdue ?? false) || (open && Date.parse(item.plannedAt) < nowMs),
    // The calendar's items carry their item-scoped warnings only (week findings sit in the week header).
    warned: item.warnings.length > 0,
  };
}

export function matchesAttention(attention: Attention, wanted: readonly AttentionKind[]): boolean {
  return wanted.every((kind) => attention[kind]);
}

/** Overdue and warned item ids by the wall date they start on: what a month cell may hide. */
export function flaggedByDate(
  items: readonly ContentCalendarItem[],
  attention: ReadonlyMap<string, Attention>,
  timeZone: string,
): Map<string, { overdue: Set<string>; warned: Set<string> }> {
  const byDate = new Map<string, { overdue: Set<string>; warned: Set<string> }>();
  for (const item of items) {
    const a = attention.get(item.id);
    if (!a || (!a.overdue && !a.warned)) continue;
    const date = wallParts(item.plannedAt, timeZone).date;
    let entry = byDate.get(date);
    if (!entry) byDate.set(date, (entry = { overdue: new Set(), warned: new Set() }));
    if (a.overdue) entry.overdue.add(item.id);
    if (a.warned) entry.warned.add(item.id);
  }
  return byDate;
}
