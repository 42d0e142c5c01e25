// One ESLint rule for the process boundaries of docs/ARCHITECTURE.md. `no-restricted-imports` matches the
// import text only, so `../../renderer/x` from shared/ or `../main/y` from the backend slipped through; this
// rule resolves relative imports to the folder they land in and checks bare ones against package lists.
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { importSourceVisitors, toRepoPath } from './importSources.mjs';
const builtins = new Set(builtinModules.filter((m) => !m.startsWith('_')));

/** The zone a file belongs to, by the first folders of its path inside the repository. */
function zoneOf(file) {
  const rel = toRepoPath(file);
  if (rel.startsWith('shared/')) return 'shared';
  if (rel.startsWith('electron/backend/')) return 'backend';
  if (rel.startsWith('renderer/')) return 'renderer';
  return undefined;
}

const nodeOnlyPackages = ['better-sqlite3', 'exceljs', 'papaparse', 'electron'];

/** What each zone may not import: folders (repository-relative) and bare package names. */
const forbidden = {
  shared: { folders: ['renderer/', 'electron/'], packages: nodeOnlyPackages, builtins: true },
  backend: {
    folders: ['renderer/', 'electron/main/', 'electron/web/', 'electron/preload/'],
    packages: ['electron'],
    builtins: false,
  },
  renderer: { folders: ['electron/'], packages: ['electron', 'better-sqlite3'], builtins: true },
};

function isBuiltin(source) {
  if (source.startsWith('node:')) return true;
  return builtins.has(source.split('/')[0]);
}

function check(context, node, source) {
  const zone = zoneOf(context.filename);
  if (!zone || typeof source !== 'string') return;
  const rules = forbidden[zone];
  if (source.startsWith('.')) {
    const target = toRepoPath(resolve(dirname(context.filename), source)) + '/';
    const folder = rules.folders.find((f) => target.startsWith(f));
    if (folder) context.report({ node, messageId: 'folder', data: { zone, folder } });
    return;
  }
  const pkg = source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : source.split('/')[0];
  if (rules.packages.includes(pkg)) context.report({ node, messageId: 'package', data: { zone, pkg } });
  else if (rules.builtins && isBuiltin(source))
    context.report({ node, messageId: 'builtin', data: { zone, pkg: source } });
}

export const boundariesPlugin = {
  rules: {
    imports: {
      meta: {
        type: 'problem',
        messages: {
          folder: '{{zone}} code may not import from {{folder}} (see docs/ARCHITECTURE.md).',
          package: '{{zone}} code may not import {{pkg}} (see docs/ARCHITECTURE.md).',
          builtin: '{{zone}} code may not import the Node builtin {{pkg}}.',
        },
        schema: [],
      },
      create(context) {
        return {
          ...importSourceVisitors(context, check),
          CallExpression(node) {
            if (node.callee.type === 'Identifier' && node.callee.name === 'require') {
              const arg = node.arguments[0];
              if (arg && arg.type === 'Literal') check(context, node, arg.value);
            }
          },
        };
      },
    },
  },
};
