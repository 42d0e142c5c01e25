import { Card, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { offerTotals } from '../../../../../shared/domain/offerTerms';
import { useFormat } from '../../../lib/format';
import { ExpectedViewsBasis } from './ExpectedViewsBasis';

/** What the terms being edited add up to (rate-card value, CPM/CPE), before anything is saved. */
export function TotalsPreview({ totals }: { totals: ReturnType<typeof offerTotals> }) {
  const { t } = useTranslation('offers');
  const f = useFormat();
  const stat = (title: string, value: React.ReactNode) => (
    <Statistic title={title} value={0} formatter={() => value} />
  );
  return (
    <Card size="small" title={t('totals.title')}>
      <Flex gap={24} wrap>
        {stat(t('totals.rateCardValue'), f.moneySummary(totals.rateCardValue))}
        {stat(
          t('totals.vsRateCard'),
          totals.feeVsRateCardPct === null ? '—' : f.percent(totals.feeVsRateCardPct),
        )}
        {stat(t('totals.expectedViews'), f.count(totals.expectedViews))}
        {stat(
          t('totals.expectedCpm'),
          <span data-testid="form-expected-cpm">{f.moneySummary(totals.expectedCpm)}</span>,
        )}
        {stat(t('totals.expectedCpe'), f.moneySummary(totals.expectedCpe))}
      </Flex>
      <ExpectedViewsBasis totals={totals} />
      <Typography.Text type="secondary">{t('totals.hint')}</Typography.Text>
    </Card>
  );
}
