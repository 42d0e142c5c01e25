import { APP_VERSION } from '../../shared/appVersion';
import { resolve } from 'node:path';
import { openBackend } from '../backend/app';
import { parseWebArgs } from './args';
import { defaultDataDir } from './dataDir';
import { startWebServer } from './server';
import { resolveToken } from './token';

/** Browser mode: the same backend and renderer as the desktop app, served on loopback only. */
async function main(): Promise<void> {
  const args = parseWebArgs(process.argv.slice(2));
  const dataDir = resolve(args.dataDir ?? defaultDataDir());
  const token = resolveToken(process.env['MATRIXDESK_TOKEN']);
  // A damaged, newer, empty or read-only database starts the recovery screen instead of exiting.
  const backend = await openBackend(dataDir, {
    allowRecovery: true,
    backgroundCheck: true,
    appVersion: APP_VERSION,
  });
  if (backend.problem) console.error(backend.problem.message);
  // Test mode only (Playwright sets it): every job waits at its first checkpoint until cancelled, so a
  // test can act on a running job without racing it to the end (test/e2e/previewJob.spec.ts).
  // Loaded only then, so a normal start reads no more modules than before.
  if (process.env['MATRIXDESK_TEST_HOLD_JOBS'] === '1' && !backend.problem) {
    const { jobRunner } = await import('../backend/jobs/runner');
    jobRunner(backend.context).hold(true);
  }
  const web = await startWebServer({
    router: backend.router,
    rendererDir: resolve(__dirname, '../renderer'),
    token,
    ...(args.port !== undefined ? { port: args.port } : {}),
  });
  console.log(`MatrixDesk web: http://127.0.0.1:${web.port}/?token=${token}`);

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    void web.close().finally(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
