import type { Db } from '../db/types';
import { prepared } from '../paging/statements';
import { afterCursorSql, cursorParams, orderBySql, type SortKey } from '../paging/keyset';
import type { OfferSide } from '../../../shared/domain/offer';
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
  prepared(
    db,
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
  return prepared<[string], OfferRow>(db, 'SELECT * FROM offers WHERE id = ?').get(id);
}

export function findOfferByExchangeId(db: Db, side: OfferSide, exchangeId: string): OfferRow | undefined {
  return prepared<[string, string], OfferRow>(
    db,
    'SELECT * FROM offers WHERE side = ? AND exchange_id = ?',
  ).get(side, exchangeId);
}

export interface OfferQuery {
  side: OfferSide;
  workspaceId: string | null;
  states: readonly OfferState[] | null;
  creatorId: string | null;
}

/** Newest activity first; rowid breaks ties so the keyset cursor is unique. */
const offerOrder: readonly SortKey[] = [
  { sql: 'updated_at', dir: 'desc' },
  { sql: 'rowid', dir: 'desc' },
];

/**
 * The filter of a list. A brand list and the creator inbox are separate statements (not
 * `@ws IS NULL OR workspace_id = @ws`, which hides the workspace from the planner), so both read
 * offers_by_workspace_updated (migration 0050) in order. The table's CHECK ties the side to the
 * workspace (brand offers have one, creator offers none), so the brand filter names only the workspace:
 * the page's COUNT(*) is then answered from the index alone instead of reading 2,000 rows for `side`.
 */
function offerFilter(q: OfferQuery): string {
  return [
    q.workspaceId === null ? "side = 'creator' AND workspace_id IS NULL" : 'workspace_id = @ws',
    q.states ? 'state IN (SELECT value FROM json_each(@states))' : null,
    q.creatorId ? 'creator_id = @creatorId' : null,
  ]
    .filter((c) => c !== null)
    .join(' AND ');
}

function offerFilterParams(q: OfferQuery): Record<string, string> {
  return {
    ...(q.workspaceId === null ? {} : { ws: q.workspaceId }),
    ...(q.states ? { states: JSON.stringify(q.states) } : {}),
    ...(q.creatorId ? { creatorId: q.creatorId } : {}),
  };
}

/**
 * What a list page reads of each offer: its keys, and what tells whether a view built earlier is still
 * right (the row's updated_at, the creator whose figures it shows). The full row (its terms JSON is most
 * of it) is read only for the offers whose view must be built (`offerRowsByIds`).
 */
export interface OfferPageHead {
  id: string;
  row_id: number;
  updated_at: string;
  side: OfferSide;
  creator_id: string | null;
}

/** One page of offers (`limit + 1` heads: the extra one says there is more) and the total count. */
export function listOfferPage(
  db: Db,
  q: OfferQuery,
  cursor: string | undefined,
  limit: number,
): { rows: OfferPageHead[]; total: number } {
  const where = offerFilter(q);
  const params = offerFilterParams(q);
  const after = cursor ? cursorParams(cursor, offerOrder.length) : null;
  const rows = prepared<Record<string, unknown>, OfferPageHead>(
    db,
    `SELECT id, rowid AS row_id, updated_at, side, creator_id FROM offers
     WHERE ${where}${after ? ` AND ${afterCursorSql(offerOrder)}` : ''}
     ORDER BY ${orderBySql(offerOrder)} LIMIT @limit`,
  ).all({ ...params, ...after, limit: limit + 1 });
  const total = prepared<Record<string, unknown>, { n: number }>(
    db,
    `SELECT COUNT(*) AS n FROM offers WHERE ${where}`,
  ).get(params)!.n;
  return { rows, total };
}

/** Full rows of these offers (any order), for the views a list has to build. */
export function offerRowsByIds(db: Db, ids: readonly string[]): OfferRow[] {
  return prepared<[string], OfferRow>(
    db,
    'SELECT * FROM offers WHERE id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(ids));
}

export const offerCursorKey = (row: OfferPageHead) => [row.updated_at, row.row_id];

export interface OfferHead {
  state: OfferState;
  revision: number;
  terms: TermsRecord;
  message: string;
  stateChanged: boolean;
  at: string;
}

export function updateOfferHead(db: Db, id: string, head: OfferHead): void {
  prepared(
    db,
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
  prepared(
    db,
    'UPDATE offers SET creator_id = ?, creator_platform = ?, creator_handle = ?, creator_name = ? WHERE id = ?',
  ).run(creatorId, creator.platform, creator.handle, creator.displayName, id);
}

/** Moves the offer up its list after activity that is not a revision (a deliverable's status). */
export function touchOffer(db: Db, id: string, at: string): void {
  prepared(db, 'UPDATE offers SET updated_at = ? WHERE id = ?').run(at, id);
}

export function pinCounterpartKey(db: Db, id: string, key: string): void {
  prepared(db, 'UPDATE offers SET counterpart_key = ? WHERE id = ? AND counterpart_key IS NULL').run(key, id);
}

/**
 * Open offers (the expiry sweep's candidates) whose expiry date is before `expiresBefore`, optionally of
 * one offer, one workspace or the inbox only. One statement per scope so each reads its own index (by id,
 * offers_by_workspace, offers_open_by_state); the date test runs in SQL so a list of 2,000 offers does not
 * parse every open offer's terms on each read.
 */
export function listOpenOfferRows(
  db: Db,
  scope: { offerId?: string; workspaceId?: string | null },
  expiresBefore: string,
): OfferRow[] {
  const open = "state IN ('sent', 'countered', 'revised') AND json_extract(terms, '$.expiresOn') < @before";
  if (scope.offerId !== undefined) {
    return prepared<Record<string, string>, OfferRow>(
      db,
      `SELECT * FROM offers WHERE id = @id AND ${open}`,
    ).all({
      id: scope.offerId,
      before: expiresBefore,
    });
  }
  if (scope.workspaceId) {
    return prepared<Record<string, string>, OfferRow>(
      db,
      `SELECT * FROM offers WHERE workspace_id = @ws AND ${open}`,
    ).all({ ws: scope.workspaceId, before: expiresBefore });
  }
  return prepared<Record<string, string>, OfferRow>(db, `SELECT * FROM offers WHERE ${open}`).all({
    before: expiresBefore,
  });
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
  prepared(
    db,
    `INSERT INTO offer_revisions (offer_id, number, action, actor, state, message, terms, origin, signature,
       created_at)
     VALUES (@offerId, @number, @action, @actor, @state, @message, @terms, @origin, @signature, @at)`,
  ).run({ ...r, terms: JSON.stringify(r.terms) });
}

/** Every revision, oldest first; superseded ones sit before the revision that overtook them. */
export function listRevisions(db: Db, offerId: string): RevisionRow[] {
  return prepared<[string], RevisionRow>(
    db,
    'SELECT * FROM offer_revisions WHERE offer_id = ? ORDER BY number, superseded DESC, id',
  ).all(offerId);
}

export function latestRevision(db: Db, offerId: string): RevisionRow | undefined {
  return prepared<[string], RevisionRow>(
    db,
    'SELECT * FROM offer_revisions WHERE offer_id = ? AND superseded = 0 ORDER BY number DESC LIMIT 1',
  ).get(offerId);
}

export function findRevision(db: Db, offerId: string, number: number): RevisionRow | undefined {
  return prepared<[string, number], RevisionRow>(
    db,
    'SELECT * FROM offer_revisions WHERE offer_id = ? AND number = ? AND superseded = 0',
  ).get(offerId, number);
}

/** Whether a file with this signature was already imported into (or exported from) this offer. */
export function hasSignature(db: Db, offerId: string, signature: string): boolean {
  return (
    prepared<[string, string], { n: number }>(
      db,
      'SELECT COUNT(*) AS n FROM offer_revisions WHERE offer_id = ? AND signature = ?',
    ).get(offerId, signature)!.n > 0
  );
}

/** Whether the offer was ever sent (a withdrawn draft was not: there is nothing to tell a creator). */
export function wasSent(db: Db, offerId: string): boolean {
  return (
    prepared<[string], { n: number }>(
      db,
      "SELECT COUNT(*) AS n FROM offer_revisions WHERE offer_id = ? AND action = 'send'",
    ).get(offerId)!.n > 0
  );
}

export type RevisionHead = Pick<RevisionRow, 'offer_id' | 'number' | 'actor' | 'origin'>;

/** The latest live revision of an offer and whether a `send` revision exists (`wasSent`). */
export type RevisionFacts = RevisionHead & { sent: 0 | 1 };

/**
 * The latest live revision of each offer and whether it was ever sent, in one query for a page. SQLite
 * returns the other columns from the row that holds MAX(number); "sent" reads offer_revisions_by_action.
 * Every offer has its live creation revision (number 0), so each offer asked for has a row.
 */
export function revisionFactsByOffer(db: Db, offerIds: readonly string[]): Map<string, RevisionFacts> {
  const rows = prepared<[string], RevisionFacts>(
    db,
    `SELECT offer_id, MAX(number) AS number, actor, origin,
       EXISTS (SELECT 1 FROM offer_revisions s WHERE s.offer_id = r.offer_id AND s.action = 'send') AS sent
     FROM offer_revisions r
     WHERE offer_id IN (SELECT value FROM json_each(?)) AND superseded = 0 GROUP BY offer_id`,
  ).all(JSON.stringify(offerIds));
  return new Map(rows.map((r) => [r.offer_id, r]));
}

export function updateDraftRevision(db: Db, offerId: string, terms: TermsRecord, message: string): void {
  prepared(db, 'UPDATE offer_revisions SET terms = ?, message = ? WHERE offer_id = ? AND number = 0').run(
    JSON.stringify(terms),
    message,
    offerId,
  );
}

export function markSuperseded(db: Db, revisionId: number): void {
  prepared(db, 'UPDATE offer_revisions SET superseded = 1 WHERE id = ?').run(revisionId);
}

export function markExported(db: Db, revisionId: number, signature: string, at: string): void {
  prepared(
    db,
    'UPDATE offer_revisions SET signature = ?, exported_at = COALESCE(exported_at, ?) WHERE id = ?',
  ).run(signature, at, revisionId);
}

/** Offers of the workspace changed (row, revisions, deliverables: migration 0210's triggers) after `seq`. */
export function offerChangesSince(
  db: Db,
  workspaceId: string,
  seq: number,
): { offerIds: string[]; latest: number } {
  const rows = prepared<[string, number], { offer_id: string; seq: number }>(
    db,
    'SELECT offer_id, seq FROM offer_changes WHERE workspace_id = ? AND seq > ? ORDER BY seq',
  ).all(workspaceId, seq);
  return { offerIds: rows.map((r) => r.offer_id), latest: rows.at(-1)?.seq ?? seq };
}

/** The workspace's latest offer change, 0 before any. */
export function latestOfferChange(db: Db, workspaceId: string): number {
  return (
    prepared<[string], { seq: number | null }>(
      db,
      'SELECT max(seq) AS seq FROM offer_changes WHERE workspace_id = ?',
    ).get(workspaceId)!.seq ?? 0
  );
}
