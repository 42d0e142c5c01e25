import { call } from '../lib/api';
import { startupSettings } from './firstScreen';

/*
 * The workspace the app opens next time (settings.lastWorkspaceId). Opening a workspace used to write it on
 * every start even when it was already the saved one: a write on the first screen's critical path for
 * nothing. It is written only when it changes, against what was read at start and what was written since.
 */
let saved: Promise<string | null> | undefined;

export function rememberLastWorkspace(workspaceId: string): void {
  saved ??= startupSettings().then(
    (s) => s.lastWorkspaceId,
    () => null,
  );
  saved = saved.then(async (current) => {
    if (current === workspaceId) return current;
    try {
      await call('settings.update', { lastWorkspaceId: workspaceId });
      return workspaceId;
    } catch {
      // Not worth an error to the user: the app still opens, on another workspace.
      return current;
    }
  });
}
