import type { MessageInstance } from 'antd/es/message/interface';
import { describeError } from './errors';
import type { AnyT } from './i18nKeys';

export interface ToastUi {
  t: AnyT;
  message: MessageInstance;
}

/**
 * The one way a user action (a click, a drop, a file picked) reports a failed call: run it, and when it
 * throws show the error as a toast in the UI language. Returns the action's value, or undefined when it
 * failed. Never throws, so a failed action cannot surface as an uncaught page error.
 *
 * `onError` runs first, e.g. to put a dragged item back or show the issues on their fields; when it
 * returns true it has shown the error itself and no toast follows.
 */
export async function runWithToast<R>(
  action: () => Promise<R>,
  ui: ToastUi,
  onError?: (err: unknown) => boolean | void,
): Promise<R | undefined> {
  try {
    return await action();
  } catch (err) {
    if (onError?.(err) !== true) void ui.message.error(describeError(err, ui.t));
    return undefined;
  }
}
