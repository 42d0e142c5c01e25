import type { Reminder } from '../../../../shared/reminders/model';

/**
 * Desktop notifications through the Web Notification API, which Electron's renderer and a browser both
 * implement. Permission is only asked when the user clicks "turn on"; without it (or without the API) the
 * bell alone shows reminders. Each reminder notifies once per app run.
 */
const notified = new Set<string>();

export function notificationsSupported(): boolean {
  return typeof window !== 'undefined' && 'Notification' in window;
}

export function notificationPermission(): NotificationPermission | 'unsupported' {
  return notificationsSupported() ? Notification.permission : 'unsupported';
}

export async function requestNotificationPermission(): Promise<NotificationPermission | 'unsupported'> {
  if (!notificationsSupported()) return 'unsupported';
  try {
    return await Notification.requestPermission();
  } catch (err) {
    // Some embedders refuse the prompt outright; the bell still works.
    console.info('Desktop notifications unavailable:', err);
    return 'denied';
  }
}

export function notifyNew(reminders: readonly Reminder[], title: string, describe: (r: Reminder) => string) {
  const fresh = reminders.filter((r) => !notified.has(r.key));
  fresh.forEach((r) => notified.add(r.key));
  if (fresh.length === 0 || notificationPermission() !== 'granted') return;
  try {
    // One notification for the batch: an hourly check must not flood the desktop.
    new Notification(title, {
      body: fresh.slice(0, 3).map(describe).join('\n'),
      tag: 'matrixdesk-reminders',
    });
  } catch (err) {
    console.info('Desktop notification failed:', err);
  }
}
