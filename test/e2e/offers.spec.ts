import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { startHost } from '../support/webHost';
import { chooseOption } from './antdSelect';
import { answered } from './answered';
import { expect, test } from './fixtures';

const fixture = (name: string) => join(__dirname, '../fixtures/creators', name);

/** Clicks something that downloads a file and keeps it in the test's output folder. */
async function downloadFrom(page: Page, click: () => Promise<void>, path: string): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  await download.saveAs(path);
  return download;
}

async function importOfferFile(page: Page, path: string) {
  await answered(page, 'offers.importFile', () => page.locator('input[type=file]').setInputFiles(path));
}

/**
 * Opens the sample workspace on its matrix. Seeding the sample and the matrix's first read are the slow
 * parts on a loaded machine: wait for their answers, then for the matrix's brand column.
 */
async function openSample(page: Page) {
  await answered(page, 'matrix.summary', () =>
    answered(page, 'workspaces.loadSample', () =>
      page.getByRole('button', { name: '打开示例工作台' }).click(),
    ),
  );
  await expect(page.getByTestId('column-brand')).toBeVisible();
}

/**
 * This installation's key fingerprint as the offer's key card shows it, once loaded: the card shows "…"
 * until the identity answers, and reading it before then compared the other side's pinned key with "…".
 */
async function ownFingerprint(page: Page): Promise<string> {
  const shown = page.getByTestId('offer-keys').getByTestId('own-fingerprint');
  await expect(shown).toHaveText(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
  return (await shown.textContent())!;
}

/** antd spaces out two-character Chinese button labels (接 受), so match them loosely. */
async function confirmDialog(page: Page, button: string) {
  const name = new RegExp(button.split('').join('\\s*'));
  const dialog = page.getByRole('dialog').filter({ has: page.getByRole('button', { name }) });
  await dialog.getByRole('button', { name }).click();
  await expect(dialog).toBeHidden();
}

test('a brand and a creator negotiate an offer through files between two installations', async ({
  page,
  host,
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  const creatorHost = await startHost();
  const creatorContext = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  const creator = await creatorContext.newPage();
  try {
    // ---- Brand: an offer to a creator from the sample roster ----
    await page.goto(host.url);
    await openSample(page);
    await page.getByRole('menuitem', { name: '达人库' }).click();
    const row = page.getByTestId('creator-row').filter({ hasText: '素颜小周' });
    // The creators page's chunk and texts load on first visit: slow on a loaded machine.
    await expect(row.getByTestId('tier')).toHaveText('素人 KOC', { timeout: 60_000 });
    await row.getByRole('button', { name: '发邀约' }).click();

    const drawer = page.getByRole('dialog').filter({ hasText: '新建邀约' });
    await drawer.getByLabel('邀约标题').fill('洁面学生党种草');
    await chooseOption(page, drawer.getByLabel('支持账号 1'), '山茶花研 CamelliaLab · 品牌号');
    await drawer.getByLabel('固定费用（¥）').fill('1000');
    // Expected CPM from the creator's median views (6,200): ¥1,000 ÷ 6.2 = ¥161.29.
    await expect(drawer.getByTestId('form-expected-cpm')).toHaveText('¥161.29');
    await answered(page, 'offers.create', () => drawer.getByRole('button', { name: /保\s*存/ }).click());

    await expect(page.getByRole('heading', { name: '洁面学生党种草' })).toBeVisible();
    await expect(page.getByTestId('offer-detail').getByTestId('offer-state').first()).toHaveText('草稿');
    await answered(page, 'offers.send', () => page.getByRole('button', { name: '发送邀约' }).click());
    await expect(page.getByTestId('offer-detail').getByTestId('offer-state').first()).toHaveText('已发送');
    const brandFingerprint = await ownFingerprint(page);
    const offerFile = testInfo.outputPath('offer.mdoffer');
    const sent = await downloadFrom(
      page,
      () => page.getByRole('button', { name: '导出邀约文件' }).click(),
      offerFile,
    );
    expect(sent.suggestedFilename()).toBe('offer-suyan_zhou-r1-sent.mdoffer');

    // ---- Creator: a separate installation imports it into the inbox and counters ----
    await creator.goto(creatorHost.url);
    // Creator mode's inbox loads its chunk, then asks for its offers: wait for that answer.
    await answered(creator, 'offers.list', () => creator.getByText('达人', { exact: true }).click());
    await expect(creator.getByRole('heading', { name: '邀约收件箱' })).toBeVisible();
    await importOfferFile(creator, offerFile);
    await expect(creator.getByRole('heading', { name: '洁面学生党种草' })).toBeVisible();
    const inboxState = creator.getByTestId('offer-detail').getByTestId('offer-state').first();
    await expect(inboxState).toHaveText('已发送');
    // The creator sees the brand name the workspace shows creators, not its internal "(示例)" name.
    await expect(creator.getByTestId('offer-detail')).toContainText('品牌方: 山茶花研 CamelliaLab');
    await expect(creator.getByTestId('offer-detail')).not.toContainText('（示例）');
    await expect(creator.getByTestId('terms-fee')).toHaveText('¥1,000.00');
    await expect(creator.getByTestId('counterpart-fingerprint')).toHaveText(brandFingerprint);

    await creator.getByRole('button', { name: '还价' }).click();
    const counter = creator.getByRole('dialog').filter({ hasText: '修改你想调整的条款' });
    await counter.getByLabel('固定费用（¥）').fill('1200');
    await counter.getByLabel('留言').fill('学生党内容需要多拍一条素材，费用 1200');
    await answered(creator, 'offers.counter', () => counter.getByRole('button', { name: /还\s*价/ }).click());
    await expect(counter).toBeHidden();
    await expect(inboxState).toHaveText('达人还价');
    const creatorFingerprint = await ownFingerprint(creator);
    const answerFile = testInfo.outputPath('answer.mdoffer');
    await downloadFrom(
      creator,
      () => creator.getByRole('button', { name: '导出邀约文件' }).click(),
      answerFile,
    );

    // ---- Brand: imports the counter, sees what changed, accepts ----
    await page.getByRole('menuitem', { name: '合作邀约' }).click();
    await expect(page.getByRole('heading', { name: '合作邀约' })).toBeVisible();
    await importOfferFile(page, answerFile);
    const brandState = page.getByTestId('offer-detail').getByTestId('offer-state').first();
    // First contact: the counter is held, nothing applied, until the codes read on the phone match.
    const brandCheck = page.getByTestId('offer-verification');
    await expect(brandCheck).toHaveAttribute('data-status', 'pending');
    await expect(brandState).toHaveText('已发送');
    await expect(page.getByTestId('verification-pending')).toContainText('¥1,200.00');
    const creatorCheck = creator.getByTestId('offer-verification');
    await expect(creatorCheck).toHaveAttribute('data-status', 'unverified');
    const brandCode = (await brandCheck.getByTestId('verification-code').textContent()) ?? '';
    const creatorCode = (await creatorCheck.getByTestId('verification-code').textContent()) ?? '';
    expect(brandCode).toMatch(/^\d{4} \d{4} \d{4}$/);
    expect(creatorCode).toBe(brandCode);
    await brandCheck.getByLabel('对方读出的验证码').fill(creatorCode);
    await brandCheck.getByRole('button', { name: '确认一致' }).click();
    await expect(brandCheck).toHaveAttribute('data-status', 'verified');
    await expect(brandState).toHaveText('达人还价');
    await expect(page.getByTestId('offer-timeline')).toContainText('固定费用（¥）：¥1,000.00 → ¥1,200.00');
    await expect(page.getByTestId('offer-message')).toContainText('学生党内容需要多拍一条素材');
    await expect(page.getByTestId('counterpart-fingerprint')).toHaveText(creatorFingerprint);
    await page.getByRole('button', { name: '接受' }).click();
    await confirmDialog(page, '接受');
    await expect(brandState).toHaveText('已接受');
    const deliverable = page.getByTestId('deliverable');
    await expect(deliverable).toHaveCount(1);
    await expect(deliverable).toHaveAttribute('data-overdue', 'false');

    // The accepted deliverable is planned on the brand account's calendar, linked to the creator.
    await answered(page, 'content.calendarItems', () => deliverable.getByTestId('on-calendar').click());
    await expect(page.getByTestId('calendar-item').filter({ hasText: '达人合作 · 素颜小周' })).toBeVisible();
    await page.goBack();

    const acceptedFile = testInfo.outputPath('accepted.mdoffer');
    await downloadFrom(page, () => page.getByRole('button', { name: '导出邀约文件' }).click(), acceptedFile);

    // ---- Creator: the acceptance arrives; a tampered copy and a replay are refused ----
    const tampered = JSON.parse(readFileSync(acceptedFile, 'utf8')) as { terms: { feeFen: number } };
    tampered.terms.feeFen = 99_999_900;
    const tamperedFile = testInfo.outputPath('tampered.mdoffer');
    writeFileSync(tamperedFile, JSON.stringify(tampered));
    await importOfferFile(creator, tamperedFile);
    await expect(creator.getByTestId('import-refusal')).toHaveAttribute('data-reason', 'bad_signature');
    await expect(creator.getByTestId('import-refusal')).toContainText('签名校验失败');
    await creator.getByRole('button', { name: /知道了|确\s*定|OK/ }).click();
    await expect(inboxState).toHaveText('达人还价');

    // The brand's acceptance binds terms: the creator confirms the code the brand read out first.
    await creatorCheck.getByLabel('对方读出的验证码').fill(brandCode);
    await creatorCheck.getByRole('button', { name: '确认一致' }).click();
    await expect(creatorCheck).toHaveAttribute('data-status', 'verified');
    await importOfferFile(creator, acceptedFile);
    await expect(inboxState).toHaveText('已接受');
    await expect(creator.getByTestId('deliverable')).toHaveCount(1);
    await importOfferFile(creator, acceptedFile);
    await expect(creator.getByTestId('import-refusal')).toHaveAttribute('data-reason', 'duplicate');
    await creator.getByRole('button', { name: /知道了|确\s*定|OK/ }).click();

    // ---- Creator: 已提交 with its published link travels back to the brand (format 3) ----
    const creatorDeliverable = creator.getByTestId('deliverable');
    await creatorDeliverable.getByLabel('状态').click();
    await creator
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: '已提交' })
      .click();
    const linkDialog = creator.getByRole('dialog').filter({ hasText: '标记为「已提交」' });
    await linkDialog.getByLabel('发布链接（可选）').fill('javascript:alert(1)');
    await linkDialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(linkDialog).toContainText('请输入以 http:// 或 https:// 开头的网址');
    await expect(creatorDeliverable).toContainText('待交付');
    await linkDialog.getByLabel('发布链接（可选）').fill('https://v.douyin.com/iRkQ8aB/');
    await linkDialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(linkDialog).toBeHidden();
    await expect(creatorDeliverable).toContainText('已提交');
    await expect(creatorDeliverable.getByTestId('deliverable-link')).toContainText('v.douyin.com/iRkQ8aB/');
    const statusFile = testInfo.outputPath('status.mdoffer');
    const statusDownload = await downloadFrom(
      creator,
      () => creator.getByRole('button', { name: '导出邀约文件' }).click(),
      statusFile,
    );
    expect(statusDownload.suggestedFilename()).toBe('offer-suyan_zhou-r3-deliverables.mdoffer');
    expect(JSON.parse(readFileSync(statusFile, 'utf8'))).toMatchObject({
      formatVersion: 3,
      deliverables: [{ status: 'submitted', publishedUrl: 'https://v.douyin.com/iRkQ8aB/' }],
    });
    await importOfferFile(page, statusFile);
    const report = page.getByTestId('deliverable-report');
    await expect(report.getByTestId('deliverable-report-line')).toHaveAttribute('data-outcome', 'applied');
    await expect(report).toContainText('已更新：待交付 → 已提交');
    await expect(report.getByTestId('deliverable-report-link')).toContainText(
      'https://v.douyin.com/iRkQ8aB/',
    );
    await page.getByRole('button', { name: /知道了|确\s*定|OK/ }).click();
    await expect(deliverable).toContainText('已提交');
    // The brand opens the creator's link in the system browser (a new window the desktop app hands over).
    const brandLink = deliverable.getByTestId('deliverable-link');
    await expect(brandLink).toHaveAttribute('href', 'https://v.douyin.com/iRkQ8aB/');
    await expect(brandLink).toHaveAttribute('target', '_blank');
    await expect(brandLink).toHaveAttribute('rel', 'noopener noreferrer');

    // ---- Brand: 已审核 travels to the creator in the brand's status file (format 3) ----
    await chooseOption(page, deliverable.getByLabel('状态'), '已审核', deliverable);
    const verdictFile = testInfo.outputPath('verdict.mdoffer');
    const verdictDownload = await downloadFrom(
      page,
      () => page.getByRole('button', { name: '导出邀约文件' }).click(),
      verdictFile,
    );
    // The brand's latest revision is its own acceptance: the file restates it, now with its tracker.
    expect(verdictDownload.suggestedFilename()).toBe('offer-suyan_zhou-r3-accepted.mdoffer');
    expect(JSON.parse(readFileSync(verdictFile, 'utf8'))).toMatchObject({
      formatVersion: 3,
      senderRole: 'brand',
      deliverables: [{ status: 'approved' }],
    });
    await importOfferFile(creator, verdictFile);
    const verdict = creator.getByTestId('deliverable-report');
    await expect(verdict.getByTestId('deliverable-report-line')).toHaveAttribute('data-outcome', 'applied');
    await expect(verdict).toContainText('已更新：已提交 → 已审核');
    await creator.getByRole('button', { name: /知道了|确\s*定|OK/ }).click();
    await expect(creatorDeliverable).toContainText('已审核');
    await expect(creatorDeliverable.getByTestId('deliverable-link')).toBeVisible();

    // ---- Brand: sends 已审核 back to 已提交 with a reason; the creator sees 退回修改 (format 4) ----
    const reason = '口播里少了产品名，请补拍后再提交';
    // Picking the earlier status asks first: the dialog names it, the tracker keeps 已审核 until confirmed.
    const sendBackDialog = page.getByRole('dialog').filter({ hasText: '退回修改：改为「已提交」' });
    await chooseOption(page, deliverable.getByLabel('状态'), '已提交', sendBackDialog);
    await sendBackDialog.getByLabel('退回原因（可选）').fill(reason);
    await sendBackDialog.getByRole('button', { name: '退回修改' }).click();
    await expect(sendBackDialog).toBeHidden();
    await expect(deliverable.getByTestId('sent-back-reason')).toHaveText(reason);
    const sendBackFile = testInfo.outputPath('send-back.mdoffer');
    await downloadFrom(page, () => page.getByRole('button', { name: '导出邀约文件' }).click(), sendBackFile);
    expect(JSON.parse(readFileSync(sendBackFile, 'utf8'))).toMatchObject({
      formatVersion: 4,
      deliverables: [{ status: 'submitted', sentBack: { reason } }],
    });
    await importOfferFile(creator, sendBackFile);
    const sentBack = creator.getByTestId('deliverable-report');
    await expect(sentBack.getByTestId('deliverable-report-line')).toHaveAttribute('data-outcome', 'sentBack');
    await expect(sentBack).toContainText('品牌方退回修改：已审核 → 已提交');
    await expect(sentBack.getByTestId('deliverable-report-reason')).toContainText(reason);
    await creator.getByRole('button', { name: /知道了|确\s*定|OK/ }).click();
    await expect(creatorDeliverable).toContainText('已提交');
    await expect(creatorDeliverable.getByTestId('sent-back')).toContainText('退回修改');
    await expect(creatorDeliverable.getByTestId('sent-back-reason')).toHaveText(reason);

    // ---- Brand: corrects the link itself; the calendar item shows it, openable, before it is published ----
    const fixedLink = 'https://www.douyin.com/video/7312345678901234567';
    await deliverable.getByTestId('edit-deliverable-link').click();
    const brandLinkDialog = page.getByRole('dialog').filter({ hasText: '标记为「已提交」' });
    await brandLinkDialog.getByLabel('发布链接（可选）').fill('ftp://v.douyin.com/x');
    await brandLinkDialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(brandLinkDialog).toContainText('请输入以 http:// 或 https:// 开头的网址');
    await expect(brandLink).toHaveAttribute('href', 'https://v.douyin.com/iRkQ8aB/');
    await brandLinkDialog.getByLabel('发布链接（可选）').fill(fixedLink);
    await brandLinkDialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(brandLinkDialog).toBeHidden();
    await expect(brandLink).toHaveAttribute('href', fixedLink);
    await answered(page, 'content.calendarItems', () => deliverable.getByTestId('on-calendar').click());
    await page.getByTestId('calendar-item').filter({ hasText: '达人合作 · 素颜小周' }).click();
    const onItem = page.getByRole('dialog').getByTestId('item-deliverable');
    await expect(onItem).toContainText('已提交');
    await expect(onItem.getByTestId('sent-back-reason')).toHaveText(reason);
    await expect(onItem.getByTestId('deliverable-link')).toHaveAttribute('href', fixedLink);
    await expect(onItem.getByTestId('deliverable-link')).toHaveAttribute('target', '_blank');
  } finally {
    await creatorContext.close();
    await creatorHost.dispose();
  }
});

test('creator directory: add with an audience profile, filter, and import a roster', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await openSample(page);
  await page.getByRole('menuitem', { name: '达人库' }).click();
  await expect(page.getByTestId('creator-row')).toHaveCount(9);

  await page.getByRole('button', { name: '添加达人' }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '添加达人' });
  await drawer.getByLabel('达人昵称').fill('露营阿杰');
  await drawer.getByLabel('账号 ID').fill('camping_jie');
  await drawer.getByLabel('粉丝数').fill('23000');
  await drawer.getByLabel('播放中位数').fill('10000');
  await drawer.getByLabel('互动率（%）').fill('5');
  await drawer.getByLabel('21-60秒视频').fill('1500');
  await drawer.getByLabel('默认佣金（%）').fill('120');
  await drawer.getByRole('switch', { name: '填写受众画像' }).click();
  const tag = drawer.getByLabel('兴趣标签 1');
  const tagSelect = tag.locator(
    'xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  await chooseOption(page, tag, /户外露营/, tagSelect, '露营');
  await drawer.getByLabel('占比（%） 1').fill('60');
  await expect(drawer.getByTestId('share-sum').first()).toHaveText('合计 60%');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  // The commission field is checked by the shared schema; then the audience shares.
  await expect(drawer.getByText('不能超过 100%')).toBeVisible();
  await drawer.getByLabel('默认佣金（%）').fill('20');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await expect(drawer.getByTestId('audience-problem')).toContainText('100%');
  await drawer.getByLabel('占比（%） 1').fill('100');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await expect(drawer).toBeHidden();

  const jie = page.getByTestId('creator-row').filter({ hasText: '露营阿杰' });
  await expect(jie.getByTestId('tier')).toHaveText('尾部达人');
  // CPM = 1,500 ÷ (10,000 ÷ 1,000) = 150; CPE = 1,500 ÷ (10,000 × 5%) = 3.
  await expect(jie.getByTestId('cpm')).toHaveText('¥150.00');
  await expect(jie.getByTestId('cpe')).toHaveText('¥3.00');

  await page.getByLabel('达人层级').click();
  await page.getByTitle('超头部（≥ 1000万）').click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('creator-row')).toHaveCount(1);
  await expect(page.getByTestId('creator-row')).toContainText('国民好物推荐官');
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.getByTestId('creator-row')).toHaveCount(10);

  await page.getByRole('button', { name: '导入名册' }).click();
  const modal = page.getByRole('dialog').filter({ hasText: '导入达人名册' });
  await modal.locator('input[type=file]').setInputFiles(fixture('roster-zh-gbk.csv'));
  await expect(modal.getByTestId('import-counts')).toHaveText('共 3 行：新增 3，更新 0，无变化 0，有错误 0');
  await modal.getByRole('button', { name: /导\s*入/ }).click();
  await expect(modal).toBeHidden();
  await expect(page.getByTestId('creator-row')).toHaveCount(13);
  await expect(
    page.getByTestId('creator-row').filter({ hasText: '阿杰数码控' }).getByTestId('tier'),
  ).toHaveText('超头部');
});
