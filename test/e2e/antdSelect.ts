import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Picks an option of an antd Select and checks it took. Playwright runs with reduced motion, which turns
 * antd's animations off (renderer/src/app/App.tsx), so the option is clickable as soon as it shows.
 * `shows` (by default the form item around the field) must then display the option. Pass `shows: null`
 * for multi-selects: there the option itself must end up marked selected.
 */
export async function chooseOption(
  page: Page,
  field: Locator,
  option: string | RegExp,
  shows: Locator | null = field.locator(
    'xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-form-item-control ")][1]',
  ),
  /** Text typed into a searchable select first (long lists render only the options in view). */
  search?: string,
): Promise<void> {
  const openItems = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  if (search !== undefined) await field.fill(search);
  else if ((await openItems.count()) === 0) await field.click();
  const item = openItems.filter({ hasText: option }).first();
  await item.click();
  if (!shows) {
    await expect(item).toHaveClass(/ant-select-item-option-selected/);
    return;
  }
  await expect(shows).toContainText(option);
}
