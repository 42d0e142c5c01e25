import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
}

export interface PackAnswerInput {
  /** Item title as shown in the pack (its heading). */
  title: string;
  decision: 'approve' | 'request_changes';
  comment?: string;
}

/**
 * Opens a review pack from disk in Chromium, answers it through its own form and returns the downloaded
 * `.mdreview` file and anything the page logged as a CSP violation or script error.
 */
export async function answerPackInBrowser(
  browser: Browser,
  packBase64: string,
  answers: readonly PackAnswerInput[],
  reviewer: string,
): Promise<{ fileName: string; content: string; pageErrors: string[]; requests: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'matrixdesk-pack-'));
  try {
    const packPath = join(dir, 'pack.html');
    writeFileSync(packPath, Buffer.from(packBase64, 'base64'));
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('blob:')) requests.push(r.url());
    });
    await page.goto(pathToFileURL(packPath).href);
    for (const answer of answers) {
      const article = page
        .locator('article.item')
        .filter({ has: page.getByRole('heading', { name: answer.title }) });
      await article.locator(`input[value="${answer.decision}"]`).check();
      if (answer.comment) await article.locator('textarea').fill(answer.comment);
    }
    await page.locator('#reviewer').fill(reviewer);
    const downloading = page.waitForEvent('download');
    await page.locator('#download').click();
    const download = await downloading;
    const savedPath = join(dir, 'answers.mdreview');
    await download.saveAs(savedPath);
    const content = readFileSync(savedPath, 'utf8');
    await context.close();
    return { fileName: download.suggestedFilename(), content, pageErrors, requests };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
