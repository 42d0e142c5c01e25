import { describe, expect, it, vi } from 'vitest';

// The real `electron` package tries to download its binary when required outside Electron.
const openPath = vi.fn((dir: string) => Promise.resolve(dir.includes('missing') ? 'not found' : ''));
vi.mock('electron', () => ({ shell: { openPath } }));

const { openFolderInShell } = await import('../../../electron/main/dataFolder');

describe('"Open data folder" (desktop)', () => {
  it('opens the folder through the OS shell and reports whether it worked', async () => {
    expect(await openFolderInShell('/home/u/.config/MatrixDesk')).toBe(true);
    expect(openPath).toHaveBeenCalledWith('/home/u/.config/MatrixDesk');
    expect(await openFolderInShell('/missing')).toBe(false);
  });
});
