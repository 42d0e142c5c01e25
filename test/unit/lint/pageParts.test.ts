import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 12's shared parts, held by a check instead of by memory: every page opens with the one title row
 * (`lib/PageHeader`, directly or through `lib/PageLayout`), and every form saves through `lib/submitForm`
 * (validate → save → issues onto fields → toast), so no form validates and sends on its own.
 */
const root = join(__dirname, '..', '..', '..');
const src = join(root, 'renderer', 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const sources = files(src).map((path) => ({ file: relative(root, path), text: readFileSync(path, 'utf8') }));

describe('shared page and form parts', () => {
  it('every feature page opens with PageHeader or PageLayout and hand-rolls no page title', () => {
    const pages = sources.filter((s) => /^renderer\/src\/features\/\w+\/\w+Page\.tsx$/.test(s.file));
    expect(pages.length).toBeGreaterThan(15);
    const without = pages
      .filter(
        (s) =>
          !/from '\.\.\/\.\.\/lib\/Page(Header|Layout)'/.test(s.text) ||
          /<Typography\.Title level=\{[1-3]\}/.test(s.text),
      )
      .map((s) => s.file);
    expect(without).toEqual([]);
  });

  it('only lib/submitForm.ts validates a form before saving it', () => {
    const validating = sources.filter((s) => /\.validateFields\(/.test(s.text)).map((s) => s.file);
    expect(validating).toEqual(['renderer/src/lib/submitForm.ts']);
  });
});
