import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { join } from 'node:path';
import { openBackend, type Backend } from '../backend/app';
import { registerApiHandler } from './ipc';
import { registerPrintToPdf } from './printToPdf';
import { installMenu } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { applyCspHeaders, denyAllPermissions, hardenWebContents } from './security';
import { createMainWindow } from './window';
import { openFolderInShell } from './dataFolder';

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
let mainWindow: BrowserWindow | undefined;
let backend: Backend | undefined;

registerAppScheme();
if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

// Every webContents, not just our window's, gets the same lock-down.
app.on('web-contents-created', (_event, contents) => {
  hardenWebContents(contents, (url) => shell.openExternal(url), devServerUrl);
});

app
  .whenReady()
  .then(async () => {
    denyAllPermissions(session.defaultSession);
    applyCspHeaders(session.defaultSession);
    serveRenderer(join(__dirname, '../renderer'));
    installMenu();
    try {
      // A damaged, newer, empty or read-only database opens the recovery screen (the file is left as
      // found); only what recovery cannot help with (another instance on the folder) ends here.
      backend = await openBackend(process.env['MATRIXDESK_DATA_DIR'] || app.getPath('userData'), {
        allowRecovery: true,
        backgroundCheck: true,
        appVersion: app.getVersion(),
        openFolder: openFolderInShell,
      });
    } catch (err) {
      dialog.showErrorBox('MatrixDesk', err instanceof Error ? err.message : String(err));
      app.exit(1);
      return;
    }
    registerApiHandler(ipcMain, backend.router, () => mainWindow, devServerUrl);
    registerPrintToPdf(ipcMain, dialog, () => mainWindow, devServerUrl);
    mainWindow = createMainWindow(devServerUrl);
    mainWindow.on('closed', () => (mainWindow = undefined));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(devServerUrl);
    });
  })
  .catch((err: unknown) => {
    console.error('[main] start-up failed', err);
    app.exit(1);
  });

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => backend?.close());
