import { ZodError } from 'zod';
import { contract, isMethodName } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';
import { AppError } from '../errors';
import type { Router, RouterOptions } from '../router';
import type { BackendControl } from './control';

type RecoveryHandler = (input: unknown, control: BackendControl) => unknown;

/**
 * The router of recovery mode: no database is open, so only the recovery screen's methods (and the
 * settings the shell reads at start, answered with defaults) work; everything else says why not.
 */
const recoveryHandlers: Record<string, RecoveryHandler> = {
  'recovery.status': (_input, control) => control.status(),
  'recovery.restore': (input, control) => control.recoverFromBackup((input as { id: string }).id),
  'recovery.startFresh': (_input, control) => control.startFresh(),
  'recovery.retry': (_input, control) => control.retry(),
  'backups.list': (_input, control) => ({
    dataDir: control.status().dataDir,
    backupsDir: control.status().backupsDir,
    items: control.listBackups(),
    lastCheck: control.lastCheck(),
    canOpenFolder: control.status().canOpenFolder,
  }),
  'backups.openFolder': async (_input, control) => ({ opened: await control.openFolder() }),
  'settings.get': () => ({ language: null, lastWorkspaceId: null }),
};

export function createRecoveryRouter(control: BackendControl, options: RouterOptions): Router {
  const log = options.log ?? ((message, err) => console.error(message, err));
  return async (method, input): Promise<ApiResult<unknown>> => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'unknown_method', message: `Unknown method: ${method}` } };
    }
    const handler = Object.hasOwn(recoveryHandlers, method) ? recoveryHandlers[method] : undefined;
    if (!handler) {
      return {
        ok: false,
        error: {
          code: 'invalid_state',
          message: 'The database could not be opened; only the recovery screen works until it is resolved',
          reason: 'recovery.required',
        },
      };
    }
    try {
      const parsed = contract[method].input.parse(input ?? undefined);
      return { ok: true, value: await handler(parsed, control) };
    } catch (err) {
      if (err instanceof ZodError) {
        return {
          ok: false,
          error: {
            code: 'invalid_input',
            message: err.issues[0]?.message ?? 'Invalid input',
            issues: err.issues.map((i) => ({
              path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
              message: i.message,
            })),
          },
        };
      }
      if (err instanceof AppError) {
        return {
          ok: false,
          error: {
            code: err.code,
            message: err.message,
            ...(err.detail ? { reason: err.detail.reason } : {}),
            ...(err.detail?.params ? { params: err.detail.params } : {}),
          },
        };
      }
      log(`[recovery] ${method} failed`, err);
      return { ok: false, error: { code: 'internal', message: 'Internal error' } };
    }
  };
}
