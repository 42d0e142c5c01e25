import type { BrowserWindow, IpcMain } from 'electron';
import type { Router } from '../backend/router';
import { isTrustedSender } from './security';

export const API_CHANNEL = 'matrixdesk:api';

/** The single IPC entry point: checks who is calling, then hands the call to the same router the web host uses. */
export function registerApiHandler(
  ipcMain: IpcMain,
  router: Router,
  getWindow: () => BrowserWindow | undefined,
  devServerUrl?: string,
): void {
  ipcMain.handle(API_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event, getWindow()?.webContents, devServerUrl)) {
      return { ok: false, error: { code: 'forbidden', message: 'Untrusted sender' } };
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'invalid_input', message: 'method must be a string' } };
    }
    return router(method, input);
  });
}
