import type { ConsoleMessage } from '@playwright/test';
import { expect, test } from './fixtures';
import { api } from './api';

/**
 * Issue 11 §6: a refused call (here a handle already taken) is an answer the form explains, not an error:
 * the browser's console stays free of red errors, while the refusal still reaches its field.
 */
test('a refused save shows its reason on the field and logs no console error', async ({ page, host }) => {
  test.setTimeout(120_000);
  const ws = await api(host, 'workspaces.create', { name: '校验测试', industry: 'beauty_personal_care' });
  await api(host, 'accounts.create', {
    workspaceId: ws.id,
    role: 'brand',
    handle: 'taken',
    displayName: '已有账号',
  });
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });

  await page.goto(`${host.url}#/w/${ws.id}/matrix`);
  await page.getByTestId('column-sales').getByRole('button', { name: '添加销售号' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('账号 ID').fill('TAKEN');
  await drawer.getByLabel('账号名称').fill('重复的');
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/accounts.create'));
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  // The refusal is still the API's answer ({ ok: false } with its code), put on the handle field.
  expect(await (await answered).json()).toMatchObject({ ok: false, error: { code: 'conflict' } });
  await expect(drawer.getByText('该平台下已有相同账号 ID')).toBeVisible();
  expect(errors).toEqual([]);
});
