import { expect, test } from './fixtures';
import { api } from './api';

/**
 * Issue 11 §6: a live session's expected views come from the creator's live history. The sample's
 * 防晒乳 offer has a live session with a creator who has none on record: the detail says the video median
 * stands in; once the creator's sessions are imported, the live line counts their median viewers.
 */
test.describe.configure({ timeout: 180_000 });

interface Listed {
  items: { id: string; title?: string; handle?: string; terms?: { title: string } }[];
}

test('an offer’s live session is counted by the creator’s live viewers once their sessions are imported', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '打开示例工作台' }).click();
  await expect(page).toHaveURL(/#\/w\/[^/]+\//, { timeout: 60_000 });
  const workspaceId = /#\/w\/([^/]+)\//.exec(page.url())![1]!;
  const offers = await api<Listed>(host, 'offers.list', { workspaceId, limit: 100 });
  const offer = offers.items.find((o) => o.terms?.title === '防晒乳夏季种草 + 直播专场')!;
  const creators = await api<Listed>(host, 'creators.list', { workspaceId, limit: 100 });
  const creator = creators.items.find((c) => c.handle === 'xiaolu_skin')!;

  await page.goto(`${host.url}#/w/${workspaceId}/offers/${offer.id}`);
  const basis = page.getByTestId('expected-views-basis');
  await expect(basis.locator('[data-basis="video"]')).toContainText('视频 1 条 × 播放中位数');
  await expect(basis.locator('[data-basis="videoMedianFallback"]')).toContainText('暂无该达人的直播记录');

  const csv = [
    '直播开始时间,直播结束时间,直播间观看人数',
    '2025-08-01 20:00,2025-08-01 22:00,4000',
    '2025-08-03 20:00,2025-08-03 22:00,9000',
    '2025-08-05 20:00,2025-08-05 22:00,6000',
  ].join('\r\n');
  await api(host, 'liveSessions.importCommit', {
    workspaceId,
    fileName: 'xiaolu-live.csv',
    base64: Buffer.from(csv, 'utf8').toString('base64'),
    creatorId: creator.id,
  });
  await page.reload();
  await expect(basis.locator('[data-basis="liveHistory"]')).toContainText(
    '直播 1 场 × 近 3 场观看人数中位数 6,000 = 6,000',
  );
  await expect(basis.locator('[data-basis="videoMedianFallback"]')).toHaveCount(0);
});
