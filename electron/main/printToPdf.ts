import { writeFile } from 'node:fs/promises';
import type { BrowserWindow, Dialog, IpcMain } from 'electron';
import { isTrustedSender } from './security';

export const PRINT_TO_PDF_CHANNEL = 'matrixdesk:print-to-pdf';

/**
 * The client report's "Export PDF" in the desktop app: prints the calling window's page (A4, the page's
 * own @page size and breaks) and lets the user choose where to save it. Only our own main window may ask,
 * and only the file name is taken from the renderer (as a suggestion in the save dialog).
 */
export function registerPrintToPdf(
  ipcMain: IpcMain,
  dialog: Pick<Dialog, 'showSaveDialog'>,
  getWindow: () => BrowserWindow | undefined,
  devServerUrl?: string,
): void {
  ipcMain.handle(PRINT_TO_PDF_CHANNEL, async (event, fileName: unknown) => {
    const win = getWindow();
    if (!win || !isTrustedSender(event, win.webContents, devServerUrl)) return { saved: false };
    const suggested =
      typeof fileName === 'string' ? fileName.replace(/[\\/:*?"<>|]+/g, '_').slice(0, 120) : 'report.pdf';
    const pdf = await event.sender.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    });
    const choice = await dialog.showSaveDialog(win, {
      defaultPath: suggested,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (choice.canceled || !choice.filePath) return { saved: false };
    await writeFile(choice.filePath, pdf);
    return { saved: true };
  });
}
