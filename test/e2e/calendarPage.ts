import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The month calendar's cell for `date` (YYYY-MM-DD): FullCalendar's classes are hashed, its data-date is not. */
export const dayCell = (page: Page, date: string) => page.locator(`[role="cell"][data-date="${date}"]`);

/**
 * Starts a new item on `date` as a user does, by clicking the empty lower corner of its month cell: the
 * 新建内容 drawer opens, planned at 20:00 that day (checked here). Returns the drawer.
 */
export async function newItemOnDay(page: Page, date: string): Promise<Locator> {
  const box = (await dayCell(page, date).boundingBox())!;
  await page.mouse.click(box.x + box.width - 8, box.y + box.height - 8);
  const drawer = page.getByRole('dialog').filter({ hasText: '新建内容' });
  // Generous: the drawer's first open loads its chunk on a machine that may be busy.
  await expect(drawer.getByLabel('计划时间')).toHaveValue(`${date} 20:00`, { timeout: 30_000 });
  return drawer;
}
