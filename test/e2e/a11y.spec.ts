import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { UiLanguage } from '../../shared/format/number';
import { apiCall } from './api';
import { expect as baseExpect, test } from './fixtures';

// Thirty full-page scans run while other suites load the machine: waits are generous, nothing is timed.
const expect = baseExpect.configure({ timeout: 60_000 });

/**
 * Accessibility (issue 11 §7): axe-core with the WCAG 2 A and AA rules on every page of the sample workspace
 * (every route in renderer/src/app/routes.tsx) and the main dialogs and drawers, in both UI languages, at a
 * desktop viewport (playwright.config.ts: 1440×900). Any serious or critical violation fails the test; all
 * of them are collected first and printed together, one line per rule and page with the offending nodes.
 */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Sidebar routes under /w/:workspaceId/, as in renderer/src/app/routes.tsx (detail routes are visited below). */
const workspacePages = [
  'matrix',
  'calendar',
  'products',
  'audience',
  'match',
  'performance',
  'creators',
  'offers',
  'deliverables',
  'advisor',
  'live',
  'approvals',
  'portfolio',
  'report',
  'data',
] as const;

/** The labels the journey clicks, in each language (from the features' i18n files). */
const labels: Record<UiLanguage, Record<string, string>> = {
  'zh-CN': {
    createWorkspace: '创建工作台',
    openSample: '打开示例工作台',
    addSales: '添加销售号',
    newItem: '新建内容',
    import: '导入',
    addCreator: '添加达人',
    newOffer: '新建邀约',
  },
  en: {
    createWorkspace: 'Create a workspace',
    openSample: 'Open the sample workspace',
    addSales: 'Add sales account',
    newItem: 'New item',
    import: 'Import',
    addCreator: 'Add creator',
    newOffer: 'New offer',
  },
};

/** Dialog scans cover the dialog only: the page behind it was scanned on its own. */
const inDialog = '[role="dialog"]';

interface Finding {
  where: string;
  line: string;
}

async function scan(page: Page, where: string, findings: Finding[], include?: string): Promise<void> {
  // Let the page settle: no spinner left (lazy chunks and first queries), fonts drawn.
  await page
    .locator('.ant-spin-spinning')
    .first()
    .waitFor({ state: 'detached', timeout: 30_000 })
    .catch(() => undefined);
  let builder = new AxeBuilder({ page }).withTags(wcagTags);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  for (const v of result.violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    const nodes = v.nodes
      .slice(0, 4)
      .map(
        (n) => `      ${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 220)}`,
      )
      .join('\n');
    const line = `[${v.impact}] ${v.id} (${v.nodes.length} node(s)) on ${where}: ${v.help}\n${nodes}`;
    console.log(line);
    findings.push({ where, line });
  }
}

async function openDialog(page: Page, opener: Locator): Promise<Locator> {
  await opener.click({ timeout: 60_000 });
  const dialog = page.getByRole('dialog').last();
  await expect(dialog).toBeVisible();
  return dialog;
}

/**
 * A button by its whole visible label: antd puts the icon's name ("plus") before it and spaces out
 * two-character Chinese labels ("导 入").
 */
const button = (page: Page, label: string | undefined) =>
  page.getByRole('button', {
    name: new RegExp(`(^|\\s)${[...(label ?? '')].map((c) => (c === ' ' ? '\\s+' : c)).join('\\s*')}$`),
  });

/** Closes a drawer or modal by its × button (antd names it 关闭 / Close), as a keyboard user would reach it. */
async function closeDialog(dialog: Locator): Promise<void> {
  await dialog
    .getByRole('button', { name: /^(关闭|Close)$/ })
    .first()
    .click();
  await expect(dialog).toBeHidden();
}

for (const language of ['zh-CN', 'en'] as const) {
  test(`every page and main dialog of the sample passes axe (WCAG 2 A/AA) in ${language}`, async ({
    page,
    host,
    request,
  }) => {
    test.setTimeout(900_000); // some 30 scans of full pages on a possibly loaded machine
    const l = labels[language];
    const findings: Finding[] = [];
    await apiCall(request, host, 'settings.update', { language });

    // Home, and the workspace form on it.
    await page.goto(host.url);
    await expect(page.getByRole('button', { name: l['openSample'] })).toBeVisible();
    await scan(page, 'home', findings);
    const wsForm = await openDialog(page, page.getByRole('button', { name: l['createWorkspace'] }));
    await scan(page, 'workspace form', findings, inDialog);
    await closeDialog(wsForm);

    await page.getByRole('button', { name: l['openSample'] }).click();
    await expect(page.getByTestId('account-card').first()).toBeVisible();
    const workspaceId = /#\/w\/([^/]+)\//.exec(page.url())?.[1] ?? '';
    expect(workspaceId).not.toBe('');
    const go = async (route: string) => {
      await page.goto(`${host.url}#${route}`);
      await expect(page.locator('main, .ant-layout-content').first()).toBeVisible();
    };

    for (const name of workspacePages) {
      await go(`/w/${workspaceId}/${name}`);
      await scan(page, name, findings);
    }

    // Detail pages: the first offer and the first live session of the sample.
    const offers = await apiCall(request, host, 'offers.list', { workspaceId, limit: 1 });
    if (offers.items[0]) {
      await go(`/w/${workspaceId}/offers/${offers.items[0].id}`);
      await scan(page, 'offer detail', findings);
    }
    const sessions = await apiCall(request, host, 'liveSessions.list', { workspaceId, limit: 1 });
    if (sessions.items[0]) {
      await go(`/w/${workspaceId}/live/${sessions.items[0].id}`);
      await scan(page, 'live session', findings);
    }

    // Dialogs and drawers.
    await go(`/w/${workspaceId}/matrix`);
    await expect(page.getByTestId('account-card').first()).toBeVisible();
    let dialog = await openDialog(
      page,
      page.getByTestId('column-sales').getByRole('button', { name: l['addSales'] }),
    );
    await scan(page, 'account form', findings, inDialog);
    await closeDialog(dialog);

    await go(`/w/${workspaceId}/calendar`);
    await expect(page.getByTestId('calendar-item').first()).toBeVisible();
    dialog = await openDialog(page, button(page, l['newItem']));
    await scan(page, 'content drawer (new)', findings, inDialog);
    await closeDialog(dialog);
    dialog = await openDialog(page, page.getByTestId('calendar-item').first());
    await scan(page, 'content drawer (existing item)', findings, inDialog);
    await closeDialog(dialog);
    dialog = await openDialog(page, button(page, l['import']));
    await scan(page, 'content import modal', findings, inDialog);
    await closeDialog(dialog);

    await go(`/w/${workspaceId}/creators`);
    dialog = await openDialog(page, button(page, l['addCreator']));
    await scan(page, 'creator form', findings, inDialog);
    await closeDialog(dialog);

    await go(`/w/${workspaceId}/offers`);
    dialog = await openDialog(page, button(page, l['newOffer']));
    await scan(page, 'offer form', findings, inDialog);
    await closeDialog(dialog);

    // Creator mode: the inbox and the profile.
    await go('/creator');
    await scan(page, 'creator inbox', findings);
    await go('/creator/profile');
    await scan(page, 'creator profile', findings);

    const report = findings.map((f) => f.line).join('\n');
    if (findings.length) console.log(`axe findings (${language}):\n${report}`);
    expect(findings.length, `serious or critical axe violations (${language}):\n${report}`).toBe(0);
  });
}
