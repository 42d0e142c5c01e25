import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../shared/live/diagnose';
import { diagnosisRules, renderSentence } from '../../../shared/live/diagnosisRules';
import { funnelSteps, sessionMetrics, type SessionMetricValues } from '../../../shared/live/funnel';

function values(v: Partial<SessionMetricValues>): SessionMetricValues {
  return { ...(Object.fromEntries(sessionMetrics.map((m) => [m, null])) as SessionMetricValues), ...v };
}

describe('diagnosis', () => {
  it('names the funnel step with the largest relative shortfall first', () => {
    const d = diagnose(
      values({
        exposureEntryRate: 9,
        productExposureRate: 55,
        productClickRate: 2.1,
        clickConversionRate: 20,
        gpm: 500,
      }),
      {
        exposureEntryRate: { p50: 10, p75: 12 }, // 10% short
        productExposureRate: { p50: 50, p75: 60 }, // above median: no finding
        productClickRate: { p50: 3.4, p75: 4 }, // 38% short
        clickConversionRate: { p50: 25, p75: 30 }, // 20% short
        gpm: { p50: 1000, p75: 1500 }, // 50% short but not a funnel step: after the steps
      },
      {},
    );
    expect(d.findings.map((f) => f.metric)).toEqual([
      'productClickRate',
      'clickConversionRate',
      'exposureEntryRate',
      'gpm',
    ]);
    expect(d.findings[0]).toMatchObject({ band: 'improve', basis: 'own', isFunnelStep: true });
  });

  it('uses peer values when the room has no own benchmark, and reports nothing without either', () => {
    const d = diagnose(values({ productClickRate: 2 }), {}, { productClickRate: { p50: 3, p75: 4 } });
    expect(d.findings).toHaveLength(1);
    expect(d.findings[0]).toMatchObject({ metric: 'productClickRate', basis: 'peer' });
    expect(diagnose(values({ productClickRate: 2 }), {}, {}).findings).toEqual([]);
  });

  it('never finds a metric that is not available', () => {
    const d = diagnose(values({}), { productClickRate: { p50: 3, p75: 4 } }, {});
    expect(d.findings).toEqual([]);
    expect(d.metrics.find((m) => m.metric === 'productClickRate')).toMatchObject({ value: null, band: null });
  });

  it('has a sentence and actions in both languages for every funnel step', () => {
    for (const step of funnelSteps) {
      const rule = diagnosisRules[step]!;
      expect(rule.sentence['zh-CN']).toContain('{{p50}}');
      expect(rule.sentence.en).toContain('{{value}}');
      expect(rule.actions['zh-CN'].length).toBeGreaterThan(0);
      expect(rule.actions.en.length).toBe(rule.actions['zh-CN'].length);
    }
    expect(renderSentence('productClickRate', 'en', { value: '2.1%', p50: '3.4%', basis: 'own' })).toMatch(
      /^Product click rate 2\.1%, below your P50 3\.4%: the products shown are not what/,
    );
    expect(
      renderSentence('productClickRate', 'zh-CN', { value: '2.1%', p50: '3.4%', basis: 'peer' }),
    ).toContain('低于同行中位值 3.4%');
  });
});
