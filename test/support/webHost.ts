import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** Stops the server (the data directory stays, so a restart sees the same data). */
  stop(): Promise<void>;
  /** Stops and deletes the data directory. */
  dispose(): Promise<void>;
}

const repoRoot = resolve(__dirname, '../..');

/** Starts the built browser-mode host (`out/main/web.js`) and waits for its one ready line. */
export async function startHost(
  dataDir = mkdtempSync(join(tmpdir(), 'matrixdesk-e2e-')),
  /** How long the ready line may take (the scale bench opens a 500 MB database). */
  startTimeoutMs = 20_000,
  /** The folder whose `out/` is served: another build (the first-screen bench compares two). */
  buildRoot = repoRoot,
  /** More environment for the host (test-mode switches such as MATRIXDESK_TEST_HOLD_JOBS). */
  env: Record<string, string> = {},
): Promise<RunningHost> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(buildRoot, 'out/main/web.js'), '--port', '0', '--data-dir', dataDir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env, MATRIXDESK_TOKEN: '' },
    },
  );
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start: ${stderr}`)), startTimeoutMs);
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const match = /MatrixDesk web: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}: ${stderr}`));
    });
  });
  const parsed = new URL(url);
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    dataDir,
    stop,
    dispose: async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
