import type { Db } from '../db/types';
import { prepared } from '../paging/statements';
import type { BundleCell } from '../../../shared/domain/bundle';
import type { ColumnInfo, ForeignKey, OwnedTable } from './tables';

/**
 * SQL of the bundles feature. Table and column names come from the schema (PRAGMA) and from bundle
 * content only after it was checked against the schema, so every identifier is one the database has;
 * values are always bound.
 */

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every table of the schema by name (sqlite's own excluded): the only names the lookups below are asked about. */
export function listTableNames(db: Db): string[] {
  return prepared<[], { name: string }>(
    db,
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  )
    .all()
    .map((r) => r.name);
}

// The table-valued pragma functions take the table name as a bound value: one statement for every table.
export function tableColumns(db: Db, table: string): ColumnInfo[] {
  return prepared<[string], { name: string; type: string; notnull: number; pk: number }>(
    db,
    'SELECT name, type, "notnull", pk FROM pragma_table_info(?) ORDER BY cid',
  )
    .all(table)
    .map((c) => ({ name: c.name, type: c.type.toUpperCase(), notNull: c.notnull === 1, pk: c.pk }));
}

export function tableForeignKeys(db: Db, table: string): ForeignKey[] {
  return prepared<[string], { from: string; table: string; to: string | null; on_delete: string }>(
    db,
    'SELECT "from", "table", "to", on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq',
  )
    .all(table)
    .map((r) => ({ column: r.from, table: r.table, to: r.to ?? 'id', onDelete: r.on_delete }));
}

/**
 * The statement selecting a table's rows for one workspace, following the owner chain up to the
 * workspace. Identifiers come from the schema (PRAGMA), never from input; the workspace id is bound.
 */
export function ownedRowsSql(table: OwnedTable, byName: Map<string, OwnedTable>): string {
  // The stored columns only: `SELECT *` would also return generated columns (live_sessions.room_id), which
  // PRAGMA table_info leaves out and an INSERT may not name.
  const columns = table.columns.map((c) => q(c.name)).join(', ');
  return `SELECT ${columns} FROM ${q(table.name)} WHERE ${ownerCondition(table, byName)} ORDER BY rowid`;
}

function ownerCondition(table: OwnedTable, byName: Map<string, OwnedTable>): string {
  if (table.name === 'workspaces') return `${q('id')} = @workspaceId`;
  if (table.owner.table === 'workspaces') return `${q(table.owner.column)} = @workspaceId`;
  const parent = byName.get(table.owner.table)!;
  return `${q(table.owner.column)} IN (SELECT ${q(table.owner.to)} FROM ${q(parent.name)} WHERE ${ownerCondition(parent, byName)})`;
}

export type SqlValue = null | number | string | bigint | Buffer;

export function readOwnedRows(
  db: Db,
  table: OwnedTable,
  byName: Map<string, OwnedTable>,
  workspaceId: string,
): { columns: string[]; rows: SqlValue[][] } {
  // One statement per owned table and connection (identifiers from the schema, so a bounded set).
  const stmt = prepared<[{ workspaceId: string }], SqlValue[]>(db, ownedRowsSql(table, byName)).raw(true);
  return { columns: stmt.columns().map((c) => c.name), rows: stmt.all({ workspaceId }) as SqlValue[][] };
}

export function countOwnedRows(
  db: Db,
  table: OwnedTable,
  byName: Map<string, OwnedTable>,
  workspaceId: string,
): number {
  const sql = `SELECT COUNT(*) AS n FROM (${ownedRowsSql(table, byName)})`;
  return prepared<[{ workspaceId: string }], { n: number }>(db, sql).get({ workspaceId })!.n;
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
  return prepared(db, sql);
}

export interface WorkspaceLineageRow {
  id: string;
  name: string;
  origin_id: string | null;
}

export function findWorkspaceLineage(db: Db, id: string): WorkspaceLineageRow | undefined {
  return prepared<[string], WorkspaceLineageRow>(
    db,
    'SELECT id, name, origin_id FROM workspaces WHERE id = ?',
  ).get(id);
}

/** Workspaces here that descend from the same source: the original itself or earlier imported copies. */
export function listCopiesOf(db: Db, sourceId: string): WorkspaceLineageRow[] {
  return prepared<[string, string], WorkspaceLineageRow>(
    db,
    'SELECT id, name, origin_id FROM workspaces WHERE id = ? OR origin_id = ? ORDER BY created_at, rowid',
  ).all(sourceId, sourceId);
}

export function deleteWorkspaceRow(db: Db, id: string): void {
  prepared(db, 'DELETE FROM workspaces WHERE id = ?').run(id);
}

export function setWorkspaceOrigin(db: Db, id: string, originId: string | null): void {
  prepared(db, 'UPDATE workspaces SET origin_id = ? WHERE id = ?').run(originId, id);
}

export function offerExchangeIdTaken(db: Db, side: string, exchangeId: string): boolean {
  return (
    prepared(db, 'SELECT 1 FROM offers WHERE side = ? AND exchange_id = ?').get(side, exchangeId) !==
    undefined
  );
}

/** The offers a workspace holds, by side and exchange id (a replace keeps these ids its own). */
export function listOfferExchangeKeys(db: Db, workspaceId: string): { side: string; exchange_id: string }[] {
  return prepared<[string], { side: string; exchange_id: string }>(
    db,
    'SELECT side, exchange_id FROM offers WHERE workspace_id = ?',
  ).all(workspaceId);
}
