/**
 * The renderer's index.html, rewritten for the first screen (issue 11 §8):
 *  - The stylesheet (antd's precompiled CSS, ~770 KB) is preloaded instead of linked. A linked stylesheet
 *    blocks the entry module until it has downloaded and been parsed, so the start API calls (app/startCalls.ts)
 *    and the app's chunk requests waited for it; the entry now applies it itself (app/startStyles.ts) and
 *    the first render waits for it, so it downloads and parses while the start data and chunks are on their way.
 *  - The app's start chunks (boot and its static imports: React, antd's core, the router, i18next) are
 *    module-preloaded, so they download from the first moment beside the entry instead of once it has run.
 *    Only what every start URL needs: a page's own chunk is asked for by the entry for its route.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The part of an output chunk this plugin reads. */
interface ChunkInfo {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
}

/** The boot chunk's file and every chunk it statically imports, directly or not. */
export function startChunkFiles(chunks: ChunkInfo[], bootModule: RegExp): string[] {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const boot = chunks.find((c) => c.facadeModuleId !== null && bootModule.test(c.facadeModuleId));
  if (!boot) return [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of byFile.get(file)?.imports ?? []) visit(next);
  };
  visit(boot.fileName);
  return [...seen];
}

/** `<link rel="stylesheet" …>` → `<link rel="preload" as="style" …>`, marked for app/startStyles.ts. */
export function preloadStylesheets(html: string): string {
  return html.replace(
    /<link rel="stylesheet"([^>]*)>/g,
    '<link rel="preload" as="style" data-start-style$1>',
  );
}

export function startHtmlPlugin(bootModule = /[\\/]renderer[\\/]src[\\/]app[\\/]boot\.tsx$/): Plugin {
  return {
    name: 'matrixdesk-start-html',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter(
          (c): c is ChunkInfo & typeof c => c.type === 'chunk',
        );
        const tags: HtmlTagDescriptor[] = startChunkFiles(chunks, bootModule)
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
