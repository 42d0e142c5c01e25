import type { DeliverableStatus } from '../../../shared/domain/offer';
import { linkStatuses, mayCarryLink } from '../../../shared/domain/deliverableLink';
import { invalidInput } from '../errors';

/** A published link is entered with 已提交 or 已发布 only (see shared/domain/deliverableLink.ts). */
export function assertLinkAllowed(status: DeliverableStatus, publishedUrl: string | undefined): void {
  if (publishedUrl === undefined || mayCarryLink(status)) return;
  throw invalidInput(
    ['publishedUrl'],
    `A published link goes with ${linkStatuses.join(' or ')}, not ${status}`,
    'deliverableLink.wrongStatus',
    { status },
  );
}
