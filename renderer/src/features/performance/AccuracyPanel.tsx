import { Card, Empty, Flex, Statistic, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { useAccuracy } from './queries';

/** How past stored forecasts did once actuals arrived: MASE beside naive's, and 80% band coverage. */
export function AccuracyPanel({ accountId }: { accountId: string }) {
  const { t } = useTranslation('performance');
  const f = useFormat();
  const accuracy = useAccuracy(accountId);
  const overall = accuracy.data?.overall;
  const runs = (accuracy.data?.runs ?? []).filter((r) => r.evaluated > 0);
  const fmt = (v: number | null | undefined, digits = 2) =>
    v === null || v === undefined ? '—' : f.decimal(v, digits);

  return (
    <Card title={t('accuracy.title')} data-testid="accuracy-panel" loading={accuracy.isLoading}>
      {!overall || overall.evaluated === 0 ? (
        <Empty description={t('accuracy.none')} />
      ) : (
        <Flex vertical gap={12}>
          <Flex gap={32} wrap>
            <Tooltip title={t('accuracy.maseHelp')}>
              <Statistic title={t('accuracy.mase')} value={fmt(overall.mase)} />
            </Tooltip>
            <Statistic title={t('accuracy.maseNaive')} value={fmt(overall.maseNaive)} />
            <Tooltip title={t('accuracy.coverageHelp')}>
              <Statistic
                title={t('accuracy.coverage')}
                value={overall.coverage80 === null ? '—' : f.percent(overall.coverage80 * 100)}
              />
            </Tooltip>
            <Statistic title={t('accuracy.evaluated')} value={overall.evaluated} />
          </Flex>
          {overall.mase !== null && overall.maseNaive !== null && (
            <Typography.Text type={overall.mase <= overall.maseNaive ? 'success' : 'warning'}>
              {overall.mase <= overall.maseNaive ? t('accuracy.beatsNaive') : t('accuracy.losesToNaive')}
            </Typography.Text>
          )}
          <Table
            size="small"
            rowKey="runId"
            dataSource={runs}
            pagination={false}
            columns={[
              { title: t('runs.createdAt'), dataIndex: 'createdAt', render: (v: string) => f.dateTime(v) },
              { title: t('runs.metric'), dataIndex: 'metric', render: (_, r) => t(`metrics.${r.metric}`) },
              { title: t('accuracy.evaluated'), dataIndex: 'evaluated', align: 'right' },
              {
                title: t('accuracy.mase'),
                dataIndex: 'mase',
                align: 'right',
                render: (v: number | null) => fmt(v),
              },
              {
                title: t('accuracy.maseNaive'),
                dataIndex: 'maseNaive',
                align: 'right',
                render: (v: number | null) => fmt(v),
              },
              {
                title: t('accuracy.coverage'),
                dataIndex: 'coverage80',
                align: 'right',
                render: (v: number | null) => (v === null ? '—' : f.percent(v * 100)),
              },
            ]}
          />
        </Flex>
      )}
    </Card>
  );
}
