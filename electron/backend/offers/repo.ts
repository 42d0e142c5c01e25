import type { Db } from '../db/types';
import type { OfferSide } from '../../../shared/domain/offer';
import type { DeliverableStatus } from '../../../shared/domain/offer';
import type { OfferAction, OfferActor, OfferState } from '../../../shared/domain/offerStateMachine';
import type { TermsRecord } from '../../../shared/domain/offerTerms';

export interface OfferRow {
  id: string;
  exchange_id: string;
  side: OfferSide;
  workspace_id: string | null;
  creator_id: string | null;
  creator_platform: string;
  creator_handle: string;
  creator_name: string;
  brand_name: string;
  state: OfferState;
  revision: number;
  terms: string;
  message: string;
  counterpart_key: string | null;
  state_changed_at: string;
  created_at: string;
  updated_at: string;
}

export interface RevisionRow {
  id: number;
  offer_id: string;
  number: number;
  action: OfferAction | 'create';
  actor: OfferActor;
  state: OfferState;
  message: string;
  terms: string;
  origin: 'local' | 'imported';
  superseded: number;
  signature: string | null;
  exported_at: string | null;
  created_at: string;
}

export interface DeliverableRow {
  id: string;
  offer_id: string;
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
}

export const parseTerms = (json: string) => JSON.parse(json) as TermsRecord;

// ---------- offers ----------

export interface NewOffer {
  id: string;
  exchangeId: string;
  side: OfferSide;
  workspaceId: string | null;
  creatorId: string | null;
  creator: { platform: string; handle: string; displayName: string };
  brandName: string;
  state: OfferState;
  revision: number;
  terms: TermsRecord;
  message: string;
  counterpartKey: string | null;
  at: string;
}

export function insertOffer(db: Db, o: NewOffer): void {
  db.prepare(
    `INSERT INTO offers (id, exchange_id, side, workspace_id, creator_id, creator_platform, creator_handle,
       creator_name, brand_name, state, revision, terms, message, counterpart_key, state_changed_at,
       created_at, updated_at)
     VALUES (@id, @exchangeId, @side, @workspaceId, @creatorId, @platform, @handle, @displayName, @brandName,
       @state, @revision, @terms, @message, @counterpartKey, @at, @at, @at)`,
  ).run({
    id: o.id,
    exchangeId: o.exchangeId,
    side: o.side,
    workspaceId: o.workspaceId,
    creatorId: o.creatorId,
    platform: o.creator.platform,
    handle: o.creator.handle,
    displayName: o.creator.displayName,
    brandName: o.brandName,
    state: o.state,
    revision: o.revision,
    terms: JSON.stringify(o.terms),
    message: o.message,
    counterpartKey: o.counterpartKey,
    at: o.at,
  });
}

export function findOfferRow(db: Db, id: string): OfferRow | undefined {
  return db.prepare<[string], OfferRow>('SELECT * FROM offers WHERE id = ?').get(id);
}

export function findOfferByExchangeId(db: Db, side: OfferSide, exchangeId: string): OfferRow | undefined {
  return db
    .prepare<[string, string], OfferRow>('SELECT * FROM offers WHERE side = ? AND exchange_id = ?')
    .get(side, exchangeId);
}

export interface OfferQuery {
  side: OfferSide;
  workspaceId: string | null;
  states: readonly OfferState[] | null;
  creatorId: string | null;
}

export function listOfferRows(db: Db, q: OfferQuery): OfferRow[] {
  return db
    .prepare<Record<string, string | null>, OfferRow>(
      `SELECT * FROM offers
       WHERE side = @side
         AND (@ws IS NULL OR workspace_id = @ws)
         AND (@states IS NULL OR state IN (SELECT value FROM json_each(@states)))
         AND (@creatorId IS NULL OR creator_id = @creatorId)
       ORDER BY updated_at DESC, rowid DESC`,
    )
    .all({
      side: q.side,
      ws: q.workspaceId,
      states: q.states ? JSON.stringify(q.states) : null,
      creatorId: q.creatorId,
    });
}

export interface OfferHead {
  state: OfferState;
  revision: number;
  terms: TermsRecord;
  message: string;
  stateChanged: boolean;
  at: string;
}

export function updateOfferHead(db: Db, id: string, head: OfferHead): void {
  db.prepare(
    `UPDATE offers SET state = @state, revision = @revision, terms = @terms, message = @message,
       state_changed_at = CASE WHEN @stateChanged = 1 THEN @at ELSE state_changed_at END, updated_at = @at
     WHERE id = @id`,
  ).run({
    id,
    state: head.state,
    revision: head.revision,
    terms: JSON.stringify(head.terms),
    message: head.message,
    stateChanged: head.stateChanged ? 1 : 0,
    at: head.at,
  });
}

export function updateDraftParties(
  db: Db,
  id: string,
  creatorId: string,
  creator: { platform: string; handle: string; displayName: string },
): void {
  db.prepare(
    'UPDATE offers SET creator_id = ?, creator_platform = ?, creator_handle = ?, creator_name = ? WHERE id = ?',
  ).run(creatorId, creator.platform, creator.handle, creator.displayName, id);
}

/** Moves the offer up its list after activity that is not a revision (a deliverable's status). */
export function touchOffer(db: Db, id: string, at: string): void {
  db.prepare('UPDATE offers SET updated_at = ? WHERE id = ?').run(at, id);
}

export function pinCounterpartKey(db: Db, id: string, key: string): void {
  db.prepare('UPDATE offers SET counterpart_key = ? WHERE id = ? AND counterpart_key IS NULL').run(key, id);
}

/** Open offers (the expiry sweep's candidates), optionally of one workspace or of the inbox only. */
export function listOpenOfferRows(
  db: Db,
  scope: { offerId?: string; workspaceId?: string | null },
): OfferRow[] {
  return db
    .prepare<Record<string, string | null>, OfferRow>(
      `SELECT * FROM offers WHERE state IN ('sent', 'countered', 'revised')
         AND (@offerId IS NULL OR id = @offerId)
         AND (@ws IS NULL OR workspace_id = @ws)`,
    )
    .all({ offerId: scope.offerId ?? null, ws: scope.workspaceId ?? null });
}

// ---------- revisions ----------

export interface NewRevision {
  offerId: string;
  number: number;
  action: OfferAction | 'create';
  actor: OfferActor;
  state: OfferState;
  message: string;
  terms: TermsRecord;
  origin: 'local' | 'imported';
  signature: string | null;
  at: string;
}

export function insertRevision(db: Db, r: NewRevision): void {
  db.prepare(
    `INSERT INTO offer_revisions (offer_id, number, action, actor, state, message, terms, origin, signature,
       created_at)
     VALUES (@offerId, @number, @action, @actor, @state, @message, @terms, @origin, @signature, @at)`,
  ).run({ ...r, terms: JSON.stringify(r.terms) });
}

/** Every revision, oldest first; superseded ones sit before the revision that overtook them. */
export function listRevisions(db: Db, offerId: string): RevisionRow[] {
  return db
    .prepare<[string], RevisionRow>(
      'SELECT * FROM offer_revisions WHERE offer_id = ? ORDER BY number, superseded DESC, id',
    )
    .all(offerId);
}

export function latestRevision(db: Db, offerId: string): RevisionRow | undefined {
  return db
    .prepare<[string], RevisionRow>(
      'SELECT * FROM offer_revisions WHERE offer_id = ? AND superseded = 0 ORDER BY number DESC LIMIT 1',
    )
    .get(offerId);
}

export function findRevision(db: Db, offerId: string, number: number): RevisionRow | undefined {
  return db
    .prepare<[string, number], RevisionRow>(
      'SELECT * FROM offer_revisions WHERE offer_id = ? AND number = ? AND superseded = 0',
    )
    .get(offerId, number);
}

/** Whether a file with this signature was already imported into (or exported from) this offer. */
export function hasSignature(db: Db, offerId: string, signature: string): boolean {
  return (
    db
      .prepare<[string, string], { n: number }>(
        'SELECT COUNT(*) AS n FROM offer_revisions WHERE offer_id = ? AND signature = ?',
      )
      .get(offerId, signature)!.n > 0
  );
}

/** Whether the offer was ever sent (a withdrawn draft was not: there is nothing to tell a creator). */
export function wasSent(db: Db, offerId: string): boolean {
  return (
    db
      .prepare<[string], { n: number }>(
        "SELECT COUNT(*) AS n FROM offer_revisions WHERE offer_id = ? AND action = 'send'",
      )
      .get(offerId)!.n > 0
  );
}

export function updateDraftRevision(db: Db, offerId: string, terms: TermsRecord, message: string): void {
  db.prepare('UPDATE offer_revisions SET terms = ?, message = ? WHERE offer_id = ? AND number = 0').run(
    JSON.stringify(terms),
    message,
    offerId,
  );
}

export function markSuperseded(db: Db, revisionId: number): void {
  db.prepare('UPDATE offer_revisions SET superseded = 1 WHERE id = ?').run(revisionId);
}

export function markExported(db: Db, revisionId: number, signature: string, at: string): void {
  db.prepare(
    'UPDATE offer_revisions SET signature = ?, exported_at = COALESCE(exported_at, ?) WHERE id = ?',
  ).run(signature, at, revisionId);
}

// ---------- deliverables ----------

export interface NewDeliverable {
  id: string;
  offerId: string;
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
  db.prepare(
    `INSERT INTO offer_deliverables (id, offer_id, key, position, format, duration_band, count, due_on, account_id,
       account_label, status, status_changed_at, content_item_id, created_at)
     VALUES (@id, @offerId, @key, @position, @format, @durationBand, @count, @dueOn, @accountId, @accountLabel,
       'due', @at, @contentItemId, @at)`,
  ).run(d);
}

export function listDeliverableRows(db: Db, offerId: string): DeliverableRow[] {
  return db
    .prepare<[string], DeliverableRow>(
      'SELECT * FROM offer_deliverables WHERE offer_id = ? ORDER BY position',
    )
    .all(offerId);
}

export function findDeliverableRow(db: Db, id: string): DeliverableRow | undefined {
  return db.prepare<[string], DeliverableRow>('SELECT * FROM offer_deliverables WHERE id = ?').get(id);
}

export function deleteDeliverablesOf(db: Db, offerId: string): void {
  db.prepare('DELETE FROM offer_deliverables WHERE offer_id = ?').run(offerId);
}

export function setDeliverableStatusRow(db: Db, id: string, status: DeliverableStatus, at: string): void {
  db.prepare('UPDATE offer_deliverables SET status = ?, status_changed_at = ? WHERE id = ?').run(
    status,
    at,
    id,
  );
}

export interface WorkspaceDeliverableRow extends DeliverableRow {
  offer_terms: string;
  creator_id: string | null;
  creator_name: string;
}

/** Deliverables of a workspace's accepted and completed offers, by due date, within an optional window. */
export function listWorkspaceDeliverableRows(
  db: Db,
  workspaceId: string,
  from: string | null,
  to: string | null,
): WorkspaceDeliverableRow[] {
  return db
    .prepare<Record<string, string | null>, WorkspaceDeliverableRow>(
      `SELECT d.*, o.terms AS offer_terms, o.creator_id, o.creator_name
       FROM offer_deliverables d JOIN offers o ON o.id = d.offer_id
       WHERE o.workspace_id = @ws AND o.side = 'brand'
         AND (@from IS NULL OR d.due_on >= @from) AND (@to IS NULL OR d.due_on <= @to)
       ORDER BY d.due_on, o.created_at, d.position`,
    )
    .all({ ws: workspaceId, from, to });
}
