import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Picks an option of an antd Select and makes sure it took. On a loaded machine the click can land while
 * the dropdown is still animating in and the choice is silently lost, so the pick is retried until
 * `shows` (by default the form item around the field) displays the option. Pass `shows: null` for
 * multi-selects: there the option itself must end up marked selected (a second click would undo it).
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
  const pick = async () => {
    if (search !== undefined) await field.fill(search);
    else if ((await openItems.count()) === 0) await field.click();
    await openItems.filter({ hasText: option }).first().click({ timeout: 3000 });
  };
  if (!shows) {
    // Multi-select: the dropdown stays open; click only while the option is not yet marked selected.
    await expect(async () => {
      if ((await openItems.count()) === 0) await field.click();
      const item = openItems.filter({ hasText: option }).first();
      const classes = (await item.getAttribute('class', { timeout: 3000 })) ?? '';
      if (!classes.includes('ant-select-item-option-selected')) await item.click({ timeout: 3000 });
      await expect(item).toHaveClass(/ant-select-item-option-selected/, { timeout: 2000 });
    }).toPass({ timeout: 20_000 });
    return;
  }
  await expect(async () => {
    await pick();
    await expect(shows).toContainText(option, { timeout: 2000 });
  }).toPass({ timeout: 20_000 });
}
