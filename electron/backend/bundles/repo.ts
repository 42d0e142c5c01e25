import type { Db } from '../db/types';
import { prepared } from '../paging/statements';
import type { BundleCell } from '../../../shared/domain/bundle';
import { ownedRowsSql, quoteIdentifier as q, type OwnedTable } from './tables';

/**
 * SQL of the bundles feature. Table and column names come from the schema (PRAGMA) and from bundle
 * content only after it was checked against the schema, so every identifier is one the database has;
 * values are always bound.
 */

export type SqlValue = null | number | string | bigint | Buffer;

export function readOwnedRows(
  db: Db,
  table: OwnedTable,
  byName: Map<string, OwnedTable>,
  workspaceId: string,
): { columns: string[]; rows: SqlValue[][] } {
  const stmt = db.prepare(ownedRowsSql(table, byName)).raw(true);
  return { columns: stmt.columns().map((c) => c.name), rows: stmt.all({ workspaceId }) as SqlValue[][] };
}

export function countOwnedRows(
  db: Db,
  table: OwnedTable,
  byName: Map<string, OwnedTable>,
  workspaceId: string,
): number {
  const sql = `SELECT COUNT(*) AS n FROM (${ownedRowsSql(table, byName)})`;
  return (db.prepare(sql).get({ workspaceId }) as { n: number }).n;
}

export function toCell(value: SqlValue): BundleCell {
  if (Buffer.isBuffer(value)) return { blob: value.toString('base64') };
  if (typeof value === 'bigint') return Number(value);
  return value;
}

export function fromCell(cell: BundleCell): SqlValue {
  if (cell !== null && typeof cell === 'object') return Buffer.from(cell.blob, 'base64');
  return cell;
}

export function prepareInsert(db: Db, table: string, columns: string[]) {
  const sql = `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  return db.prepare(sql);
}

export interface WorkspaceLineageRow {
  id: string;
  name: string;
  origin_id: string | null;
}

export function findWorkspaceLineage(db: Db, id: string): WorkspaceLineageRow | undefined {
  return db
    .prepare<[string], WorkspaceLineageRow>('SELECT id, name, origin_id FROM workspaces WHERE id = ?')
    .get(id);
}

/** Workspaces here that descend from the same source: the original itself or earlier imported copies. */
export function listCopiesOf(db: Db, sourceId: string): WorkspaceLineageRow[] {
  return db
    .prepare<[string, string], WorkspaceLineageRow>(
      'SELECT id, name, origin_id FROM workspaces WHERE id = ? OR origin_id = ? ORDER BY created_at, rowid',
    )
    .all(sourceId, sourceId);
}

export function deleteWorkspaceRow(db: Db, id: string): void {
  db.prepare('DELETE FROM workspaces WHERE id = ?').run(id);
}

export function setWorkspaceOrigin(db: Db, id: string, originId: string | null): void {
  db.prepare('UPDATE workspaces SET origin_id = ? WHERE id = ?').run(originId, id);
}

export function offerExchangeIdTaken(db: Db, side: string, exchangeId: string): boolean {
  return (
    db.prepare('SELECT 1 FROM offers WHERE side = ? AND exchange_id = ?').get(side, exchangeId) !== undefined
  );
}

/** The offers a workspace holds, by side and exchange id (a replace keeps these ids its own). */
export function listOfferExchangeKeys(db: Db, workspaceId: string): { side: string; exchange_id: string }[] {
  return prepared<[string], { side: string; exchange_id: string }>(
    db,
    'SELECT side, exchange_id FROM offers WHERE workspace_id = ?',
  ).all(workspaceId);
}
