import { contextBridge, ipcRenderer } from 'electron';

// Must match API_CHANNEL in electron/main/ipc.ts; duplicated because the sandboxed preload bundles alone.
const API_CHANNEL = 'matrixdesk:api';
// Must match PRINT_TO_PDF_CHANNEL in electron/main/printToPdf.ts.
const PRINT_TO_PDF_CHANNEL = 'matrixdesk:print-to-pdf';

/** The renderer's only door to the backend: one method, data in and data out, nothing of Node or Electron. */
contextBridge.exposeInMainWorld('api', {
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(API_CHANNEL, method, input),
  /** The client report's Export PDF: the main process prints this page and asks where to save it. */
  printToPdf: (fileName: string): Promise<{ saved: boolean }> =>
    ipcRenderer.invoke(PRINT_TO_PDF_CHANNEL, fileName),
});
