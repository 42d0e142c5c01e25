import { join } from 'node:path';
import type { HandlerSlice } from '../handlers';
import type { bundlesContract } from '../../../shared/api/bundles';
import type { BackendContext } from '../context';
import { backupDatabase } from '../db/backup';
import { latestVersion } from '../db/migrations';
import { invalidInput, notFound } from '../errors';
import { decodeBundle, type DecodedBundle } from './file';
import { findWorkspaceLineage, listCopiesOf } from './repo';
import {
  countExchangeClashes,
  countTables,
  countWorkspace,
  exportWorkspace,
  loadBundle,
  ownedTablesOf,
  checkAgainstSchema,
} from './transfer';
import { APP_VERSION } from '../../../shared/appVersion';

function decodeChecked(ctx: BackendContext, base64: string): DecodedBundle {
  const decoded = decodeBundle(base64, latestVersion);
  checkAgainstSchema(decoded.content, ownedTablesOf(ctx).byName);
  return decoded;
}

/** The copy a replace overwrites: the one named, or the only copy of the bundle's workspace here. */
function replaceTarget(ctx: BackendContext, decoded: DecodedBundle, targetId: string | undefined) {
  const copies = listCopiesOf(ctx.db, decoded.envelope.workspace.sourceId);
  if (targetId !== undefined) {
    const target = copies.find((c) => c.id === targetId);
    if (target) return target;
    if (!findWorkspaceLineage(ctx.db, targetId)) throw notFound('Workspace', targetId);
    throw invalidInput(
      ['targetWorkspaceId'],
      'This workspace is not a copy of the bundle’s workspace; import the bundle as new instead',
      'bundles.notACopy',
    );
  }
  if (copies.length === 1) return copies[0]!;
  throw invalidInput(
    ['targetWorkspaceId'],
    copies.length === 0
      ? 'There is no copy of this workspace here to replace; import it as new instead'
      : 'Several copies of this workspace are here: choose the one to replace',
    copies.length === 0 ? 'bundles.noCopy' : 'bundles.chooseCopy',
    { count: copies.length },
  );
}

export const bundleHandlers = {
  'bundles.export': ({ workspaceId }, ctx) => exportWorkspace(ctx, workspaceId),

  'bundles.preview': ({ base64 }, ctx) => {
    const { envelope, content } = decodeChecked(ctx, base64);
    const counts = countTables(content);
    return {
      workspace: envelope.workspace,
      schemaVersion: envelope.schemaVersion,
      appVersion: envelope.appVersion,
      createdAt: envelope.createdAt,
      digest: envelope.digest,
      counts,
      totalRows: counts.reduce((n, c) => n + c.rows, 0),
      replaceCandidates: listCopiesOf(ctx.db, envelope.workspace.sourceId).map((c) => {
        const current = countWorkspace(ctx, c.id);
        return {
          id: c.id,
          name: c.name,
          counts: current,
          totalRows: current.reduce((n, x) => n + x.rows, 0),
        };
      }),
      offerExchangeClashes: countExchangeClashes(ctx, content),
    };
  },

  'bundles.import': async ({ base64, mode, targetWorkspaceId, confirmName }, ctx) => {
    const decoded = decodeChecked(ctx, base64);
    if (mode === 'new') {
      const { workspaceId, totalRows } = loadBundle(ctx, decoded, null);
      return { workspaceId, name: decoded.envelope.workspace.name, mode, totalRows, backupFile: null };
    }
    const target = replaceTarget(ctx, decoded, targetWorkspaceId);
    if ((confirmName ?? '').trim() !== target.name.trim()) {
      throw invalidInput(
        ['confirmName'],
        `Type the name of the workspace being replaced (${target.name}) to confirm`,
        'bundles.confirmMismatch',
        { name: target.name },
      );
    }
    // Replacing deletes the current copy: keep a way back first (SQLite's backup API, never a file copy).
    const backup = ctx.control
      ? await ctx.control.backupNow('before_replace')
      : await backupDatabase(ctx.db, join(ctx.dataDir, 'backups'), {
          reason: 'before_replace',
          now: ctx.now(),
          appVersion: APP_VERSION,
        });
    const { workspaceId, totalRows } = loadBundle(ctx, decoded, target.id);
    return {
      workspaceId,
      name: decoded.envelope.workspace.name,
      mode,
      totalRows,
      backupFile: `${backup.id}.db`,
    };
  },
} satisfies HandlerSlice<typeof bundlesContract>;
