import { z } from 'zod';
import {
  canMoveDeliverable,
  deliverableStatuses,
  deliverableStatusSchema,
  type DeliverableStatus,
} from './offer';

/**
 * The creator's deliverable statuses as its answer file carries them (offer file format 2), and what the
 * brand's tracker makes of them on import. Both sides track the same deliverables (keyed by the terms'
 * deliverable key); the creator's side is the one that knows when a video was submitted or published.
 */
export const reportedDeliverableSchema = z.strictObject({
  key: z.string().min(1).max(64),
  status: deliverableStatusSchema,
  /** When the creator's tracker moved it to this status (UTC ISO). */
  statusChangedAt: z.iso.datetime({ offset: true }),
});
export type ReportedDeliverable = z.infer<typeof reportedDeliverableSchema>;

/**
 * Which statuses a creator's file may set on the brand's tracker. The creator submits and publishes;
 * approving a submission is the brand's decision, so a file saying `approved` never approves anything.
 */
export const creatorMaySet: Readonly<Record<DeliverableStatus, boolean>> = {
  due: true,
  submitted: true,
  approved: false,
  published: true,
};

/**
 * - applied: a forward move the brand's tracker allows (canMoveDeliverable) and the creator may make;
 * - unchanged: both trackers already agree;
 * - kept: the brand's tracker is further (it approved, or an older file): a file never moves it back;
 * - refused: a forward move the creator may not make (approval) — the whole file is then refused.
 */
export const reportOutcomes = ['applied', 'unchanged', 'kept', 'refused'] as const;
export type ReportOutcome = (typeof reportOutcomes)[number];

export function reportOutcome(current: DeliverableStatus, reported: DeliverableStatus): ReportOutcome {
  if (current === reported) return 'unchanged';
  if (deliverableStatuses.indexOf(reported) < deliverableStatuses.indexOf(current)) return 'kept';
  return creatorMaySet[reported] && canMoveDeliverable(current, reported) ? 'applied' : 'refused';
}

export const deliverableReportLineSchema = z.object({
  key: z.string(),
  /** 1-based line number in the offer's deliverables, and the receiver's account label, for messages. */
  position: z.number().int(),
  accountLabel: z.string(),
  from: deliverableStatusSchema,
  reported: deliverableStatusSchema,
  outcome: z.enum(reportOutcomes),
});
export type DeliverableReportLine = z.infer<typeof deliverableReportLineSchema>;

export interface TrackedStatus {
  key: string;
  position: number;
  accountLabel: string;
  status: DeliverableStatus;
}

export interface DeliverableReportPlan {
  lines: DeliverableReportLine[];
  /** Keys the file reports that the receiving offer has no deliverable for. */
  unknownKeys: string[];
}

/** Pairs each reported status with the tracker's deliverable of the same key; writes nothing. */
export function planDeliverableReport(
  tracked: readonly TrackedStatus[],
  reported: readonly ReportedDeliverable[],
): DeliverableReportPlan {
  const byKey = new Map(tracked.map((d) => [d.key, d]));
  const lines: DeliverableReportLine[] = [];
  const unknownKeys: string[] = [];
  for (const r of reported) {
    const mine = byKey.get(r.key);
    if (!mine) unknownKeys.push(r.key);
    else
      lines.push({
        key: r.key,
        position: mine.position,
        accountLabel: mine.accountLabel,
        from: mine.status,
        reported: r.status,
        outcome: reportOutcome(mine.status, r.status),
      });
  }
  return { lines, unknownKeys };
}
