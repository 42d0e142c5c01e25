import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendFiles, readRepoFile } from './backendSql';

/**
 * A handler file is a thin table the router merges; a domain that needs another's check takes it from that
 * domain's guards.ts or repo.ts (offers once took requireCreator from creators/handlers.ts, which tied
 * the two tables together). Only the router may import a domain's handler files.
 */
const root = join(__dirname, '..', '..', '..');
const ROUTERS = new Set(['electron/backend/router.ts']);

/** `file imports target` pairs where a backend file reaches into another domain's handler file. */
function handlerImportOffenders(file: string, text: string): string[] {
  if (ROUTERS.has(file)) return [];
  const domainOf = (path: string) => path.split('/')[2];
  return [...text.matchAll(/from '(\.[^']*\/\w*[hH]andlers)'/g)]
    .map((m) => posix.normalize(posix.join(posix.dirname(file), m[1]!)))
    .filter((target) => target !== 'electron/backend/handlers' && domainOf(target) !== domainOf(file))
    .map((target) => `${file} imports ${target}`);
}

describe("no backend domain imports another domain's handlers", () => {
  it('flags a planted import of another domain’s handlers file, not the shared HandlerSlice type', () => {
    const planted = [
      "import type { HandlerSlice } from '../handlers';",
      "import { requireCreator } from '../creators/handlers';",
      "import { metricsImportHandlers } from './import/handlers';",
    ].join('\n');
    expect(handlerImportOffenders('electron/backend/offers/planted.ts', planted)).toEqual([
      'electron/backend/offers/planted.ts imports electron/backend/creators/handlers',
    ]);
  });

  it('holds for every file under electron/backend', () => {
    const files = backendFiles(root);
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((file) => handlerImportOffenders(file, readRepoFile(root, file)))).toEqual([]);
  });
});
