import { z } from 'zod';
import type { OfferParty } from './offerStateMachine';
import { deliverableLinkSchema } from './deliverableLink';
import { sendBackOutcome, sentBackSchema } from './deliverableSendBack';
import {
  canMoveDeliverable,
  deliverableStatuses,
  deliverableStatusSchema,
  type DeliverableStatus,
} from './offer';

/**
 * Deliverable statuses as an offer file carries them, and what the receiving tracker makes of them on
 * import. Both sides track the same deliverables (keyed by the terms' deliverable key): the creator's
 * answer file (format 2) tells the brand what was submitted or published, with the published link
 * (format 3); the brand's status file (format 3) tells the creator what the brand approved, so both
 * trackers agree. Each side's tracker only ever moves forward from a file, except for the brand's explicit
 * send-back (format 4, shared/domain/deliverableSendBack.ts) when it is newer than the creator's state.
 */

export const reportedDeliverableSchema = z.strictObject({
  key: z.string().min(1).max(64),
  status: deliverableStatusSchema,
  /** When the sender's tracker moved it to this status (UTC ISO). */
  statusChangedAt: z.iso.datetime({ offset: true }),
  /** Format 3, creator's file only: the link the creator entered with 已提交 or 已发布. */
  publishedUrl: deliverableLinkSchema.optional(),
  /** Format 4, brand's file only: the brand sent it back to `status` (退回修改) at statusChangedAt. */
  sentBack: sentBackSchema.optional(),
});
export type ReportedDeliverable = z.infer<typeof reportedDeliverableSchema>;

/**
 * Which statuses each sender's file may set on the other side's tracker. The creator submits and
 * publishes; approving a submission is the brand's decision, so a creator's file saying `approved` never
 * approves anything. The brand owns the offer: its verdicts (已审核, and 已发布 when it saw the video go
 * out) reach the creator's tracker.
 */
export const senderMaySet: Readonly<Record<OfferParty, Readonly<Record<DeliverableStatus, boolean>>>> = {
  creator: { due: true, submitted: true, approved: false, published: true },
  brand: { due: true, submitted: true, approved: true, published: true },
};

/**
 * - applied: a forward move the brand's tracker allows (canMoveDeliverable) and the creator may make;
 * - unchanged: both trackers already agree;
 * - kept: the brand's tracker is further (it approved, or an older file): a file never moves it back;
 * - refused: a forward move the creator may not make (approval) — the whole file is then refused;
 * - sentBack: the brand's send-back, newer than the creator's state, moved the creator's tracker back.
 */
export const reportOutcomes = ['applied', 'unchanged', 'kept', 'refused', 'sentBack'] as const;
export type ReportOutcome = (typeof reportOutcomes)[number];

export function reportOutcome(
  current: DeliverableStatus,
  reported: DeliverableStatus,
  sender: OfferParty = 'creator',
): ReportOutcome {
  if (current === reported) return 'unchanged';
  if (deliverableStatuses.indexOf(reported) < deliverableStatuses.indexOf(current)) return 'kept';
  return senderMaySet[sender][reported] && canMoveDeliverable(current, reported) ? 'applied' : 'refused';
}

export const deliverableReportLineSchema = z.object({
  key: z.string(),
  /** 1-based line number in the offer's deliverables, and the receiver's account label, for messages. */
  position: z.number().int(),
  accountLabel: z.string(),
  from: deliverableStatusSchema,
  reported: deliverableStatusSchema,
  outcome: z.enum(reportOutcomes),
  /** The link the file carries for this deliverable, and whether it is new to the receiving tracker. */
  publishedUrl: z.string().nullable().default(null),
  linkChanged: z.boolean().default(false),
  /** With a send-back: the brand's reason, if it gave one. */
  sendBackReason: z.string().nullable().default(null),
});
export type DeliverableReportLine = z.infer<typeof deliverableReportLineSchema>;

export interface TrackedStatus {
  key: string;
  position: number;
  accountLabel: string;
  status: DeliverableStatus;
  publishedUrl?: string | null;
  /**
   * The link the sender's file last brought, when a file brought one: a link corrected here since stands
   * until the sender sends a different one.
   */
  receivedUrl?: string | null;
  /** When the receiving tracker last moved it, and when it was last sent back (the brand's clock). */
  statusChangedAt?: string;
  sentBackAt?: string | null;
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
  sender: OfferParty = 'creator',
): DeliverableReportPlan {
  const byKey = new Map(tracked.map((d) => [d.key, d]));
  const lines: DeliverableReportLine[] = [];
  const unknownKeys: string[] = [];
  for (const r of reported) {
    const mine = byKey.get(r.key);
    if (!mine) unknownKeys.push(r.key);
    else {
      const sendBack = mine.statusChangedAt
        ? sendBackOutcome(
            { status: mine.status, changedAt: mine.statusChangedAt, sentBackAt: mine.sentBackAt ?? null },
            { status: r.status, reportedAt: r.statusChangedAt, sentBack: sender === 'brand' && !!r.sentBack },
          )
        : null;
      lines.push({
        key: r.key,
        position: mine.position,
        accountLabel: mine.accountLabel,
        from: mine.status,
        reported: r.status,
        outcome: sendBack ?? reportOutcome(mine.status, r.status, sender),
        publishedUrl: r.publishedUrl ?? null,
        linkChanged:
          r.publishedUrl !== undefined && r.publishedUrl !== (mine.receivedUrl ?? mine.publishedUrl ?? null),
        sendBackReason: sendBack === 'sentBack' ? (r.sentBack?.reason ?? null) : null,
      });
    }
  }
  return { lines, unknownKeys };
}
