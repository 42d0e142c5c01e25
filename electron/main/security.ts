import type { IpcMainInvokeEvent, Session, WebContents, WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { isSafeExternalUrl } from './externalLinks';

export const APP_PROTOCOL = 'app:';
export const APP_HOST = 'matrixdesk';
export const APP_ORIGIN = `${APP_PROTOCOL}//${APP_HOST}`;

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    spellcheck: false,
  };
}

/** Our own pages: the packaged app:// origin, or the dev server electron-vite starts. */
export function isAppUrl(raw: string, devServerUrl?: string): boolean {
  try {
    const url = new URL(raw);
    // Compare scheme and host: WHATWG URL reports origin "null" for schemes it does not know as special.
    if (url.protocol === APP_PROTOCOL && url.host === APP_HOST) return true;
    return devServerUrl !== undefined && url.origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}

/**
 * Denies everything a compromised or confused renderer could use to leave the app: navigation,
 * new windows (safe https links go to the system browser instead), webviews.
 */
export function hardenWebContents(
  contents: WebContents,
  openExternal: (url: string) => Promise<void>,
  devServerUrl?: string,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void openExternal(url);
    return { action: 'deny' };
  });
}

/** No camera, microphone, notifications, geolocation…: MatrixDesk needs none of them. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function applyCspHeaders(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

/** IPC is answered only for our window's top frame showing our own page, never an iframe or other window. */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>,
  mainContents: WebContents | undefined,
  devServerUrl?: string,
): boolean {
  const frame = event.senderFrame;
  if (!frame || !mainContents || event.sender !== mainContents) return false;
  if (frame !== mainContents.mainFrame) return false;
  return isAppUrl(frame.url, devServerUrl);
}
