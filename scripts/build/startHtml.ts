/**
 * The renderer's index.html, rewritten for the first screen (issue 11 §8):
 *  - The stylesheet (antd's precompiled CSS, ~770 KB) is preloaded instead of linked. A linked stylesheet
 *    blocks the entry module until it has downloaded and been parsed, so the start API calls (app/startCalls.ts)
 *    and the app's chunk requests waited for it; the entry now applies it itself (app/startStyles.ts) and
 *    the first render waits for it, so it downloads and parses while the start data and chunks are on their way.
 *  - The app's start chunks (boot and its static imports: React, antd's core, the router, i18next) are
 *    module-preloaded, so they download from the first moment beside the entry instead of once it has run.
 *  - So is the matrix page's chunk with its static imports (the bare workspace URL and a one-workspace start
 *    open the matrix; ~11 KB besides what the boot chunks already share with it). The entry still asks for
 *    the start page's chunk (app/startCalls.ts), but Vite's preload helper then finds the matrix's files
 *    already linked: it inserted ~8 `<link rel="modulepreload">` one by one from script, 5–13 ms of
 *    `appendChild` and 16–32 ms in the helper on the entry's main-thread path (profiled), where the
 *    parser's preload scanner handles the same links off it. Another start page pays ~11 KB of
 *    downloads it does not use; its own chunk is still asked for by the entry for its route.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The part of an output chunk this plugin reads. */
interface ChunkInfo {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
}

/**
 * The chunk of each of `modules` (the boot module, then the default start page) and every chunk it statically
 * imports, directly or not: each file once, in that order, so the boot's chunks are asked for first.
 */
export function startChunkFiles(chunks: ChunkInfo[], ...modules: RegExp[]): string[] {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of byFile.get(file)?.imports ?? []) visit(next);
  };
  for (const module of modules) {
    const chunk = chunks.find((c) => c.facadeModuleId !== null && module.test(c.facadeModuleId));
    if (chunk) visit(chunk.fileName);
  }
  return [...seen];
}

/** `<link rel="stylesheet" …>` → `<link rel="preload" as="style" …>`, marked for app/startStyles.ts. */
export function preloadStylesheets(html: string): string {
  return html.replace(
    /<link rel="stylesheet"([^>]*)>/g,
    '<link rel="preload" as="style" data-start-style$1>',
  );
}

export function startHtmlPlugin(
  bootModule = /[\\/]renderer[\\/]src[\\/]app[\\/]boot\.tsx$/,
  startPageModule = /[\\/]renderer[\\/]src[\\/]features[\\/]matrix[\\/]MatrixPage\.tsx$/,
): Plugin {
  return {
    name: 'matrixdesk-start-html',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter(
          (c): c is ChunkInfo & typeof c => c.type === 'chunk',
        );
        const tags: HtmlTagDescriptor[] = startChunkFiles(chunks, bootModule, startPageModule)
          .filter((file) => !html.includes(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head',
          }));
        return { html: preloadStylesheets(html), tags };
      },
    },
  };
}
