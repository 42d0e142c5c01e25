import { contextBridge, ipcRenderer } from 'electron';

// Must match API_CHANNEL in electron/main/ipc.ts; duplicated because the sandboxed preload bundles alone.
const API_CHANNEL = 'matrixdesk:api';

/** The renderer's only door to the backend: one method, data in and data out, nothing of Node or Electron. */
contextBridge.exposeInMainWorld('api', {
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(API_CHANNEL, method, input),
});
