import type { BackendContext } from '../context';
import type { DeliverableStatus } from '../../../shared/domain/offer';
import { canMoveDeliverable } from '../../../shared/domain/offer';
import { isSendBack, sendBackTo } from '../../../shared/domain/deliverableSendBack';
import { invalidInput, invalidState } from '../errors';
import { assertLinkAllowed } from './deliverableLink';
import { syncContentStatus } from './plannedContent';
import { touchOffer, type OfferRow } from './repo';
import {
  markDeliverableSentBack,
  setDeliverableLinkRow,
  setDeliverableStatusRow,
  type DeliverableRow,
} from './deliverablesRepo';

interface DeliverableChange {
  status: DeliverableStatus;
  publishedUrl?: string | undefined;
  sendBackReason?: string | undefined;
}

/**
 * One side moves a deliverable on its own tracker, enters or corrects its published link, or (the brand)
 * sends it back for changes. Everything is checked before anything is written; the calendar item follows
 * the status and takes the link as it does from the creator's file.
 */
export function changeDeliverable(
  ctx: BackendContext,
  row: OfferRow,
  deliverable: DeliverableRow,
  { status, publishedUrl, sendBackReason }: DeliverableChange,
): void {
  if (row.state !== 'accepted') {
    throw invalidState(
      `Deliverables can change only while the offer is accepted; it is ${row.state}`,
      'offers.deliverablesNotAccepted',
      { state: row.state },
    );
  }
  assertLinkAllowed(status, publishedUrl);
  const moves = status !== deliverable.status;
  if (moves && !canMoveDeliverable(deliverable.status, status)) {
    throw deliverable.status === 'published'
      ? invalidState('This deliverable is published; its status is final', 'offers.deliverableFinal')
      : invalidState(
          `A deliverable moves forward (due → submitted → approved → published) or back one step; it cannot go from ${deliverable.status} to ${status}`,
          'offers.deliverableMove',
          { from: deliverable.status, to: status },
        );
  }
  const sendsBack = moves && isSendBack(row.side, deliverable.status, status);
  if (sendBackReason !== undefined && !sendsBack) {
    const from = Object.keys(sendBackTo[row.side]).join(' or ') || 'nothing';
    throw invalidInput(
      ['sendBackReason'],
      `A reason goes with the brand sending a deliverable back (from ${from}), not with this change`,
      'deliverableSendBack.notASendBack',
      { side: row.side },
    );
  }
  const newLink = publishedUrl !== undefined && publishedUrl !== deliverable.published_url;
  if (!moves && !newLink) return;
  ctx.db.transaction(() => {
    const at = ctx.now().toISOString();
    if (moves) setDeliverableStatusRow(ctx.db, deliverable.id, status, at);
    if (sendsBack) markDeliverableSentBack(ctx.db, deliverable.id, at, sendBackReason || null);
    if (newLink) setDeliverableLinkRow(ctx.db, deliverable.id, publishedUrl);
    if (deliverable.content_item_id) {
      const link = newLink ? publishedUrl : deliverable.published_url;
      syncContentStatus(ctx, deliverable.content_item_id, status, at, link, deliverable.published_url);
    }
    touchOffer(ctx.db, row.id, at);
  })();
}
