import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Picks an option of an antd Select and makes sure it took. On a loaded machine the click can land while
 * the dropdown is still animating in and the choice is silently lost, so the pick is retried until
 * `shows` (by default the form item around the field) displays the option. Pass `shows: null` for
 * multi-selects, where a second click would undo the first.
 */
export async function chooseOption(
  page: Page,
  field: Locator,
  option: string | RegExp,
  shows: Locator | null = field.locator(
    'xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-form-item-control ")][1]',
  ),
): Promise<void> {
  const openItems = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  const pick = async () => {
    if ((await openItems.count()) === 0) await field.click();
    await openItems.filter({ hasText: option }).first().click({ timeout: 3000 });
  };
  if (!shows) {
    await pick();
    return;
  }
  await expect(async () => {
    await pick();
    await expect(shows).toContainText(option, { timeout: 2000 });
  }).toPass({ timeout: 20_000 });
}
