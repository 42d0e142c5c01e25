import type { Locator } from '@playwright/test';
import { expect } from './fixtures';

/**
 * The field errors shown in `scope` (a form's dialog or drawer) after an invalid submit: at least `atLeast` of
 * them, every one in Chinese and none matching `noneLike` (what leaked English or raw schema text would look
 * like in that form). Returns the texts so a test can check a particular message.
 */
export async function expectChineseErrors(scope: Locator, noneLike: RegExp, atLeast = 1): Promise<string[]> {
  const errors = scope.locator('.ant-form-item-explain-error');
  await expect(errors.first()).toBeVisible();
  const texts = (await errors.allTextContents()).map((t) => t.trim()).filter(Boolean);
  expect(texts.length).toBeGreaterThanOrEqual(atLeast);
  for (const text of texts) expect(text, `"${text}" should be Chinese`).toMatch(/[\u4e00-\u9fff]/);
  for (const text of texts) expect(text).not.toMatch(noneLike);
  return texts;
}
