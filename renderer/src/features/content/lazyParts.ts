import { lazyDialog } from '../../lib/lazyDialog';

/*
 * Parts of the calendar page that the first items do not need, downloaded when first mounted rather than
 * with the page (issue 11 §8): the item drawer and the import dialog (their forms pull antd's DatePicker,
 * Upload, Table, the offer parts…) on first open, the board when it is the view. The filter bar and the
 * week-load table stay with the page: they sit above the calendar, and arriving after the items they moved
 * them under the pointer.
 */
export const ContentItemDrawer = lazyDialog(() => import('./ContentItemDrawer'), 'ContentItemDrawer');
export const ImportModal = lazyDialog(() => import('./ImportModal'), 'ImportModal');
export const ContentBoard = lazyDialog(() => import('./ContentBoard'), 'ContentBoard');
