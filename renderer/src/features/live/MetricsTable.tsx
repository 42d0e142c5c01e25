import { Card, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SessionMetric } from '../../../../shared/live/funnel';
import type { LiveDiagnosis } from '../../../../shared/live/schemas';
import { useFormat } from '../../lib/format';
import { BandTag } from './BandTag';
import { formatMetric } from './metricFormat';

type Assessment = LiveDiagnosis['metrics'][number];

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
          {
            title: t('diagnosis.ownP50'),
            key: 'o50',
            align: 'right',
            render: (_: unknown, a) => fmt(a, a.own?.p50),
          },
          {
            title: t('diagnosis.ownP75'),
            key: 'o75',
            align: 'right',
            render: (_: unknown, a) => fmt(a, a.own?.p75),
          },
          {
            title: t('diagnosis.peerP50'),
            key: 'p50',
            align: 'right',
            render: (_: unknown, a) => fmt(a, a.peer?.p50),
          },
          {
            title: t('diagnosis.peerP75'),
            key: 'p75',
            align: 'right',
            render: (_: unknown, a) => fmt(a, a.peer?.p75),
          },
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
