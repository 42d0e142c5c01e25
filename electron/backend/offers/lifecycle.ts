import type { BackendContext } from '../context';
import type { OfferAction, OfferActor, OfferState } from '../../../shared/domain/offerStateMachine';
import type { TermsRecord } from '../../../shared/domain/offerTerms';
import { expirableOfferStates } from '../../../shared/domain/offerStateMachine';
import { addDays, todayIn } from '../../../shared/domain/dates';
import { insertRevision, listOpenOfferRows, parseTerms, updateOfferHead, type OfferRow } from './repo';
import { deleteDeliverablesOf, insertDeliverable } from './deliverablesRepo';
import { planDeliverableContent } from './plannedContent';

export interface RevisionChange {
  action: OfferAction;
  actor: OfferActor;
  state: OfferState;
  terms: TermsRecord;
  message: string;
  origin: 'local' | 'imported';
  /** Imported revisions keep the file's number; local ones take the next. */
  number?: number;
  signature?: string | null;
  /** Imported revisions keep the time the sender made them. */
  createdAt?: string;
}

/**
 * Appends a revision and moves the offer's head to it. Must run inside the caller's transaction:
 * acceptance also creates the deliverables (and, on the brand side, their planned content), and either
 * all of it is written or none.
 */
export function recordRevision(ctx: BackendContext, row: OfferRow, change: RevisionChange): void {
  const at = ctx.now().toISOString();
  const number = change.number ?? row.revision + 1;
  insertRevision(ctx.db, {
    offerId: row.id,
    number,
    action: change.action,
    actor: change.actor,
    state: change.state,
    message: change.message,
    terms: change.terms,
    origin: change.origin,
    signature: change.signature ?? null,
    at: change.createdAt ?? at,
  });
  updateOfferHead(ctx.db, row.id, {
    state: change.state,
    revision: number,
    terms: change.terms,
    message: change.message,
    stateChanged: change.state !== row.state,
    at,
  });
  if (change.state === 'accepted' && row.state !== 'accepted') {
    createDeliverables(ctx, row, change.terms, change.message || row.message, at);
  }
}

function createDeliverables(
  ctx: BackendContext,
  row: OfferRow,
  terms: TermsRecord,
  message: string,
  at: string,
): void {
  // A creator answer that the brand's revision overtook may have left rows behind (see exchange.ts).
  deleteDeliverablesOf(ctx.db, row.id);
  terms.deliverables.forEach((d, position) => {
    const contentItemId =
      row.side === 'brand' && row.workspace_id && row.creator_id
        ? planDeliverableContent(
            ctx,
            {
              workspaceId: row.workspace_id,
              creatorId: row.creator_id,
              creatorName: row.creator_name,
              offerTitle: terms.title,
              message,
            },
            terms,
            d,
            at,
          )
        : null;
    insertDeliverable(ctx.db, {
      id: ctx.newId(),
      offerId: row.id,
      workspaceId: row.workspace_id,
      key: d.key,
      position,
      format: d.format,
      durationBand: d.durationBand,
      count: d.count,
      dueOn: d.dueOn,
      // The creator's copy has no brand accounts to point at.
      accountId: row.side === 'brand' ? d.accountId : null,
      accountLabel: d.accountLabel,
      contentItemId,
      at,
    });
  });
}

/** Whether an offer's expiry date has passed in its time zone (the whole expiry day still counts). */
export function isPastExpiry(terms: TermsRecord, now: Date): boolean {
  return todayIn(terms.timeZone, now) > terms.expiresOn;
}

/**
 * The row as the expiry sweep would leave it, without writing: a call that acts on an offer sees a
 * lapsed one as expired and is refused, and a refused call must store nothing (the sweep that records
 * the system revision runs on the next successful read).
 */
export function withPendingExpiry(ctx: BackendContext, row: OfferRow): OfferRow {
  const due = expirableOfferStates.includes(row.state) && isPastExpiry(parseTerms(row.terms), ctx.now());
  return due ? { ...row, state: 'expired' } : row;
}

/**
 * Expiry is applied on read, not by a timer: offers in negotiation whose expiry date has passed move to
 * `expired` (a system revision) before anything looks at them. Idempotent and cheap (an index on open
 * states); runs inside its own transaction so readers never see half of it.
 */
export function sweepExpired(
  ctx: BackendContext,
  scope: { offerId?: string; workspaceId?: string | null } = {},
): void {
  const now = ctx.now();
  // No time zone is ahead of UTC by a whole day, so an offer can only have expired if its expiry date is
  // before tomorrow in UTC; SQL narrows to those, the exact test in the offer's own zone follows.
  const tomorrowUtc = addDays(now.toISOString().slice(0, 10), 1);
  const due = listOpenOfferRows(ctx.db, scope, tomorrowUtc).filter(
    (row) => expirableOfferStates.includes(row.state) && isPastExpiry(parseTerms(row.terms), now),
  );
  if (due.length === 0) return;
  ctx.db.transaction(() => {
    for (const row of due) {
      recordRevision(ctx, row, {
        action: 'expire',
        actor: 'system',
        state: 'expired',
        terms: parseTerms(row.terms),
        message: '',
        origin: 'local',
      });
    }
  })();
}
