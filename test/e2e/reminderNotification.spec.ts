import { expect, test } from './fixtures';

/**
 * Issue 11 §3: on start, deliverables overdue or due within 24 h reach the desktop as a notification
 * (besides the bell). The browser's Notification API is replaced by a recorder granted permission: the
 * test sees what the app asks the system to show.
 */
test('opening the sample asks the desktop to notify its overdue creator deliverable', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    const shown: { title: string; body: string }[] = [];
    class RecordedNotification {
      static permission = 'granted';
      static requestPermission = () => Promise.resolve('granted');
      constructor(title: string, options?: { body?: string }) {
        shown.push({ title, body: options?.body ?? '' });
      }
    }
    Object.defineProperty(window, 'Notification', { value: RecordedNotification, configurable: true });
    Object.defineProperty(window, 'shownNotifications', { value: shown });
  });
  const shown = () =>
    page.evaluate(
      () =>
        (window as unknown as { shownNotifications: { title: string; body: string }[] }).shownNotifications,
    );

  await page.goto(host.url);
  await page.getByRole('button', { name: '打开示例工作台' }).click();
  await expect(page.getByTestId('reminder-bell')).toHaveAccessibleName(/提醒 \([1-9]\d*\)/, {
    timeout: 60_000,
  });
  await expect.poll(shown).toHaveLength(1);
  const [notification] = await shown();
  expect(notification!.title).toBe('MatrixDesk 提醒');
  expect(notification!.body).toContain('达人交付已逾期');
});
