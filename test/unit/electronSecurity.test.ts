import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../shared/api/result';

// The real `electron` package tries to download its binary when required outside Electron.
const created: { options: Record<string, unknown>; win: FakeWindow }[] = [];
class FakeWindow extends EventEmitter {
  webContents = fakeContents('app://matrixdesk/index.html');
  constructor(readonly options: Record<string, unknown>) {
    super();
    created.push({ options, win: this });
  }
  loadURL = vi.fn(() => Promise.resolve());
  show = vi.fn();
}
vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  shell: { openExternal: vi.fn(() => Promise.resolve()) },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  net: { fetch: vi.fn() },
}));

const { secureWebPreferences, hardenWebContents, denyAllPermissions, isTrustedSender, applyCspHeaders } =
  await import('../../electron/main/security');
const { isSafeExternalUrl } = await import('../../electron/main/externalLinks');
const { registerApiHandler, API_CHANNEL } = await import('../../electron/main/ipc');
const { createMainWindow } = await import('../../electron/main/window');

interface FakeFrame {
  url: string;
}
type FakeContents = EventEmitter & {
  mainFrame: FakeFrame;
  windowOpenHandler?: (d: { url: string }) => { action: string };
  setWindowOpenHandler(h: (d: { url: string }) => { action: string }): void;
};
function fakeContents(url: string): FakeContents {
  const c = new EventEmitter() as FakeContents;
  c.mainFrame = { url };
  c.setWindowOpenHandler = (h) => (c.windowOpenHandler = h);
  return c;
}
function fire(contents: EventEmitter, name: string, ...args: unknown[]): boolean {
  let prevented = false;
  contents.emit(name, { preventDefault: () => (prevented = true) }, ...args);
  return prevented;
}

beforeEach(() => {
  created.length = 0;
});

describe('window security defaults', () => {
  it('isolates the renderer: context isolation, sandbox, no Node, no webviews', () => {
    const prefs = secureWebPreferences('/p/preload.js');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('creates the main window with those preferences and loads our own origin', () => {
    createMainWindow();
    const { options, win } = created[0]!;
    expect(options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(win.loadURL).toHaveBeenCalledWith('app://matrixdesk/index.html');
  });

  it('denies navigation away from the app, webviews and new windows', async () => {
    const contents = fakeContents('app://matrixdesk/index.html');
    const opened: string[] = [];
    hardenWebContents(contents as never, async (u) => void opened.push(u));
    expect(fire(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire(contents, 'will-navigate', 'app://matrixdesk/index.html#/w/1')).toBe(false);
    expect(fire(contents, 'will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(fire(contents, 'will-attach-webview')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'https://www.douyin.com/user/x' })).toEqual({
      action: 'deny',
    });
    await Promise.resolve();
    // A safe link goes to the system browser; the unknown host does not.
    expect(opened).toEqual(['https://www.douyin.com/user/x']);
  });

  it('allows the electron-vite dev server only when it is the configured one', () => {
    const contents = fakeContents('http://localhost:5173/');
    hardenWebContents(contents as never, async () => undefined, 'http://localhost:5173');
    expect(fire(contents, 'will-navigate', 'http://localhost:5173/#/x')).toBe(false);
    expect(fire(contents, 'will-navigate', 'http://localhost:5174/')).toBe(true);
  });

  it('refuses every permission request and check', () => {
    let requestHandler: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
    };
    denyAllPermissions(session as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const cb = vi.fn();
      requestHandler?.({}, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    expect(checkHandler?.()).toBe(false);
  });

  it('sets a strict CSP header on every response', () => {
    let listener:
      ((d: { responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void) | undefined;
    applyCspHeaders({ webRequest: { onHeadersReceived: (l: typeof listener) => (listener = l) } } as never);
    const cb = vi.fn();
    listener?.({ responseHeaders: { 'X-Other': ['1'] } }, cb);
    const headers = (cb.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> }).responseHeaders;
    expect(headers['X-Other']).toEqual(['1']);
    expect(headers['Content-Security-Policy']?.[0]).toMatch(/script-src 'self'(;|$)/);
    expect(headers['Content-Security-Policy']?.[0]).not.toMatch(/script-src[^;]*unsafe/);
  });
});

describe('external links', () => {
  it('opens only https links to known hosts, without credentials', async () => {
    expect(isSafeExternalUrl('https://www.douyin.com/')).toBe(true);
    expect(isSafeExternalUrl('http://www.douyin.com/')).toBe(false);
    expect(isSafeExternalUrl('https://user:pw@www.douyin.com/')).toBe(false);
    expect(isSafeExternalUrl('https://www.douyin.com.evil.example/')).toBe(false);
    expect(isSafeExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('not a url')).toBe(false);
    expect(isSafeExternalUrl('smb://share/x')).toBe(false);
  });
});

describe('IPC', () => {
  function setup() {
    let handler: ((event: unknown, method: unknown, input: unknown) => Promise<unknown>) | undefined;
    const ipcMain = {
      handle: (channel: string, h: typeof handler) => channel === API_CHANNEL && (handler = h),
    };
    const router = vi.fn(async (): Promise<ApiResult<unknown>> => ({ ok: true, value: 'answered' }));
    const main = fakeContents('app://matrixdesk/index.html');
    registerApiHandler(ipcMain as never, router, () => ({ webContents: main }) as never);
    return { handler: handler!, router, main };
  }

  it('forwards calls from our own window main frame to the router', async () => {
    const { handler, router, main } = setup();
    const reply = await handler({ sender: main, senderFrame: main.mainFrame }, 'workspaces.list', {});
    expect(reply).toEqual({ ok: true, value: 'answered' });
    expect(router).toHaveBeenCalledWith('workspaces.list', {});
  });

  it('refuses a foreign sender, a sub-frame, and a frame showing another origin', async () => {
    const { handler, router, main } = setup();
    const other = fakeContents('app://matrixdesk/index.html');
    const refusals = [
      { sender: other, senderFrame: other.mainFrame },
      { sender: main, senderFrame: { url: 'app://matrixdesk/index.html' } },
      { sender: main, senderFrame: null },
    ];
    for (const event of refusals) {
      expect(await handler(event, 'workspaces.list', {})).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    main.mainFrame.url = 'https://evil.example/';
    expect(await handler({ sender: main, senderFrame: main.mainFrame }, 'workspaces.list', {})).toMatchObject(
      {
        ok: false,
      },
    );
    expect(router).not.toHaveBeenCalled();
  });

  it('checks trust without a window at all', () => {
    const c = fakeContents('app://matrixdesk/');
    expect(isTrustedSender({ sender: c, senderFrame: c.mainFrame } as never, undefined)).toBe(false);
  });
});
