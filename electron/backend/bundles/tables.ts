import type { Db } from '../db/types';
import { listTableNames, tableColumns, tableForeignKeys } from './repo';

/**
 * Which tables a workspace owns, discovered from the schema itself so that tables added by later
 * migrations travel in bundles without anyone listing them: a table is owned when it has a
 * `workspace_id` foreign key to `workspaces`, or a cascading foreign key to a table that is owned.
 */

/**
 * Tables that never travel even if they would be discovered as owned. Global settings and creator mode's
 * own profile belong to the installation, not a workspace; the installation's private signing key is a
 * file in the data folder (identity/keys.ts), never a table, so it cannot leave either. Pinned
 * counterpart public keys (offers.counterpart_key) do travel: they are what the receiving side needs to
 * keep refusing forged offer files.
 */
// Undo records and reminder dismissals are this desk's short-lived state about its own ids: a receiver
// could neither use them (ids are remapped) nor would want another person's snoozes.
// The change logs (migration 0210) are this desk's cache bookkeeping: the receiver's triggers write its own.
// So is a saved match roster (0390): it names this desk's creator ids and change-log numbers, and the
// forecast pasts' change notes (0420).
const NEVER_TRAVELS = new Set([
  'settings',
  'creator_profile',
  'content_undo',
  'reminder_dismissals',
  'creator_changes',
  'offer_changes',
  'saved_match_rosters',
  'forecast_past_changes',
]);

export interface ForeignKey {
  column: string;
  table: string;
  /** The referenced column (the parent's primary key when the schema omits it). */
  to: string;
  onDelete: string;
}

export interface ColumnInfo {
  name: string;
  type: string;
  notNull: boolean;
  /** Position in the primary key (1-based), 0 when not part of it. */
  pk: number;
}

export interface OwnedTable {
  name: string;
  columns: ColumnInfo[];
  foreignKeys: ForeignKey[];
  /** How rows are found for a workspace: the column pointing at the owner and the owning table. */
  owner: { column: string; table: string; to: string };
  /** An INTEGER PRIMARY KEY (rowid alias): on import the target assigns fresh numbers. */
  rowidKey: string | null;
  /** A single TEXT primary key: remapped to a fresh id on import as new. */
  textKey: string | null;
}

/** Every owned table, parents before children (the order rows are inserted in), workspaces first. */
export function discoverOwnedTables(db: Db): OwnedTable[] {
  // The allow-list of table names: only names the schema itself lists are ever looked up.
  const names = listTableNames(db);
  const info = new Map(
    names.map((n) => [n, { columns: tableColumns(db, n), foreignKeys: tableForeignKeys(db, n) }]),
  );

  const owned: OwnedTable[] = [];
  const ownedNames = new Set<string>();
  const add = (name: string, owner: OwnedTable['owner']) => {
    const { columns, foreignKeys } = info.get(name)!;
    const pkColumns = columns.filter((c) => c.pk > 0);
    const single = pkColumns.length === 1 ? pkColumns[0]! : null;
    owned.push({
      name,
      columns,
      foreignKeys,
      owner,
      rowidKey: single && single.type === 'INTEGER' ? single.name : null,
      textKey: single && single.type === 'TEXT' ? single.name : null,
    });
    ownedNames.add(name);
  };
  add('workspaces', { column: 'id', table: 'workspaces', to: 'id' });

  // Repeated passes until nothing new is owned: each pass adds the tables whose parent became owned.
  for (let grew = true; grew;) {
    grew = false;
    for (const name of names) {
      if (ownedNames.has(name) || NEVER_TRAVELS.has(name)) continue;
      const fks = info.get(name)!.foreignKeys;
      const direct = fks.find((fk) => fk.table === 'workspaces' && fk.column === 'workspace_id');
      const parent = direct ?? fks.find((fk) => ownedNames.has(fk.table) && fk.onDelete === 'CASCADE');
      if (!parent) continue;
      // A child is only added once every owned parent it references is already placed before it.
      const waiting = fks.some(
        (fk) => fk.table !== name && !ownedNames.has(fk.table) && isEventuallyOwned(fk.table, info),
      );
      if (waiting) continue;
      add(name, { column: parent.column, table: parent.table, to: parent.to });
      grew = true;
    }
  }
  return owned;
}

/** Whether a table reaches `workspaces` through cascading foreign keys (cycle-safe). */
function isEventuallyOwned(
  table: string,
  info: Map<string, { foreignKeys: ForeignKey[] }>,
  seen = new Set<string>(),
): boolean {
  if (table === 'workspaces') return true;
  if (NEVER_TRAVELS.has(table) || seen.has(table)) return false;
  seen.add(table);
  const fks = info.get(table)?.foreignKeys ?? [];
  return fks.some(
    (fk) =>
      (fk.table === 'workspaces' && fk.column === 'workspace_id') ||
      (fk.onDelete === 'CASCADE' && isEventuallyOwned(fk.table, info, seen)),
  );
}
