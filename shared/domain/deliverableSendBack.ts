import { z } from 'zod';
import type { OfferParty } from './offerStateMachine';
import { deliverableStatuses, type DeliverableStatus } from './offer';

/**
 * The brand sending a deliverable back for changes (退回修改, issue 11 §6). A brand's backward move is a
 * verdict the creator must hear about, so it travels in the brand's status file (offer file format 4) with
 * an optional reason; the creator's backward moves are its own business and stay on its tracker. Only
 * the one-step moves the tracker allows (canMoveDeliverable) are send-backs: 已提交 → 待交付 asks for a
 * new submission, 已审核 → 已提交 withdraws an approval for another look; 已发布 is final.
 */
export const sendBackTo: Readonly<
  Record<OfferParty, Readonly<Partial<Record<DeliverableStatus, DeliverableStatus>>>>
> = {
  brand: { submitted: 'due', approved: 'submitted' },
  creator: {},
};

/** The statuses a send-back can leave a deliverable in (what a file's `sentBack` line may report). */
export const sentBackStatuses: readonly DeliverableStatus[] = [...new Set(Object.values(sendBackTo.brand))];

export function isSendBack(side: OfferParty, from: DeliverableStatus, to: DeliverableStatus): boolean {
  return sendBackTo[side][from] === to;
}

export const SEND_BACK_REASON_MAX = 200;
export const sendBackReasonSchema = z
  .string()
  .trim()
  .max(SEND_BACK_REASON_MAX, `At most ${SEND_BACK_REASON_MAX} characters`);

/** How a status file marks a send-back: the move itself is the line's status and statusChangedAt. */
export const sentBackSchema = z.strictObject({ reason: sendBackReasonSchema.min(1).optional() });

/**
 * What a receiving tracker makes of a line dated `reportedAt` when its own deliverable was last sent back
 * at `sentBackAt` (the sender's clock, as the file said) and last moved at `changedAt`:
 * - a send-back applies when it is newer than the receiver's own state and the deliverable is not final;
 *   re-reading the same send-back changes nothing;
 * - any other line no newer than the receiver's send-back predates it and is stale: the tracker keeps
 *   its state, so an old file never undoes a send-back.
 * Returns null when the send-back rule has nothing to say and the forward-only rule decides.
 */
export function sendBackOutcome(
  mine: { status: DeliverableStatus; changedAt: string; sentBackAt: string | null },
  line: { status: DeliverableStatus; reportedAt: string; sentBack: boolean },
): 'sentBack' | 'unchanged' | 'kept' | null {
  const reported = Date.parse(line.reportedAt);
  if (line.sentBack) {
    if (mine.sentBackAt !== null && Date.parse(mine.sentBackAt) === reported && mine.status === line.status)
      return 'unchanged';
    if (mine.status === 'published' || reported <= Date.parse(mine.changedAt)) return 'kept';
    const rank = (s: DeliverableStatus) => deliverableStatuses.indexOf(s);
    return rank(line.status) <= rank(mine.status) ? 'sentBack' : null;
  }
  if (mine.sentBackAt !== null && reported <= Date.parse(mine.sentBackAt) && line.status !== mine.status)
    return 'kept';
  return null;
}
