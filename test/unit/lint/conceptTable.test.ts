import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api/contract';

/**
 * docs/ARCHITECTURE.md's "Concepts across the layers" table is how a newcomer finds a concept's contract
 * slice, backend folder and renderer feature; it must name every slice and method prefix, and only folders
 * that exist, or it stops being the map (issue 12, names that match across layers).
 */
const root = join(__dirname, '..', '..', '..');
const doc = readFileSync(join(root, 'docs', 'ARCHITECTURE.md'), 'utf8');
const section = doc.slice(doc.indexOf('## Concepts across the layers'), doc.indexOf('## Schema changes'));
const rows = section
  .split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| concept') && !line.startsWith('| ---'))
  .map((line) => line.split(' | ').map((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)));
const column = (i: number) => rows.flatMap((cells) => cells[i] ?? []);

describe('the concept table in docs/ARCHITECTURE.md', () => {
  it('names every slice file the contract spreads', () => {
    const contractSource = readFileSync(join(root, 'shared', 'api', 'contract.ts'), 'utf8');
    const slices = [...contractSource.matchAll(/import \{ (\w+Contract) \} from '\.\/(\w+)'/g)].map(
      (m) => `${m[2]}.ts`,
    );
    expect(slices.length).toBeGreaterThan(20);
    expect(slices.filter((file) => !column(2).includes(file))).toEqual([]);
  });

  it('names every method prefix of the contract', () => {
    const listed = column(1);
    const unlisted = Object.keys(contract).filter(
      (method) => !listed.includes(`${method.split('.')[0]}.*`) && !listed.includes(method),
    );
    expect(unlisted).toEqual([]);
  });

  it('points only at backend folders and renderer features that exist', () => {
    const folders = (i: number) => column(i).filter((cell) => cell.endsWith('/'));
    const missing = [
      ...folders(3).filter((f) => !existsSync(join(root, 'electron', 'backend', f))),
      ...folders(4).filter((f) => f !== 'app/' && !existsSync(join(root, 'renderer', 'src', 'features', f))),
    ];
    expect(folders(3).length).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
});
