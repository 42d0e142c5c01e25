// `npm run web -- [--port <n>] [--data-dir <dir>]`: build, then serve the app in browser mode on 127.0.0.1.
import { join } from 'node:path';
import { buildQuietly, root, run } from './lib.mjs';

buildQuietly();
process.exit(await run(process.execPath, [join(root, 'out', 'main', 'web.js'), ...process.argv.slice(2)]));
