import { Card, Flex, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionMetrics, type SessionMetric } from '../../../../shared/live/funnel';
import { useFormat } from '../../lib/format';
import { formatMetric } from './metricFormat';
import { useCompare, useLiveSessions } from './queries';

/** This session and another of the workspace side by side, metric by metric, with the difference. */
export function ComparePanel({ workspaceId, sessionId }: { workspaceId: string; sessionId: string }) {
  const { t } = useTranslation('live');
  const f = useFormat();
  const [other, setOther] = useState<string | undefined>();
  // The 50 latest sessions are the ones people compare; older ones are a page away in the list.
  const candidates = useLiveSessions(workspaceId, undefined, undefined, 50);
  const compare = useCompare(sessionId, other);
  const c = compare.data;
  return (
    <Card title={t('compare.title')} data-testid="live-compare">
      <Flex vertical gap={12}>
        <Select
          showSearch
          allowClear
          style={{ maxWidth: 420 }}
          aria-label={t('compare.pick')}
          placeholder={t('compare.pick')}
          value={other}
          onChange={(v: string | undefined) => setOther(v)}
          optionFilterProp="label"
          options={(candidates.data?.items ?? [])
            .filter((s) => s.id !== sessionId)
            .map((s) => ({
              value: s.id,
              label: `${f.dateTime(s.startedAt)} · ${s.roomLabel} · ${t(`slots.${s.slot}`)}`,
            }))}
        />
        {c && (
          <Table<{ metric: SessionMetric }>
            size="small"
            rowKey="metric"
            pagination={false}
            dataSource={sessionMetrics.map((metric) => ({ metric }))}
            columns={[
              {
                title: t('compare.metric'),
                dataIndex: 'metric',
                render: (m: SessionMetric) => t(`metrics.${m}`),
              },
              {
                title: `${f.dateTime(c.a.startedAt)} · ${c.a.roomLabel}`,
                key: 'a',
                align: 'right',
                render: (_: unknown, r) => formatMetric(f, r.metric, c.a.metrics[r.metric]),
              },
              {
                title: `${f.dateTime(c.b.startedAt)} · ${c.b.roomLabel}`,
                key: 'b',
                align: 'right',
                render: (_: unknown, r) => formatMetric(f, r.metric, c.b.metrics[r.metric]),
              },
              {
                title: t('compare.delta'),
                key: 'delta',
                align: 'right',
                render: (_: unknown, r) => {
                  const d = c.delta[r.metric];
                  if (d === null) return '—';
                  const text = formatMetric(f, r.metric, Math.abs(d));
                  return (
                    <Typography.Text
                      type={d < 0 ? 'danger' : 'success'}
                    >{`${d < 0 ? '−' : '+'}${text}`}</Typography.Text>
                  );
                },
              },
            ]}
          />
        )}
      </Flex>
    </Card>
  );
}
