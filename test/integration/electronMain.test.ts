import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

/*
 * Smoke test of the BUILT main process (out/main/index.js): the Electron binary cannot run here, so the
 * bundle is loaded in Node with a stand-in `electron` module that records every call, then `ready` is fired.
 * It proves what a unit test of the sources cannot: the bundle's paths (preload, renderer folder) exist in
 * out/, and start-up wires the backend, IPC, window and app:// protocol as the packaged app would.
 */

const root = resolve(__dirname, '../..');
const outDir = join(root, 'out');
const mainBundle = join(outDir, 'main', 'index.js');

interface Call {
  path: string;
  args: unknown[];
}

type Listener = (...args: unknown[]) => unknown;

/** A stand-in for the parts of Electron main.ts uses; every call lands in `calls`. */
function fakeElectron(dataDir: string) {
  const calls: Call[] = [];
  const record =
    (path: string, result?: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) => {
      calls.push({ path, args });
      return result?.(...args);
    };
  const appListeners = new Map<string, Listener[]>();
  let fireReady: () => void = () => {};
  const ready = new Promise<void>((done) => (fireReady = done));
  const ipcHandlers = new Map<string, Listener>();
  let protocolHandler: ((request: Request) => Promise<Response>) | undefined;
  const windows: FakeWindow[] = [];

  class FakeContents {
    readonly mainFrame = { url: 'app://matrixdesk/index.html', parent: null };
    on = record('webContents.on');
    setWindowOpenHandler = record('webContents.setWindowOpenHandler');
  }
  class FakeWindow {
    readonly webContents = new FakeContents();
    constructor(readonly options: { webPreferences?: { preload?: string } }) {
      calls.push({ path: 'BrowserWindow.new', args: [options] });
      windows.push(this);
    }
    static getAllWindows = () => windows;
    on = record('window.on');
    once = record('window.once');
    loadURL = record('window.loadURL', () => Promise.resolve());
    isMinimized = () => false;
    restore = record('window.restore');
    focus = record('window.focus');
    show = record('window.show');
  }

  const electron = {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: record('app.requestSingleInstanceLock', () => true),
      quit: record('app.quit'),
      exit: record('app.exit'),
      getVersion: record('app.getVersion', () => '0.0.0-smoke'),
      getPath: record('app.getPath', () => dataDir),
      whenReady: record('app.whenReady', () => ready),
      on: record('app.on', (event, listener) => {
        const list = appListeners.get(event as string) ?? [];
        list.push(listener as Listener);
        appListeners.set(event as string, list);
      }),
    },
    BrowserWindow: FakeWindow,
    dialog: {
      showErrorBox: record('dialog.showErrorBox'),
      showSaveDialog: record('dialog.showSaveDialog', () => Promise.resolve({ canceled: true })),
    },
    ipcMain: {
      handle: record('ipcMain.handle', (channel, handler) =>
        ipcHandlers.set(channel as string, handler as Listener),
      ),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: record('session.setPermissionRequestHandler'),
        setPermissionCheckHandler: record('session.setPermissionCheckHandler'),
        webRequest: { onHeadersReceived: record('session.webRequest.onHeadersReceived') },
      },
    },
    shell: {
      openExternal: record('shell.openExternal', () => Promise.resolve()),
      openPath: record('shell.openPath', () => Promise.resolve('')),
    },
    protocol: {
      registerSchemesAsPrivileged: record('protocol.registerSchemesAsPrivileged'),
      handle: record('protocol.handle', (_scheme, handler) => {
        protocolHandler = handler as typeof protocolHandler;
      }),
    },
    net: {
      // Electron's net.fetch reads file: URLs; Node's fetch does not, so answer them from disk.
      fetch: record('net.fetch', (url) => {
        const file = new URL(url as string);
        const path = decodeURIComponent(file.pathname);
        if (!existsSync(path) || !statSync(path).isFile())
          return Promise.resolve(new Response('', { status: 404 }));
        return Promise.resolve(new Response(readFileSync(path), { status: 200 }));
      }),
    },
    Menu: {
      buildFromTemplate: record('Menu.buildFromTemplate', (template) => template),
      setApplicationMenu: record('Menu.setApplicationMenu'),
    },
  };

  return {
    electron,
    calls,
    windows,
    ipcHandlers,
    fireReady: () => fireReady(),
    protocol: () => protocolHandler,
    emitApp: (event: string, ...args: unknown[]) => appListeners.get(event)?.forEach((l) => l(...args)),
    called: (path: string) => calls.filter((c) => c.path === path),
  };
}

type Fake = ReturnType<typeof fakeElectron>;

const moduleWithResolver = Module as unknown as {
  _resolveFilename: (request: string, ...rest: unknown[]) => string;
};
const originalResolve = moduleWithResolver._resolveFilename;
let shimDir = '';
let current: Fake | undefined;

/** Loads a fresh copy of the bundle with `electron` resolved to the current fake, then fires `ready`. */
async function startMain(dataDir: string): Promise<Fake> {
  const fake = fakeElectron(dataDir);
  current = fake;
  (globalThis as { __matrixdeskFakeElectron?: unknown }).__matrixdeskFakeElectron = fake.electron;
  const load = createRequire(mainBundle);
  for (const key of Object.keys(load.cache)) if (key.startsWith(outDir)) delete load.cache[key];
  process.env['MATRIXDESK_DATA_DIR'] = dataDir;
  load(mainBundle);
  fake.fireReady();
  // Start-up is async (open, migrate, window); it is done when the window exists or the app exits.
  await expect
    .poll(() => fake.called('BrowserWindow.new').length + fake.called('app.exit').length, { timeout: 60_000 })
    .toBeGreaterThan(0);
  return fake;
}

/** An IPC call as the main window's top frame makes it (the handler checks the sender). */
function invoke(fake: Fake, method: string, input: unknown = {}): Promise<unknown> {
  const handler = fake.ipcHandlers.get('matrixdesk:api');
  const contents = fake.windows[0]!.webContents;
  return Promise.resolve(handler?.({ sender: contents, senderFrame: contents.mainFrame }, method, input));
}

beforeAll(() => {
  // Build only when out/ is missing (a clean checkout: `npm test` builds after the suites); a build costs a
  // core for seconds, so an existing out/ is used as it is — rebuild after changing electron/main.
  if (!existsSync(mainBundle)) {
    execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'ignore', timeout: 300_000 });
  }
  shimDir = mkdtempSync(join(tmpdir(), 'md-electron-shim-'));
  writeFileSync(join(shimDir, 'electron.js'), 'module.exports = globalThis.__matrixdeskFakeElectron;\n');
  moduleWithResolver._resolveFilename = function (request: string, ...rest: unknown[]) {
    if (request === 'electron') return join(shimDir, 'electron.js');
    return originalResolve.call(this, request, ...rest);
  };
}, 320_000);

afterEach(() => {
  // will-quit closes the backend (database, lock, background check) like a real quit.
  current?.emitApp('will-quit');
  current = undefined;
  delete createRequire(mainBundle).cache[join(shimDir, 'electron.js')];
});

afterAll(() => {
  moduleWithResolver._resolveFilename = originalResolve;
  delete process.env['MATRIXDESK_DATA_DIR'];
  rmSync(shimDir, { recursive: true, force: true });
});

describe('built Electron main process (out/main/index.js)', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-main-smoke-'));
    dirs.push(dir);
    return dir;
  };

  it('opens the backend on the data folder, registers IPC and the window, and serves app://', async () => {
    const dir = dataDir();
    const fake = await startMain(dir);
    expect(fake.called('app.exit')).toEqual([]);
    expect(fake.called('dialog.showErrorBox')).toEqual([]);

    // The backend opened its database in the data folder.
    expect(existsSync(join(dir, 'matrixdesk.db'))).toBe(true);
    expect(fake.ipcHandlers.has('matrixdesk:api')).toBe(true);
    const status = (await invoke(fake, 'recovery.status')) as {
      ok: boolean;
      value: { mode: string; dataDir: string };
    };
    expect(status.ok).toBe(true);
    expect(status.value.mode).toBe('normal');
    expect(status.value.dataDir).toBe(dir);
    const created = (await invoke(fake, 'workspaces.create', {
      name: 'Smoke 冒烟',
      industry: 'beauty_personal_care',
    })) as {
      ok: boolean;
    };
    expect(created).toMatchObject({ ok: true });

    // One window, whose preload exists in out/, loading the app:// origin.
    expect(fake.windows).toHaveLength(1);
    const preload = fake.windows[0]!.options.webPreferences?.preload ?? '';
    expect(preload.startsWith(outDir)).toBe(true);
    expect(existsSync(preload)).toBe(true);
    expect(fake.called('window.loadURL')[0]?.args[0]).toBe('app://matrixdesk/index.html');

    // The protocol serves the renderer folder in out/ and refuses to leave it.
    const serve = fake.protocol();
    expect(serve).toBeDefined();
    const index = await serve!(new Request('app://matrixdesk/index.html'));
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<div id="root"');
    expect(index.headers.get('Content-Security-Policy')).toMatch(/script-src 'self'/);
    const fetched = fake.called('net.fetch').map((c) => c.args[0] as string);
    expect(fetched[0]).toBe(pathToFileURL(join(outDir, 'renderer', 'index.html')).toString());
    for (const path of ['/../main/index.js', '/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json']) {
      const refused = await serve!(new Request(`app://matrixdesk${path}`));
      expect(refused.status, path).toBe(404);
    }
    // Dot segments are resolved by the URL parser or refused by the handler: nothing outside is ever read.
    const rendererUrl = pathToFileURL(join(outDir, 'renderer')).toString() + '/';
    for (const call of fake.called('net.fetch'))
      expect(call.args[0] as string).toMatch(new RegExp(`^${rendererUrl}`));
  });

  it('a damaged database starts in recovery mode with the window open, not a silent exit', async () => {
    const dir = dataDir();
    const damaged = Buffer.from('not a database at all '.repeat(300));
    writeFileSync(join(dir, 'matrixdesk.db'), damaged);
    const fake = await startMain(dir);
    expect(fake.called('app.exit')).toEqual([]);
    expect(fake.windows).toHaveLength(1);
    const status = (await invoke(fake, 'recovery.status')) as {
      ok: boolean;
      value: { mode: string; problem: { kind: string } | null };
    };
    expect(status).toMatchObject({ ok: true, value: { mode: 'recovery', problem: { kind: 'damaged' } } });
    const refused = (await invoke(fake, 'workspaces.list')) as { ok: boolean; error?: { code: string } };
    expect(refused.ok).toBe(false);
    // The file is left exactly as found.
    expect(readFileSync(join(dir, 'matrixdesk.db')).equals(damaged)).toBe(true);
  });
});
