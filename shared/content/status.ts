import { contentStatusPipeline, type ContentFormat, type ContentStatus } from './kinds';

/**
 * The production pipeline every item walks: 创意 idea → 脚本 scripting → 拍摄 filming → 剪辑 editing →
 * 审核 review → 已排期 scheduled → 已发布 published. The rules, and why:
 * - Forward one stage at a time, so nothing reaches "scheduled" without passing review.
 * - Back one stage (review → editing when the reviewer sends a cut back; scheduled → review when a slot
 *   is pulled), because real teams do rework.
 * - Live sessions are not filmed or edited in advance: they may go scripting → review directly (and back).
 *   The full path stays open for recorded lives.
 * - Any stage before published may be cancelled; a cancelled item can be reopened as an idea.
 * - Published is final, with one exception: published → scheduled corrects an item marked published by
 *   mistake (its published URL and time are cleared). It cannot be cancelled: it is already out.
 */
export const statusPipeline: typeof contentStatusPipeline = contentStatusPipeline;

const liveShortcuts: readonly [ContentStatus, ContentStatus][] = [
  ['scripting', 'review'],
  ['review', 'scripting'],
];

/** Statuses an item may move to from `from` (not including staying where it is). */
export function allowedNextStatuses(from: ContentStatus, format: ContentFormat): ContentStatus[] {
  if (from === 'cancelled') return ['idea'];
  if (from === 'published') return ['scheduled'];
  const index = statusPipeline.indexOf(from);
  const next: ContentStatus[] = [];
  if (index > 0) next.push(statusPipeline[index - 1]!);
  const forward = statusPipeline[index + 1];
  if (forward) next.push(forward);
  if (format === 'live') {
    for (const [a, b] of liveShortcuts) if (a === from) next.push(b);
  }
  next.push('cancelled');
  return next;
}

export function canTransition(from: ContentStatus, to: ContentStatus, format: ContentFormat): boolean {
  return from === to || allowedNextStatuses(from, format).includes(to);
}

/** Null when allowed; otherwise an explanation naming both statuses and where the item can go. */
export function transitionError(
  from: ContentStatus,
  to: ContentStatus,
  format: ContentFormat,
): string | null {
  if (canTransition(from, to, format)) return null;
  const allowed = allowedNextStatuses(from, format).join(', ');
  if (from === 'published') {
    return `A published item cannot move to ${to}; it can only be set back to scheduled if it was marked published by mistake`;
  }
  return `Cannot change status from ${from} to ${to}; from ${from} an item can move to: ${allowed}`;
}

/** Published items are out in the world: their planned time is history and cannot be dragged. */
export function canReschedule(status: ContentStatus): boolean {
  return status !== 'published';
}
