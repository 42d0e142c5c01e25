import { lazyDialog } from '../../lib/lazyDialog';

/*
 * Parts of the calendar page that the first items do not need, downloaded when first mounted rather than
 * with the page (issue 11 §8): the item drawer and the import dialog (their forms pull antd's DatePicker,
 * Upload, Table, the offer parts…) on first open, the board when it is the view, the filter bar once the first
 * items are painted (useAfterFirstPaint; FilterBarPlaceholder holds its place). The week-load table stays
 * with the page: it sits above the calendar, and arriving later it would move the items under the pointer.
 */
export const ContentItemDrawer = lazyDialog(() => import('./ContentItemDrawer'), 'ContentItemDrawer');
export const ImportModal = lazyDialog(() => import('./ImportModal'), 'ImportModal');
export const ContentBoard = lazyDialog(() => import('./ContentBoard'), 'ContentBoard');
export const CalendarFilterBar = lazyDialog(() => import('./CalendarFilterBar'), 'CalendarFilterBar');
