import type { Db } from '../db/types';
import type { ContentStatus } from '../../../shared/content/model';
import { approvalGateBlocks, nextApprovalState } from '../../../shared/approvals/stateMachine';
import { invalidState } from '../errors';
import { findItemRows, rowValues } from '../content/repo';
import { approvalMode, approvalsFor, insertEvent, upsertApproval } from './repo';
import { reviewFingerprint } from './fingerprint';

/** One status an item is about to take: `itemId` null for an item being created. */
export interface StatusMove {
  itemId: string | null;
  title: string;
  from: ContentStatus | null;
  to: ContentStatus;
}

/**
 * The required-approval gate, the one place every content write path asks before storing a status: when the
 * workspace requires approval, an item may not move to 已排期/scheduled or 已发布/published until the client
 * approved it. Refuses the whole write, naming the first item it stops.
 */
export function checkApprovalGate(db: Db, workspaceId: string, moves: readonly StatusMove[]): void {
  const relevant = moves.filter((m) => approvalGateBlocks('required', null, m.from, m.to));
  if (relevant.length === 0) return;
  const mode = approvalMode(db, workspaceId);
  if (mode !== 'required') return;
  const records = approvalsFor(
    db,
    relevant.flatMap((m) => (m.itemId ? [m.itemId] : [])),
  );
  const blocked = relevant.find((m) =>
    approvalGateBlocks(mode, m.itemId ? (records.get(m.itemId)?.state ?? null) : null, m.from, m.to),
  );
  if (!blocked) return;
  throw invalidState(
    `"${blocked.title}" is not approved by the client yet; this workspace requires approval before an item is ${blocked.to}`,
    'approvals.approvalRequired',
    { title: blocked.title, status: blocked.to },
  );
}

/**
 * After items were edited: an approval (or a change request) given on other content than the item now has
 * becomes stale — "changed since review" — so the client is asked again. Status changes never count.
 */
export function markChangedApprovalsStale(
  db: Db,
  itemIds: readonly string[],
  at: string,
  newId: () => string,
): void {
  const records = approvalsFor(db, itemIds);
  const candidates = [...records.values()].filter((r) =>
    nextApprovalState(r.state, 'content_changed', 'system'),
  );
  if (candidates.length === 0) return;
  const rows = new Map(
    findItemRows(
      db,
      candidates.map((r) => r.item_id),
    ).map((r) => [r.id, r]),
  );
  for (const record of candidates) {
    const row = rows.get(record.item_id);
    if (!row) continue;
    const fingerprint = reviewFingerprint({ ...rowValues(row), creatorId: row.creator_id });
    if (fingerprint === record.fingerprint) continue;
    const to = nextApprovalState(record.state, 'content_changed', 'system')!;
    upsertApproval(db, { ...record, state: to, updated_at: at });
    insertEvent(db, {
      id: newId(),
      itemId: record.item_id,
      workspaceId: record.workspace_id,
      kind: 'stale',
      actor: 'system',
      author: '',
      fromState: record.state,
      toState: to,
      comment: '',
      packId: record.pack_id,
      revision: row.revision,
      at,
    });
  }
}

/**
 * The status moves an import makes, read before it writes: rows that update an item move from its stored
 * status, new rows from none. The import checks them with checkApprovalGate after marking stale approvals.
 */
export function importStatusMoves(
  db: Db,
  rows: readonly { matchId: string | null; title: string; status: ContentStatus }[],
): StatusMove[] {
  const stored = new Map(
    findItemRows(
      db,
      rows.flatMap((r) => (r.matchId ? [r.matchId] : [])),
    ).map((r) => [r.id, r.status]),
  );
  return rows.map((r) => ({
    itemId: r.matchId,
    title: r.title,
    from: r.matchId ? (stored.get(r.matchId) ?? null) : null,
    to: r.status,
  }));
}
