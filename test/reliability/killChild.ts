/**
 * The child process of the SIGKILL trials (killDuringWrite.test.ts): opens a data folder, prepares a
 * large write, prints `ready`, performs it and prints `done`. The parent kills it at a random moment.
 * Usage: tsx killChild.ts <metrics|bundle|restore> <dataDir> <file|backupId> <workspaceId>
 */
import { readFileSync } from 'node:fs';
import { openBackend } from '../../electron/backend/app';

async function main() {
  const [mode, dataDir, file, workspaceId] = process.argv.slice(2);
  const backend = await openBackend(dataDir!);
  const base64 = mode === 'restore' ? '' : readFileSync(file!).toString('base64');
  const must = async (method: string, input: unknown) => {
    const result = await backend.router(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as Record<string, unknown>;
  };
  if (mode === 'metrics') {
    const preview = await must('metrics.importPreview', { workspaceId, fileName: 'metrics.csv', base64 });
    process.stdout.write('ready\n');
    await must('metrics.importCommit', { sessionId: preview.sessionId });
  } else if (mode === 'restore') {
    await must('backups.list', {});
    process.stdout.write('ready\n');
    await must('backups.restore', { id: file });
  } else {
    await must('bundles.preview', { base64 });
    process.stdout.write('ready\n');
    await must('bundles.import', { base64, mode: 'new' });
  }
  process.stdout.write('done\n');
  backend.close();
}

main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(2);
});
