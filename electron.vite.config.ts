import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { trimAntdCssPlugin } from './scripts/build/antdCss';
import { firstScreenGroups } from './scripts/build/firstScreenChunks';
import { startHtmlPlugin } from './scripts/build/startHtml';

// Release builds are minified; `MATRIXDESK_MINIFY=0` keeps the renderer readable while debugging.
const minify = process.env['MATRIXDESK_MINIFY'] !== '0';

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        // `web` is the loopback browser-mode host: plain Node, bundled beside main so `npm start` needs no TS runtime.
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          web: resolve(__dirname, 'electron/web/cli.ts'),
          // Long work (imports, forecast all) runs in this worker thread; see electron/backend/jobs/workerThread.ts.
          jobWorker: resolve(__dirname, 'electron/backend/jobs/worker.ts'),
          // "Forecast all" has a thread of its own that loads the forecast code alone (jobs/forecastWorker.ts).
          forecastWorker: resolve(__dirname, 'electron/backend/jobs/forecastWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rolldownOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    // antd's precompiled CSS (the theme is zeroRuntime) without the components the renderer never imports.
    // index.html preloads the stylesheet and the app's start chunks (scripts/build/startHtml.ts).
    plugins: [react(), trimAntdCssPlugin(), startHtmlPlugin()],
    build: {
      minify,
      chunkSizeWarningLimit: 4000,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
        // antd's core in one chunk instead of a dozen small ones (scripts/build/firstScreenChunks.ts).
        output: { codeSplitting: { groups: firstScreenGroups } },
      },
    },
  },
});
