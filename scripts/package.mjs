// `npm run package [-- <electron-builder args>]`: desktop installers, on a machine that can download Electron.
// electron-builder rebuilds better-sqlite3 in node_modules for Electron's ABI; afterwards we rebuild it for
// Node again so `npm test` (plain Node) keeps working. Both steps run even if packaging fails.
import { join } from 'node:path';
import { buildQuietly, electronBinary, root, run } from './lib.mjs';

if (!electronBinary()) {
  console.error(
    'Electron is not installed here (its binary download failed); packaging needs a machine with internet.',
  );
  process.exit(1);
}
buildQuietly();
const code = await run(process.execPath, [
  join(root, 'node_modules', 'electron-builder', 'cli.js'),
  ...process.argv.slice(2),
]);
const restore = await run('npm', ['rebuild', 'better-sqlite3']);
if (restore !== 0)
  console.error('Could not restore the Node build of better-sqlite3: run `npm rebuild better-sqlite3`.');
process.exit(code || restore);
