import { describe, expect, it } from 'vitest';
import { namespaces } from '../../renderer/src/i18n/resources';

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(obj: unknown, prefix = ''): Record<string, string[]> {
  if (typeof obj === 'string')
    return { [prefix]: [...obj.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort() };
  if (typeof obj !== 'object' || obj === null) return {};
  return Object.assign(
    {},
    ...Object.entries(obj).map(([k, v]) => placeholders(v, prefix ? `${prefix}.${k}` : k)),
  );
}

describe.each(Object.entries(namespaces))('i18n namespace %s', (_name, both) => {
  it('has the same keys in zh-CN and en', () => {
    expect(keys(both.en).sort()).toEqual(keys(both['zh-CN']).sort());
  });
  it('uses the same {{placeholders}} in both languages', () => {
    expect(placeholders(both.en)).toEqual(placeholders(both['zh-CN']));
  });
  it('has no empty strings', () => {
    for (const lang of [both.en, both['zh-CN']]) {
      expect(Object.entries(placeholders(lang)).length).toBeGreaterThan(0);
      expect(JSON.stringify(lang)).not.toContain('""');
    }
  });
});
