import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { api } from './api';
import { setupLimeWorkspace } from './limeWorkspace';

/** Issue 11 §6: an account or creator scoring 0 draws no bar, so its number must be written beside it. */

test('on the match page a score of 0 reads "0" beside its empty bar, as a high score reads its number', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const { workspaceId, brandId, storeId } = await setupLimeWorkspace(host, { planned: false });
  const product = await api(host, 'products.create', {
    workspaceId,
    name: '山茶花精华液',
    sku: 'CM-SERUM-30',
    price: 199,
    tags: ['护肤'],
  });
  const audience = (interests: Record<string, number>) => ({
    interests,
    gender: { female: 0.6, male: 0.4 },
    ages: { '18-23': 0.3, '24-30': 0.4, '31-40': 0.2, '41-50': 0.1, '50+': 0 },
    regions: [{ name: '广东', share: 0.2 }],
  });
  // The store's audience wants skincare (the product's tag); the brand account's wants drinks and snacks only.
  await api(host, 'audience.set', {
    ownerType: 'account',
    ownerId: storeId,
    profile: audience({ 'beauty.skincare': 0.6, 'beauty.makeup': 0.4 }),
  });
  await api(host, 'audience.set', {
    ownerType: 'account',
    ownerId: brandId,
    profile: audience({ 'food.beverages': 0.7, 'food.snacks': 0.3 }),
  });
  const ranked = await api<{ accounts: { ownerId: string; match: { score: number } | null }[] }>(
    host,
    'match.forProduct',
    { productId: product.id },
  );
  // The setting the test is about: one account scores 0 exactly, the other well above it.
  expect(ranked.accounts.find((a) => a.ownerId === brandId)?.match?.score).toBe(0);
  const storeScore = Math.round(ranked.accounts.find((a) => a.ownerId === storeId)?.match?.score ?? 0);
  expect(storeScore).toBeGreaterThan(0);

  await page.addInitScript(recordCanvasText);
  await page.goto(`${host.url}#/w/${workspaceId}/match?product=${product.id}`);
  const ranking = page.getByTestId('match-ranking');
  // The third cell is the score's (rank, name, score, why): read as a user sees it, not by test id.
  const scoreCell = (name: string) =>
    ranking.getByRole('row').filter({ hasText: name }).getByRole('cell').nth(2);
  await expect(scoreCell('青柠旗舰店')).toHaveText(/^[1-9]\d*$/, { timeout: 60_000 });
  const zero = scoreCell('青柠官方号');
  await expect(zero).toHaveText('0');
  await expect(zero.getByText('0', { exact: true })).toBeVisible();
  // The bar keeps its name for a screen reader, with the score in it.
  await expect(zero.getByRole('progressbar')).toHaveAccessibleName(/0/);

  // The ranking chart writes each score past its bar: "0" on the zero account's row, where no bar is drawn.
  const chart = page.getByTestId('account-ranking-chart-canvas').locator('canvas');
  await expect.poll(() => textBesideLabel(chart, '青柠官方号')).toContain('0');
  expect(await textBesideLabel(chart, '青柠旗舰店')).toContain(String(storeScore));
});

interface DrawnText {
  text: string;
  y: number;
}

/** Keeps every text a canvas draws (with the canvas y it lands on) on the canvas, so a test can read a chart's words. */
function recordCanvasText() {
  const fillText = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {
    const canvas = this.canvas as HTMLCanvasElement & { drawnTexts?: DrawnText[] };
    // Chart.js draws axis labels after moving the origin: keep where the text lands on the canvas.
    const at = this.getTransform().transformPoint(new DOMPoint(x, y));
    (canvas.drawnTexts ??= []).push({ text: String(text), y: at.y });
    fillText.call(this, text, x, y, maxWidth);
  };
}

/** The texts drawn on the same line as the axis label `label` (a horizontal bar's row), the label excepted. */
function textBesideLabel(canvas: Locator, label: string): Promise<string[]> {
  return canvas.evaluate((node, name) => {
    const drawn = (node as HTMLCanvasElement & { drawnTexts?: DrawnText[] }).drawnTexts ?? [];
    const row = drawn.findLast((d) => d.text === name);
    if (!row) return [];
    return drawn.filter((d) => d.text !== name && Math.abs(d.y - row.y) < 2).map((d) => d.text);
  }, label);
}
