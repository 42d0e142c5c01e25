// `npm start`: the desktop app where Electron's runtime exists, else the same app in browser mode.
import { join } from 'node:path';
import { buildQuietly, electronBinary, root, run } from './lib.mjs';

buildQuietly();
const electron = electronBinary();
if (electron) {
  process.exit(await run(electron, [root, ...process.argv.slice(2)]));
} else {
  console.log(
    'Electron desktop runtime is not available on this machine; serving MatrixDesk in browser mode instead.',
  );
  process.exit(await run(process.execPath, [join(root, 'out', 'main', 'web.js'), ...process.argv.slice(2)]));
}
