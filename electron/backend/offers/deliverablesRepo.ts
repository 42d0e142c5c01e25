import type { Db } from '../db/types';
import { prepared } from '../paging/statements';
import type { DeliverableStatus } from '../../../shared/domain/offer';

/** An offer's deliverables as both trackers keep them: rows, status moves, send-backs and published links. */
export interface DeliverableRow {
  id: string;
  offer_id: string;
  /** The brand offer's workspace (migration 0250); null on the creator side. */
  workspace_id: string | null;
  key: string;
  position: number;
  format: 'video' | 'live';
  duration_band: '1-20s' | '21-60s' | '60s+' | null;
  count: number;
  due_on: string;
  account_id: string | null;
  account_label: string;
  status: DeliverableStatus;
  status_changed_at: string;
  content_item_id: string | null;
  created_at: string;
  /** The creator's published link (migration 0230). */
  published_url: string | null;
  /** The brand's send-back (退回修改) behind the current status, if any (migration 0240). */
  sent_back_at: string | null;
  send_back_reason: string | null;
  /** The link the other side's file last carried (migration 0240). */
  received_url: string | null;
}

export interface NewDeliverable {
  id: string;
  offerId: string;
  /** The brand offer's workspace (migration 0250); null on the creator side, whose offers have none. */
  workspaceId: string | null;
  key: string;
  position: number;
  format: 'video' | 'live';
  durationBand: string | null;
  count: number;
  dueOn: string;
  accountId: string | null;
  accountLabel: string;
  contentItemId: string | null;
  at: string;
}

export function insertDeliverable(db: Db, d: NewDeliverable): void {
  prepared(
    db,
    `INSERT INTO offer_deliverables (id, offer_id, workspace_id, key, position, format, duration_band, count, due_on,
       account_id, account_label, status, status_changed_at, content_item_id, created_at)
     VALUES (@id, @offerId, @workspaceId, @key, @position, @format, @durationBand, @count, @dueOn, @accountId,
       @accountLabel, 'due', @at, @contentItemId, @at)`,
  ).run(d);
}

export function listDeliverableRows(db: Db, offerId: string): DeliverableRow[] {
  return prepared<[string], DeliverableRow>(
    db,
    'SELECT * FROM offer_deliverables WHERE offer_id = ? ORDER BY position',
  ).all(offerId);
}

/** Deliverables of several offers in one query, by offer, in position order. */
export function deliverableRowsByOffer(db: Db, offerIds: readonly string[]): Map<string, DeliverableRow[]> {
  const rows = prepared<[string], DeliverableRow>(
    db,
    `SELECT * FROM offer_deliverables WHERE offer_id IN (SELECT value FROM json_each(?))
     ORDER BY offer_id, position`,
  ).all(JSON.stringify(offerIds));
  const byOffer = new Map<string, DeliverableRow[]>();
  for (const row of rows) {
    const list = byOffer.get(row.offer_id);
    if (list) list.push(row);
    else byOffer.set(row.offer_id, [row]);
  }
  return byOffer;
}

export function findDeliverableRow(db: Db, id: string): DeliverableRow | undefined {
  return prepared<[string], DeliverableRow>(db, 'SELECT * FROM offer_deliverables WHERE id = ?').get(id);
}

export function deleteDeliverablesOf(db: Db, offerId: string): void {
  prepared(db, 'DELETE FROM offer_deliverables WHERE offer_id = ?').run(offerId);
}

/** A move; whatever send-back led to the previous status is answered by it. */
export function setDeliverableStatusRow(db: Db, id: string, status: DeliverableStatus, at: string): void {
  prepared(
    db,
    `UPDATE offer_deliverables SET status = ?, status_changed_at = ?, sent_back_at = NULL, send_back_reason = NULL
      WHERE id = ?`,
  ).run(status, at, id);
}

/** The brand's send-back behind the status just set: `sentBackAt` as the brand's tracker dated it. */
export function markDeliverableSentBack(db: Db, id: string, sentBackAt: string, reason: string | null): void {
  prepared(db, 'UPDATE offer_deliverables SET sent_back_at = ?, send_back_reason = ? WHERE id = ?').run(
    sentBackAt,
    reason,
    id,
  );
}

/**
 * A link entered or corrected on this side. What the other side's file had brought is kept as received,
 * so its next file restating that link does not undo the correction.
 */
export function setDeliverableLinkRow(db: Db, id: string, publishedUrl: string): void {
  prepared(
    db,
    `UPDATE offer_deliverables SET received_url = COALESCE(received_url, published_url), published_url = ?
      WHERE id = ?`,
  ).run(publishedUrl, id);
}

/** A link the other side's file brought (different from what it brought before): it becomes the link. */
export function takeReceivedLinkRow(db: Db, id: string, publishedUrl: string): void {
  prepared(db, 'UPDATE offer_deliverables SET published_url = ?, received_url = ? WHERE id = ?').run(
    publishedUrl,
    publishedUrl,
    id,
  );
}
