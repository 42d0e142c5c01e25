import type { Locator } from '@playwright/test';

/** Drops a CSV written in the test (UTF-8) onto the file input of an import dialog. */
export async function uploadCsv(dialog: Locator, name: string, text: string): Promise<void> {
  await dialog.locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text, 'utf8'),
  });
}
