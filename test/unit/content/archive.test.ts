import { describe, expect, it } from 'vitest';
import { archiveRefusal, contentArchiveInputSchema } from '../../../shared/content/archive';
import { errors } from '../../../renderer/src/i18n/errors';

const text = (lang: 'zh-CN' | 'en', code: string): unknown =>
  code
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], errors[lang]);

describe('archiving a content item', () => {
  it('archives only what is not archived and restores only what is', () => {
    const at = '2025-08-06T10:00:00.000Z';
    expect(archiveRefusal(null, 'archive')).toBeNull();
    expect(archiveRefusal(at, 'archive')).toBe('content.alreadyArchived');
    expect(archiveRefusal(at, 'restore')).toBeNull();
    expect(archiveRefusal(null, 'restore')).toBe('content.notArchived');
  });

  it('takes the revision the caller saw, a whole number from 0', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(contentArchiveInputSchema.safeParse({ id, revision: 0 }).success).toBe(true);
    expect(contentArchiveInputSchema.safeParse({ id }).success).toBe(false);
    expect(contentArchiveInputSchema.safeParse({ id, revision: 1.5 }).success).toBe(false);
  });

  it('words every refusal in both languages with the item’s title', () => {
    for (const code of ['content.alreadyArchived', 'content.notArchived', 'content.changedSince']) {
      expect(text('zh-CN', code)).toMatch(/\{\{title\}\}/);
      expect(text('en', code)).toMatch(/\{\{title\}\}/);
    }
  });
});
