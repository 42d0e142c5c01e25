import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The renderer's i18n keys are typed (renderer/src/i18n/i18next.d.ts): this compiles a small renderer
 * file against the real resources with the TypeScript API and checks that a misspelt key is a compile
 * error while the right one is not. (test/unit/renderer/i18nKeys.typecheck.ts holds more cases, checked
 * by `npm run typecheck`.)
 */
const root = resolve(__dirname, '../..');
const fixture = resolve(root, 'renderer/src/i18n/__typedKeysFixture.ts');

function diagnosticsFor(source: string): { line: number; text: string }[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => (resolve(name) === fixture ? source : readFile(name));
  host.fileExists = (name) => resolve(name) === fixture || fileExists(name);
  host.getSourceFile = (name, language, onError, create) =>
    resolve(name) === fixture
      ? ts.createSourceFile(name, source, language)
      : getSourceFile(name, language, onError, create);
  const program = ts.createProgram([resolve(root, 'renderer/src/i18n/i18next.d.ts'), fixture], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && resolve(d.file.fileName) === fixture)
    .map((d) => ({
      line: d.file!.getLineAndCharacterOfPosition(d.start ?? 0).line + 1,
      text: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
    }));
}

// One program for both calls (building the resource types is the slow part): line 2 right, line 3 misspelt.
const source = [
  `import i18n from 'i18next';`,
  `export const right: string = i18n.t('common:save');`,
  `export const wrong: string = i18n.t('common:svae');`,
].join('\n');

describe('typed i18n keys', () => {
  it('compiles a key that exists and refuses a misspelt one', { timeout: 300_000 }, () => {
    const found = diagnosticsFor(source);
    expect(found.map((d) => d.line)).toEqual([3]);
    expect(found[0]!.text).toContain('common:svae');
  });
});
