import { Card, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SessionMetric } from '../../../../shared/live/funnel';
import type { LiveDiagnosis } from '../../../../shared/live/schemas';
import { useFormat } from '../../lib/format';
import { BandTag } from './BandTag';
import { formatMetric } from './metricFormat';

type Assessment = LiveDiagnosis['metrics'][number];

/** The benchmark columns: the room's own P50/P75, then its peers'. */
const benchmarkColumns = [
  { key: 'o50', basis: 'own', quantile: 'p50' },
  { key: 'o75', basis: 'own', quantile: 'p75' },
  { key: 'p50', basis: 'peer', quantile: 'p50' },
  { key: 'p75', basis: 'peer', quantile: 'p75' },
] as const;

/** Every figure of the session with its formula, its own and peer benchmarks and its band. */
export function MetricsTable({ diagnosis }: { diagnosis: LiveDiagnosis }) {
  const { t } = useTranslation('live');
  const f = useFormat();
  const fmt = (a: Assessment, v: number | null | undefined) => formatMetric(f, a.metric, v);
  return (
    <Card title={t('diagnosis.others')}>
      <Table<Assessment>
        size="small"
        rowKey="metric"
        data-testid="live-metrics"
        pagination={false}
        dataSource={diagnosis.metrics}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('compare.metric'),
            dataIndex: 'metric',
            render: (m: SessionMetric) => (
              <Tooltip title={t(`formulas.${m}`)}>
                <Typography.Text>{t(`metrics.${m}`)}</Typography.Text>
              </Tooltip>
            ),
          },
          {
            title: t('diagnosis.value'),
            dataIndex: 'value',
            align: 'right',
            render: (v: number | null, a) =>
              v === null ? <Tag>{t('diagnosis.notAvailable')}</Tag> : fmt(a, v),
          },
          ...benchmarkColumns.map(({ key, basis, quantile }) => ({
            title: t(`diagnosis.${basis}${quantile === 'p50' ? 'P50' : 'P75'}`),
            key,
            align: 'right' as const,
            render: (_: unknown, a: Assessment) => fmt(a, a[basis]?.[quantile]),
          })),
          {
            title: t('diagnosis.band'),
            key: 'band',
            render: (_: unknown, a) => (
              <>
                <BandTag band={a.band} />
                {a.basis && (
                  <Typography.Text type="secondary">{t(`diagnosis.basis.${a.basis}`)}</Typography.Text>
                )}
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
