import { candidateNames, type CandidateName } from '../../../../shared/forecast/methods/types';

type Lang = 'zh-CN' | 'en';

/** Every model the forecaster can pick, named for planners in both UI languages. */
const candidateLabels: Record<CandidateName, Record<Lang, string>> = {
  naive: { 'zh-CN': '沿用上期', en: 'Last value' },
  ses: { 'zh-CN': '指数平滑', en: 'Exponential smoothing' },
  damped: { 'zh-CN': '阻尼趋势', en: 'Damped trend' },
  recentMedian: { 'zh-CN': '近期中位数', en: 'Recent median' },
  seasonalNaive: { 'zh-CN': '季节性沿用', en: 'Seasonal last value' },
  seasonalSes: { 'zh-CN': '季节性指数平滑', en: 'Seasonal exponential smoothing' },
};

const words: Record<
  Lang,
  { none: string; combo: (parts: string[]) => string; gmv: (base: string) => string }
> = {
  'zh-CN': {
    none: '无（历史不足）',
    combo: (parts) => `${parts.join(' + ')}组合`,
    gmv: (base) => `播放量 × GPM（${base}）`,
  },
  en: {
    none: 'None (too little history)',
    combo: (parts) => `Combination of ${parts.join(' + ')}`,
    gmv: (base) => `Views × GPM (${base})`,
  },
};

const isCandidate = (name: string): name is CandidateName =>
  (candidateNames as readonly string[]).includes(name);

/**
 * The name of a forecast run's method as stored (`seasonalSes`, `combo:seasonalSes+ses+recentMedian`,
 * `views×GPM(combo:…)`, `none`; see shared/forecast/index.ts and electron/backend/forecasts/run.ts) in
 * the UI language. Anything unrecognised (a method of a later version) is shown as stored.
 */
export function forecastMethodLabel(method: string, language: string): string {
  const lang: Lang = language.startsWith('en') ? 'en' : 'zh-CN';
  const w = words[lang];
  if (method === 'none') return w.none;
  const gmv = /^views×GPM\((.*)\)$/.exec(method);
  if (gmv) return w.gmv(forecastMethodLabel(gmv[1] ?? '', lang));
  if (method.startsWith('combo:')) {
    const members = method.slice('combo:'.length).split('+');
    if (members.length > 0 && members.every(isCandidate))
      return w.combo(members.map((m) => candidateLabels[m][lang]));
    return method;
  }
  return isCandidate(method) ? candidateLabels[method][lang] : method;
}
