// What the repository's own lint rules share: where the repository is, a file's repository-relative path,
// and one visitor per syntax that names a module (import, export … from, dynamic import()).
import { dirname, relative, resolve, sep } from 'node:path';

export const root = resolve(dirname(new URL(import.meta.url).pathname), '..', '..');

export const toRepoPath = (file) => relative(root, file).split(sep).join('/');

/** ESLint visitors that hand every literal module source to `check(context, node, source)`. */
export function importSourceVisitors(context, check) {
  const fromSource = (node) => {
    if (node.source && node.source.type === 'Literal') check(context, node, node.source.value);
  };
  return {
    ImportDeclaration: fromSource,
    ExportNamedDeclaration: fromSource,
    ExportAllDeclaration: fromSource,
    ImportExpression: fromSource,
  };
}
