// Child of test/integration/migrationRace.test.ts: loads everything, says "ready", waits for "go",
// then opens (and so migrates) the database named on the command line, as a first start would.
import { openDatabase, closeDatabase } from '../../electron/backend/db/open';

const path = process.argv[2]!;
process.stdout.write('ready\n');
process.stdin.once('data', () => {
  openDatabase({ path })
    .then((db) => {
      closeDatabase(db);
      process.stdout.write('opened\n');
      process.exit(0);
    })
    .catch((err: unknown) => {
      process.stdout.write(`failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    });
});
