import type { ReadCallback } from 'i18next';
import { describe, expect, it } from 'vitest';
import { featureNamespaceBackend, shellNamespaces } from '../../renderer/src/i18n/namespaceLoading';
import { namespaces } from '../../renderer/src/i18n/resources';

/** Reads one namespace through the lazy backend, collecting what it stores beside the answer. */
function read(language: string, namespace: string) {
  const stored: string[] = [];
  const backend = featureNamespaceBackend((lng, ns) => stored.push(`${lng}|${ns}`));
  return new Promise<{ data: unknown; stored: string[] }>((resolve, reject) => {
    const callback: ReadCallback = (err, data) => (err ? reject(err) : resolve({ data, stored }));
    backend.read(language, namespace, callback);
  });
}

describe('feature namespaces load with their screens', () => {
  const lazy = Object.keys(namespaces).filter((ns) => !(shellNamespaces as readonly string[]).includes(ns));

  it('leaves the shell namespaces bundled and loads at least the feature pages lazily', () => {
    expect(lazy).toEqual(expect.arrayContaining(['matrix', 'content', 'performance', 'live', 'creators']));
  });

  it.each(lazy)(
    'reads %s from its own file, in both languages, the same texts as resources.ts',
    async (ns) => {
      const both = namespaces[ns as keyof typeof namespaces];
      for (const language of ['zh-CN', 'en'] as const) {
        const { data, stored } = await read(language, ns);
        expect(data).toEqual(both[language]);
        expect(stored).toEqual(expect.arrayContaining([`zh-CN|${ns}`, `en|${ns}`]));
      }
    },
  );

  it('stores the content drawer’s series and safety texts with content', async () => {
    const { stored } = await read('zh-CN', 'content');
    expect(stored).toEqual(expect.arrayContaining(['zh-CN|contentSeries', 'en|contentSafety']));
  });
});
