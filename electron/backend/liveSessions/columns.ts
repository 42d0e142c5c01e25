import {
  emptySessionValues,
  sessionMoneyFields,
  sessionValueFields,
  type SessionValueField,
  type SessionValues,
} from '../../../shared/live/fields';

/** Field → column. An allowlist: the only identifiers ever put into SQL text by this domain. */
export const valueColumns: Readonly<Record<SessionValueField, string>> = {
  exposureUsers: 'exposure_users',
  exposureCount: 'exposure_count',
  viewers: 'viewers',
  views: 'views',
  peakOnline: 'peak_online',
  avgOnline: 'avg_online',
  avgWatchSeconds: 'avg_watch_seconds',
  comments: 'comments',
  newFollowers: 'new_followers',
  newFanClub: 'new_fan_club',
  productsListed: 'products_listed',
  productExposureUsers: 'product_exposure_users',
  productExposureCount: 'product_exposure_count',
  productClickUsers: 'product_click_users',
  productClickCount: 'product_click_count',
  gmv: 'gmv_fen',
  orders: 'orders',
  buyers: 'buyers',
  refund: 'refund_fen',
  adSpend: 'ad_spend_fen',
};

const moneyFields: ReadonlySet<SessionValueField> = new Set(sessionMoneyFields);

/** Values as bound parameters: money in integer fen (rounded half away from zero at the cent). */
export function valuesToParams(values: SessionValues): Record<string, number | null> {
  const params: Record<string, number | null> = {};
  for (const f of sessionValueFields) {
    const v = values[f];
    params[valueColumns[f]] = v === null ? null : moneyFields.has(f) ? Math.round(v * 100) : Math.round(v);
  }
  return params;
}

export function rowToValues(row: Record<string, unknown>): SessionValues {
  const values = emptySessionValues();
  for (const f of sessionValueFields) {
    const raw = row[valueColumns[f]];
    if (typeof raw === 'number') values[f] = moneyFields.has(f) ? raw / 100 : raw;
  }
  return values;
}

export const valueColumnList = sessionValueFields.map((f) => valueColumns[f]).join(', ');
export const valueParamList = sessionValueFields.map((f) => `@${valueColumns[f]}`).join(', ');
export const valueUpdateList = sessionValueFields
  .map((f) => `${valueColumns[f]} = @${valueColumns[f]}`)
  .join(', ');
