import type { ContentFormat, ContentStatus } from '../../../../shared/content/model';

/*
 * The calendar's filter values and their API shape, apart from the filter bar (antd selects, the product
 * picker): the page's first query and the start-up prefetch need these without loading the bar's code,
 * which is built after the first items are drawn (issue 11 §8).
 */

export interface ContentFilterValues {
  accountIds: string[];
  roles: ('brand' | 'sales')[];
  statuses: ContentStatus[];
  formats: ContentFormat[];
  productIds: string[];
  search: string;
  /** 显示已归档: archived items too, drawn muted with a tag. */
  includeArchived: boolean;
}

export const emptyFilters: ContentFilterValues = {
  accountIds: [],
  roles: [],
  statuses: [],
  formats: [],
  productIds: [],
  search: '',
  includeArchived: false,
};

/** Only the filters that are set, in the shape content.list and the exports take. */
export function filterInput(f: ContentFilterValues) {
  return {
    ...(f.accountIds.length ? { accountIds: f.accountIds } : {}),
    ...(f.roles.length ? { roles: f.roles } : {}),
    ...(f.statuses.length ? { statuses: f.statuses } : {}),
    ...(f.formats.length ? { formats: f.formats } : {}),
    ...(f.productIds.length ? { productIds: f.productIds } : {}),
    ...(f.search.trim() ? { search: f.search.trim() } : {}),
    ...(f.includeArchived ? { includeArchived: true } : {}),
  };
}

/** The filter bar's control widths. */
export const filterWidths = {
  accounts: 200,
  roles: 150,
  statuses: 150,
  formats: 150,
  products: 180,
  search: 240,
  /** lib/MultiSelectFilter's minimum width (approval states, needs attention). */
  multiSelect: 160,
} as const;
