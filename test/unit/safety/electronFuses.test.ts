import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Reads the `electronFuses:` block of electron-builder.yml (flat `key: value` lines under it). */
function fuses(): Record<string, string> {
  const yml = readFileSync(join(__dirname, '../../../electron-builder.yml'), 'utf8');
  const lines = yml.split('\n');
  const start = lines.findIndex((l) => /^electronFuses:\s*$/.test(l));
  expect(start, 'electron-builder.yml has an electronFuses block').toBeGreaterThanOrEqual(0);
  const result: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    const match = /^\s+([A-Za-z]+):\s*(\S+)\s*$/.exec(line);
    if (!match) break;
    result[match[1]!] = match[2]!;
  }
  return result;
}

describe('Electron fuses in electron-builder.yml', () => {
  it('switch off the Node back doors and switch on cookie encryption and asar integrity', () => {
    expect(fuses()).toEqual({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableCookieEncryption: 'true',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
    });
  });
});
