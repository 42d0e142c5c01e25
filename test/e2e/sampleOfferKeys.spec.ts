import { expect, test } from './fixtures';
import { apiCall } from './api';

test.describe.configure({ timeout: 180_000 }); // the sample loads slowly on a loaded machine

const texts = {
  'zh-CN': { replies: '示例数据：达人的回复为演示用，没有真实的文件和密钥', notExchanged: '尚未交换文件' },
  en: {
    replies: 'Sample data: the creator’s replies are made up, with no real file or key',
    notExchanged: 'No file',
  },
} as const;

/**
 * Issue 11 §6: the sample offer's replies are marked as coming from a file, so its key panel must not say no
 * file was exchanged; it says the creator is made up, in either language.
 */
for (const language of ['zh-CN', 'en'] as const) {
  test(`the sample's accepted offer says its replies are made up, not that no file was exchanged (${language})`, async ({
    page,
    host,
    request,
  }) => {
    await apiCall(request, host, 'settings.update', { language });
    const sample = await apiCall(request, host, 'workspaces.loadSample', { language });
    const offers = await apiCall(request, host, 'offers.list', { workspaceId: sample.id, limit: 20 });
    const accepted = offers.items.find((o) => o.state === 'accepted');
    expect(accepted).toBeDefined();
    await page.goto(`${host.url}#/w/${sample.id}/offers/${accepted!.id}`);
    // The detail page's code loads on first visit: slow on a loaded machine.
    await expect(page.getByTestId('offer-keys')).toBeVisible({ timeout: 60_000 });
    const fingerprint = page.getByTestId('offer-keys').getByTestId('counterpart-fingerprint');
    await expect(fingerprint).toHaveText(texts[language].replies);
    await expect(fingerprint).not.toContainText(texts[language].notExchanged);
  });
}
