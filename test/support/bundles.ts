import { gunzipSync, gzipSync } from 'node:zlib';
import { BUNDLE_MAGIC, type BundleEnvelope } from '../../shared/domain/bundle';
import { discoverOwnedTables } from '../../electron/backend/bundles/tables';
import { ownedRowsSql } from '../../electron/backend/bundles/repo';
import type { Db } from '../../electron/backend/db/types';

/** Every owned row of a workspace, per table, as found in the database (for "shares no rows" checks). */
export function ownedRows(db: Db, workspaceId: string): Map<string, Record<string, unknown>[]> {
  const tables = discoverOwnedTables(db);
  const byName = new Map(tables.map((t) => [t.name, t]));
  return new Map(
    tables.map((t) => [
      t.name,
      db.prepare(ownedRowsSql(t, byName)).all({ workspaceId }) as Record<string, unknown>[],
    ]),
  );
}

/** Opens a bundle file for tests that need to forge or inspect one. */
export function unpackBundle(base64: string): BundleEnvelope {
  const bytes = Buffer.from(base64, 'base64');
  return JSON.parse(gunzipSync(bytes.subarray(BUNDLE_MAGIC.length)).toString('utf8')) as BundleEnvelope;
}

export function packBundle(envelope: unknown): string {
  return Buffer.concat([Buffer.from(BUNDLE_MAGIC), gzipSync(JSON.stringify(envelope))]).toString('base64');
}
