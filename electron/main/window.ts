import { BrowserWindow, shell } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN, hardenWebContents, secureWebPreferences } from './security';

export function createMainWindow(devServerUrl?: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'MatrixDesk 矩阵工作台',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  });
  hardenWebContents(win.webContents, (url) => shell.openExternal(url), devServerUrl);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return win;
}
