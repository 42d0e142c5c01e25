import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { openBackend } from '../backend/app';
import { parseWebArgs } from './args';
import { defaultDataDir } from './dataDir';
import { startWebServer } from './server';

/** Browser mode: the same backend and renderer as the desktop app, served on loopback only. */
async function main(): Promise<void> {
  const args = parseWebArgs(process.argv.slice(2));
  const dataDir = resolve(args.dataDir ?? defaultDataDir());
  const token = process.env['MATRIXDESK_TOKEN'] || randomBytes(24).toString('base64url');
  const backend = await openBackend(dataDir);
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
