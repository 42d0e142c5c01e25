import type { backupsContract } from '../../../shared/api/backups';
import type { BackendContext } from '../context';
import { invalidState } from '../errors';
import type { HandlerSlice } from '../handlers';
import type { BackendControl } from '../session/control';

function control(ctx: BackendContext): BackendControl {
  if (!ctx.control) throw invalidState('Backups are not available in this context', 'backups.unavailable');
  return ctx.control;
}

/** Backups and recovery while the database is open (recovery mode has its own router). */
export const backupHandlers = {
  'backups.list': (_input, ctx) => {
    const status = control(ctx).status();
    return {
      dataDir: status.dataDir,
      backupsDir: status.backupsDir,
      items: status.backups,
      lastCheck: control(ctx).lastCheck(),
      canOpenFolder: status.canOpenFolder,
    };
  },
  'backups.create': (_input, ctx) => control(ctx).backupNow(),
  'backups.restore': ({ id }, ctx) => control(ctx).restore(id),
  'backups.openFolder': async (_input, ctx) => ({ opened: await control(ctx).openFolder() }),
  'recovery.status': (_input, ctx) => control(ctx).status(),
  'recovery.restore': ({ id }, ctx) => control(ctx).recoverFromBackup(id),
  'recovery.startFresh': (_input, ctx) => control(ctx).startFresh(),
  'recovery.retry': (_input, ctx) => control(ctx).retry(),
  'recovery.check': (_input, ctx) => control(ctx).checkNow(),
} satisfies HandlerSlice<typeof backupsContract>;
