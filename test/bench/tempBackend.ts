import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend, type Backend } from '../../electron/backend/app';

/**
 * A backend on a fresh temp database for one bench, closed and deleted afterwards whatever happens. The
 * log is silenced: a bench prints figures, not the router's refusals it provokes on purpose.
 */
export async function withTempBackend<T>(
  name: string,
  run: (backend: Backend, dataDir: string) => Promise<T>,
): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), `matrixdesk-bench-${name}-`));
  const backend = await openBackend(dataDir, { log: () => undefined });
  try {
    return await run(backend, dataDir);
  } finally {
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
