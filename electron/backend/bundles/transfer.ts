import type { BackendContext } from '../context';
import { APP_VERSION } from '../../../shared/appVersion';
import { latestVersion } from '../db/migrations';
import { notFound } from '../errors';
import {
  BUNDLE_FILE_EXTENSION,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  BUNDLE_MAX_BYTES,
  type BundleContent,
} from '../../../shared/domain/bundle';
import { encodeBundle, refuseBundle, type DecodedBundle } from './file';
import {
  countOwnedRows,
  findWorkspaceLineage,
  listOfferExchangeKeys,
  fromCell,
  offerExchangeIdTaken,
  prepareInsert,
  readOwnedRows,
  setWorkspaceOrigin,
  deleteWorkspaceRow,
  toCell,
  type SqlValue,
} from './repo';
import { isVerbatim, remapText } from './remap';
import { discoverOwnedTables, type OwnedTable } from './tables';
import { noteBundleChangesOnce } from './changesRepo';

export function ownedTablesOf(ctx: BackendContext): {
  tables: OwnedTable[];
  byName: Map<string, OwnedTable>;
} {
  const tables = discoverOwnedTables(ctx.db);
  return { tables, byName: new Map(tables.map((t) => [t.name, t])) };
}

function safeName(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40) || 'workspace';
}

/** Reads every owned row of one workspace in one read transaction (a consistent snapshot). */
export function exportWorkspace(ctx: BackendContext, workspaceId: string) {
  const ws = findWorkspaceLineage(ctx.db, workspaceId);
  if (!ws) throw notFound('Workspace', workspaceId);
  const { tables, byName } = ownedTablesOf(ctx);
  const content: BundleContent = ctx.db.transaction(() => ({
    tables: tables.map((t) => {
      const { columns, rows } = readOwnedRows(ctx.db, t, byName, workspaceId);
      return { name: t.name, columns, rows: rows.map((r) => r.map(toCell)) };
    }),
  }))();
  const now = ctx.now();
  const file = encodeBundle(
    {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      schemaVersion: latestVersion,
      appVersion: APP_VERSION,
      createdAt: now.toISOString(),
      workspace: { sourceId: ws.origin_id ?? ws.id, name: ws.name },
    },
    content,
  );
  if (file.length > BUNDLE_MAX_BYTES) {
    throw refuseBundle('too_large', 'this workspace makes a bundle larger than 20 MB', { maxMb: 20 });
  }
  const stamp = now.toISOString().slice(0, 10);
  return {
    fileName: `${safeName(ws.name)}-${stamp}${BUNDLE_FILE_EXTENSION}`,
    base64: file.toString('base64'),
    totalRows: content.tables.reduce((n, t) => n + t.rows.length, 0),
  };
}

/** Every table and column of the bundle must exist here as an owned table: else it is not ours to load. */
export function checkAgainstSchema(content: BundleContent, byName: Map<string, OwnedTable>): void {
  for (const table of content.tables) {
    const here = byName.get(table.name);
    if (!here) {
      throw refuseBundle(
        'unknown_table',
        `the bundle holds table ${table.name}, which this MatrixDesk does not have`,
        {
          table: table.name,
        },
      );
    }
    const known = new Set(here.columns.map((c) => c.name));
    const unknown = table.columns.find((c) => !known.has(c));
    if (unknown !== undefined) {
      throw refuseBundle(
        'unknown_table',
        `the bundle's table ${table.name} has a column ${unknown} unknown here`,
        {
          table: `${table.name}.${unknown}`,
        },
      );
    }
  }
  const workspaces = content.tables.find((t) => t.name === 'workspaces');
  if (workspaces?.rows.length !== 1) {
    throw refuseBundle('tampered', 'the bundle does not hold exactly one workspace', { table: 'workspaces' });
  }
}

export function countTables(content: BundleContent) {
  return content.tables.map((t) => ({ table: t.name, rows: t.rows.length }));
}

export function countWorkspace(ctx: BackendContext, workspaceId: string) {
  const { tables, byName } = ownedTablesOf(ctx);
  return tables.map((t) => ({ table: t.name, rows: countOwnedRows(ctx.db, t, byName, workspaceId) }));
}

/** How many of the bundle's offers use an exchange id already taken here (side + exchange id). */
export function countExchangeClashes(
  ctx: BackendContext,
  content: BundleContent,
  ignoreWorkspace?: string,
): number {
  const offers = content.tables.find((t) => t.name === 'offers');
  if (!offers) return 0;
  const side = offers.columns.indexOf('side');
  const exchange = offers.columns.indexOf('exchange_id');
  if (side < 0 || exchange < 0) return 0;
  const owned = ignoreWorkspace
    ? new Set(listOfferExchangeKeys(ctx.db, ignoreWorkspace).map((r) => `${r.side}\u0000${r.exchange_id}`))
    : new Set<string>();
  return offers.rows.filter((r) => {
    const key = `${String(r[side])}\u0000${String(r[exchange])}`;
    return !owned.has(key) && offerExchangeIdTaken(ctx.db, String(r[side]), String(r[exchange]));
  }).length;
}

/**
 * Writes a decoded bundle as one workspace, in one transaction (all or nothing): every text primary key
 * gets a fresh id and every reference to it follows; rowid keys are renumbered by the target. With
 * `replaceId`, that workspace is deleted first and the copy takes its id (so links to it stay valid).
 */
export function loadBundle(
  ctx: BackendContext,
  decoded: DecodedBundle,
  replaceId: string | null,
): { workspaceId: string; totalRows: number } {
  const { byName, tables } = ownedTablesOf(ctx);
  const { content, envelope } = decoded;
  checkAgainstSchema(content, byName);
  const bundleTables = new Map(content.tables.map((t) => [t.name, t]));

  return ctx.db.transaction(() => {
    // Checked at commit instead of per row, so the order within the bundle cannot trip a foreign key.
    ctx.db.pragma('defer_foreign_keys = ON');
    if (replaceId) deleteWorkspaceRow(ctx.db, replaceId);

    const ids = new Map<string, string>();
    for (const table of tables) {
      const data = bundleTables.get(table.name);
      if (!data || !table.textKey) continue;
      const at = data.columns.indexOf(table.textKey);
      if (at < 0) continue;
      for (const row of data.rows) {
        const old = row[at];
        if (typeof old === 'string' && !ids.has(old)) ids.set(old, ctx.newId());
      }
    }
    const wsRow = bundleTables.get('workspaces')!;
    const oldWorkspaceId = wsRow.rows[0]![wsRow.columns.indexOf('id')];
    if (replaceId && typeof oldWorkspaceId === 'string') ids.set(oldWorkspaceId, replaceId);
    const newWorkspaceId = typeof oldWorkspaceId === 'string' ? ids.get(oldWorkspaceId) : undefined;
    if (!newWorkspaceId)
      throw refuseBundle('tampered', 'the workspace row has no id', { table: 'workspaces' });

    // The change log is written once for the whole workspace, not by the triggers row by row (0300).
    const totalRows = noteBundleChangesOnce(ctx.db, newWorkspaceId, () =>
      insertRows(ctx, tables, byName, bundleTables, ids),
    );
    setWorkspaceOrigin(
      ctx.db,
      newWorkspaceId,
      newWorkspaceId === envelope.workspace.sourceId ? null : envelope.workspace.sourceId,
    );
    return { workspaceId: newWorkspaceId, totalRows };
  })();
}

/**
 * Inserts the bundle's rows, parents first: text keys and references through `ids`, rowid references
 * through the numbers this database gave their parents. Returns how many rows it wrote.
 */
function insertRows(
  ctx: BackendContext,
  tables: OwnedTable[],
  byName: Map<string, OwnedTable>,
  bundleTables: Map<string, BundleContent['tables'][number]>,
  ids: Map<string, string>,
): number {
  const rowids = new Map<string, Map<number, number>>();
  let totalRows = 0;
  for (const table of tables) {
    const data = bundleTables.get(table.name);
    if (!data || data.rows.length === 0) continue;
    const keep = data.columns.map((name, at) => ({ name, at })).filter((c) => c.name !== table.rowidKey);
    const insert = prepareInsert(
      ctx.db,
      table.name,
      keep.map((c) => c.name),
    );
    const rowidAt = table.rowidKey ? data.columns.indexOf(table.rowidKey) : -1;
    const ownRowids = new Map<number, number>();
    rowids.set(table.name, ownRowids);
    const fkToRowid = new Map(
      table.foreignKeys
        .filter((fk) => byName.get(fk.table)?.rowidKey === fk.to)
        .map((fk) => [fk.column, fk.table]),
    );
    for (const row of data.rows) {
      const values = keep.map(({ name, at }): SqlValue => {
        const value = fromCell(row[at]!);
        const rowidParent = fkToRowid.get(name);
        if (rowidParent && typeof value === 'number') return rowids.get(rowidParent)?.get(value) ?? value;
        if (typeof value !== 'string') return value;
        if (isVerbatim(table.name, name))
          return exchangeIdFor(ctx, table.name, name, row, data.columns, value);
        return remapText(value, ids);
      });
      const info = insert.run(values);
      const oldRowid = rowidAt >= 0 ? row[rowidAt] : null;
      if (typeof oldRowid === 'number') ownRowids.set(oldRowid, Number(info.lastInsertRowid));
      totalRows += 1;
    }
  }
  return totalRows;
}

/** An offer keeps its exchange id unless this installation already uses it (then the copy gets a new one). */
function exchangeIdFor(
  ctx: BackendContext,
  table: string,
  column: string,
  row: readonly unknown[],
  columns: string[],
  value: string,
): string {
  if (table !== 'offers' || column !== 'exchange_id') return value;
  const side = row[columns.indexOf('side')];
  return typeof side === 'string' && offerExchangeIdTaken(ctx.db, side, value) ? ctx.newId() : value;
}
