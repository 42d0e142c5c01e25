import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

/** Lints one planted import as if it sat in `file` (a path inside the repository that need not exist). */
async function boundaryErrors(file: string, importLine: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${importLine}\nexport const planted = 1;\n`, {
    filePath: join(root, file),
  });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/imports').map((m) => m.message);
}

const violations: [zone: string, file: string, importLine: string][] = [
  ['shared', 'shared/domain/planted.ts', "import 'node:fs';"],
  ['shared', 'shared/domain/planted.ts', "import { readFileSync } from 'fs';"],
  ['shared', 'shared/domain/planted.ts', "import { join } from 'path';"],
  ['shared', 'shared/domain/planted.ts', "import Database from 'better-sqlite3';"],
  ['shared', 'shared/domain/planted.ts', "import ExcelJS from 'exceljs';"],
  ['shared', 'shared/domain/planted.ts', "import Papa from 'papaparse';"],
  ['shared', 'shared/domain/planted.ts', "import { app } from 'electron';"],
  ['shared', 'shared/domain/planted.ts', "import { call } from '../../renderer/src/lib/api';"],
  ['shared', 'shared/domain/planted.ts', "import { createRouter } from '../../electron/backend/router';"],
  ['shared', 'shared/domain/planted.ts', "export { createRouter } from '../../electron/backend/router';"],
  [
    'backend',
    'electron/backend/accounts/planted.ts',
    "import { call } from '../../../renderer/src/lib/api';",
  ],
  ['backend', 'electron/backend/accounts/planted.ts', "import '../../main/index';"],
  ['backend', 'electron/backend/accounts/planted.ts', "import { startWebHost } from '../../web/server';"],
  ['backend', 'electron/backend/accounts/planted.ts', "import { app } from 'electron';"],
  [
    'renderer',
    'renderer/src/lib/planted.ts',
    "import { createRouter } from '../../../electron/backend/router';",
  ],
  ['renderer', 'renderer/src/lib/planted.ts', "import { readFileSync } from 'node:fs';"],
  ['renderer', 'renderer/src/lib/planted.ts', "import { readFileSync } from 'fs';"],
  ['renderer', 'renderer/src/lib/planted.ts', "const m = await import('../../../electron/main/window');"],
];

describe('process boundaries are enforced by the linter', () => {
  it.each(violations)('%s: %s refuses `%s`', async (_zone, file, importLine) => {
    const errors = await boundaryErrors(file, importLine);
    expect(errors).toHaveLength(1);
  });

  const allowed: [string, string][] = [
    ['shared/domain/planted.ts', "import { z } from 'zod';"],
    ['shared/domain/planted.ts', "import { text } from './text';"],
    ['electron/backend/accounts/planted.ts', "import { readFileSync } from 'node:fs';"],
    ['electron/backend/accounts/planted.ts', "import { contract } from '../../../shared/api/contract';"],
    ['renderer/src/lib/planted.ts', "import { contract } from '../../../shared/api/contract';"],
  ];
  it.each(allowed)('%s may use `%s`', async (file, importLine) => {
    expect(await boundaryErrors(file, importLine)).toEqual([]);
  });
});
