import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { electronBinaryPath } from '../support/electronBinary';

const binary = electronBinaryPath();

test.describe('desktop app (real Electron)', () => {
  test.skip(
    !binary,
    "Electron's runtime binary is not installed (its download from GitHub is impossible on this machine); browser-mode tests cover the renderer.",
  );

  test('opens the window with an isolated renderer and the api bridge only', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'matrixdesk-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [resolve(__dirname, '../..')],
      env: { ...process.env, MATRIXDESK_DATA_DIR: dataDir },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByText('MatrixDesk').or(page.getByText('矩阵工作台')).first()).toBeVisible();
      const exposed = await page.evaluate(() => ({
        api: Object.keys((window as unknown as { api: object }).api),
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }));
      expect(exposed).toEqual({ api: ['call', 'printToPdf'], require: 'undefined', process: 'undefined' });
      const reply = await page.evaluate(() =>
        (window as unknown as { api: { call(m: string, i: unknown): Promise<unknown> } }).api.call(
          'workspaces.list',
          {},
        ),
      );
      expect(reply).toEqual({ ok: true, value: [] });
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
