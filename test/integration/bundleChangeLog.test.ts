import { describe, expect, it } from 'vitest';
import { backendsClosedAfterEachTest } from '../support/eachTest';
import type { Db } from '../../electron/backend/db/types';

const fresh = backendsClosedAfterEachTest();

/** A workspace's change log (migration 0210) as `id → seq`, and the workspace's own creator/offer ids. */
function changeLog(db: Db, workspaceId: string) {
  const log = (table: 'creator_changes' | 'offer_changes', column: string) =>
    db
      .prepare(`SELECT ${column} AS id, seq FROM ${table} WHERE workspace_id = ? ORDER BY seq`)
      .all(workspaceId) as { id: string; seq: number }[];
  const ids = (table: 'creators' | 'offers') =>
    (db.prepare(`SELECT id FROM ${table} WHERE workspace_id = ?`).all(workspaceId) as { id: string }[])
      .map((r) => r.id)
      .sort();
  return {
    creators: log('creator_changes', 'creator_id'),
    offers: log('offer_changes', 'offer_id'),
    creatorIds: ids('creators'),
    offerIds: ids('offers'),
    marks: db
      .prepare(
        'SELECT (SELECT COUNT(*) FROM creator_changes_bulk) + (SELECT COUNT(*) FROM offer_changes_bulk) AS n',
      )
      .get() as { n: number },
  };
}

/** Every creator and every offer of the workspace noted once: seqs 1..n, one row each. */
function expectNotedOnce(log: ReturnType<typeof changeLog>) {
  expect(log.creators.map((r) => r.id).sort()).toEqual(log.creatorIds);
  expect(log.creators.map((r) => r.seq)).toEqual(log.creatorIds.map((_, i) => i + 1));
  expect(log.offers.map((r) => r.id).sort()).toEqual(log.offerIds);
  expect(log.offers.map((r) => r.seq)).toEqual(log.offerIds.map((_, i) => i + 1));
  expect(log.marks.n).toBe(0);
}

/**
 * A bundle import writes the change log set-based (migration 0300): one note per creator and per offer of
 * the new workspace, written once after its rows, instead of a trigger note per creator, live session,
 * offer, revision and deliverable (the per-row notes re-noted a creator for each of its live sessions and
 * an offer for each revision and deliverable, so the seqs ran past the number of rows).
 */
describe('bundle import change log', () => {
  it('notes each imported creator and offer once, and the triggers note later writes as before', async () => {
    const a = await fresh();
    const sample = await a.call('workspaces.loadSample', {});
    const bundle = await a.call('bundles.export', { workspaceId: sample.id });
    const b = await fresh();
    const db = b.backend.context.db;
    const copy = await b.call('bundles.import', { base64: bundle.base64, mode: 'new' });
    const log = changeLog(db, copy.workspaceId);
    // The sample has creators, and offers with revisions: each a row the per-row triggers noted again.
    expect(log.creatorIds.length).toBeGreaterThan(1);
    expect(log.offerIds.length).toBeGreaterThan(1);
    const revisions = db
      .prepare(
        'SELECT COUNT(*) AS n FROM offer_revisions WHERE offer_id IN (SELECT id FROM offers WHERE workspace_id = ?)',
      )
      .get(copy.workspaceId) as { n: number };
    expect(revisions.n).toBeGreaterThan(0);
    expectNotedOnce(log);

    // Readers go on from there: a later write is noted by the triggers after the import's seqs.
    const creatorId = log.creatorIds[0]!;
    await b.call('creators.update', { id: creatorId, followers: 123_456 });
    const after = changeLog(db, copy.workspaceId);
    expect(after.creators.at(-1)).toEqual({ id: creatorId, seq: log.creatorIds.length + 1 });
    const offers = await b.call('offers.list', { workspaceId: copy.workspaceId });
    expect(offers.total).toBe(log.offerIds.length);

    // A replace: the copy's notes go with it, and the new rows are noted once again.
    const replaced = await b.call('bundles.import', {
      base64: bundle.base64,
      mode: 'replace',
      confirmName: sample.name,
    });
    expect(replaced.workspaceId).toBe(copy.workspaceId);
    expectNotedOnce(changeLog(db, copy.workspaceId));
  });
});
