import { describe, expect, it } from 'vitest';
import { preloadStylesheets, startChunkFiles } from '../../../scripts/build/startHtml';

const chunk = (fileName: string, imports: string[], facadeModuleId: string | null = null) => ({
  type: 'chunk' as const,
  fileName,
  imports,
  facadeModuleId,
});

describe('index.html for the first screen (scripts/build/startHtml.ts)', () => {
  it('module-preloads the boot chunk and everything it imports statically, and nothing else', () => {
    const chunks = [
      chunk('assets/index.js', ['assets/preload-helper.js']),
      chunk('assets/boot.js', ['assets/antd-core.js', 'assets/lib.js'], '/src/renderer/src/app/boot.tsx'),
      chunk('assets/lib.js', ['assets/antd-core.js', 'assets/i18n.js']),
      chunk('assets/antd-core.js', []),
      chunk('assets/i18n.js', []),
      chunk(
        'assets/ContentPage.js',
        ['assets/table.js'],
        '/src/renderer/src/features/content/ContentPage.tsx',
      ),
      chunk('assets/table.js', []),
    ];
    expect(startChunkFiles(chunks, /[\\/]app[\\/]boot\.tsx$/).sort()).toEqual([
      'assets/antd-core.js',
      'assets/boot.js',
      'assets/i18n.js',
      'assets/lib.js',
    ]);
  });

  it('preloads the stylesheets instead of linking them, so they no longer hold the entry module back', () => {
    const html =
      '<script type="module" crossorigin src="./assets/index.js"></script>\n' +
      '<link rel="stylesheet" crossorigin href="./assets/index.css">';
    expect(preloadStylesheets(html)).toBe(
      '<script type="module" crossorigin src="./assets/index.js"></script>\n' +
        '<link rel="preload" as="style" data-start-style crossorigin href="./assets/index.css">',
    );
    expect(preloadStylesheets(html)).not.toContain('rel="stylesheet"');
  });
});
