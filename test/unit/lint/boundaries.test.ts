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

/** Messages of the renderer layering rule (scripts/eslint/layers.mjs) for one planted import. */
async function layerErrors(file: string, importLine: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${importLine}\nexport const planted = 1;\n`, {
    filePath: join(root, file),
  });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layers/imports').map((m) => m.message);
}

describe('renderer layers are enforced by the linter', () => {
  const refused: [what: string, file: string, importLine: string][] = [
    ['lib → app', 'renderer/src/lib/planted.ts', "import { router } from '../app/routes';"],
    ['feature → app', 'renderer/src/features/offers/planted.tsx', "import { Shell } from '../../app/Shell';"],
    ['lib → feature', 'renderer/src/lib/planted.ts', "import { useAccounts } from '../features/accounts';"],
    [
      'feature → another feature’s inner file',
      'renderer/src/features/offers/planted.tsx',
      "import { CreatorPicker } from '../creators/CreatorPicker';",
    ],
    [
      're-export of another feature’s inner file',
      'renderer/src/features/offers/planted.tsx',
      "export { useCreators } from '../creators/queries';",
    ],
    [
      'side-effect import of an inner file',
      'renderer/src/features/portfolio/planted.tsx',
      "import '../charts/register';",
    ],
    [
      'lazy import of an inner file',
      'renderer/src/features/content/planted.tsx',
      "const m = await import('../live/LiveLinks');",
    ],
  ];
  it.each(refused)('refuses %s', async (_what, file, importLine) => {
    expect(await layerErrors(file, importLine)).toHaveLength(1);
  });

  const allowed: [string, string][] = [
    ['renderer/src/app/planted.tsx', "import { CreatorsPage } from '../features/creators/CreatorsPage';"],
    ['renderer/src/features/offers/planted.tsx', "import { CreatorPicker } from '../creators';"],
    ['renderer/src/features/offers/planted.tsx', "import { CreatorPicker } from '../creators/index';"],
    ['renderer/src/features/offers/planted.tsx', "import { useOffers } from './queries';"],
    [
      'renderer/src/features/offers/planted.tsx',
      "import { useWorkspaceId } from '../../lib/workspaceContext';",
    ],
  ];
  it.each(allowed)('%s may use `%s`', async (file, importLine) => {
    expect(await layerErrors(file, importLine)).toEqual([]);
  });
});
