import type { GuardrailAccount } from '../../shared/content/guardrails';

/** The guardrail unit tests' accounts: a brand-building account, a store with post and live-hour targets, one without. */
export const brand: GuardrailAccount = {
  id: 'b',
  role: 'brand',
  displayName: '品牌号',
  targets: { postsPerWeek: 3 },
};
export const sales: GuardrailAccount = {
  id: 's',
  role: 'sales',
  displayName: '旗舰店',
  targets: { postsPerWeek: 2, liveHoursPerWeek: 4 },
};
export const sales2: GuardrailAccount = {
  id: 's2',
  role: 'sales',
  displayName: '福利社',
  targets: { postsPerWeek: null, liveHoursPerWeek: null },
};
