import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The Electron binary that `npm install` downloads; undefined where that download was impossible. */
export function electronBinaryPath(): string | undefined {
  const dir = join(resolve(__dirname, '../..'), 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}
