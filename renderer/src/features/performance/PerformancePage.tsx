import { DeleteOutlined, SaveOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  Flex,
  InputNumber,
  Popconfirm,
  Row,
  Select,
  Segmented,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { forecastMethodLabel } from './methodLabel';
import { runNotesText } from './runNotes';
import { useSearchParams } from 'react-router';
import { PageLayout } from '../../lib/PageLayout';
import { ResultPager } from '../../lib/paging/ResultPager';
import { useCursorPages } from '../../lib/paging/useCursorPages';
import { forecastMetrics, type ForecastMetric, type Granularity } from '../../../../shared/domain/metrics';
import type { ForecastRun } from '../../../../shared/domain/forecastRun';
import { useWorkspaceId } from '../../lib/workspaceContext';
import { runWithToast } from '../../lib/runWithToast';
import { useFormat } from '../../lib/format';
import { useAccounts } from '../accounts';
import { AccuracyPanel } from './AccuracyPanel';
import { DailyRowsTable } from './DailyRowsTable';
import { ForecastAllButton } from './ForecastAllButton';
import { ForecastFanChart } from './ForecastFanChart';
import { ImportMetricsModal } from './ImportMetricsModal';
import { MatrixBubbleChart } from './MatrixBubbleChart';
import {
  FORECAST_RUNS_PAGE_SIZE,
  useForecastPreview,
  useForecastRuns,
  useOverview,
  usePerformanceMutations,
  useSeries,
} from './queries';

/** Data & forecasts: import performance history, see an account's forecast fan, save runs, check accuracy. */
export function PerformancePage() {
  const { t, i18n } = useTranslation(['performance', 'common']);
  const { message } = AntApp.useApp();
  const f = useFormat();
  const workspaceId = useWorkspaceId();
  const [params, setParams] = useSearchParams();
  const accounts = useAccounts(workspaceId, false);
  const overview = useOverview(workspaceId);
  const [importing, setImporting] = useState(false);
  const [metric, setMetric] = useState<ForecastMetric>('views');
  const [horizon, setHorizon] = useState<number>(30);
  const [frequency, setFrequency] = useState<Granularity | undefined>();
  const [shownRun, setShownRun] = useState<ForecastRun | null>(null);
  const mutations = usePerformanceMutations();

  const list = accounts.data ?? [];
  const accountId = params.get('account') ?? list[0]?.id;
  const account = list.find((a) => a.id === accountId);
  const series = useSeries(accountId, metric, frequency);
  const preview = useForecastPreview(accountId, metric, horizon, frequency);
  const runPages = useCursorPages(accountId ?? '');
  const runs = useForecastRuns(accountId, runPages.cursor);

  if (accounts.isLoading) return <Spin />;
  const run = shownRun ?? preview.data;
  const frequencyShown = series.data?.granularity ?? frequency ?? 'day';
  // Show the recent past beside the forecast: 4× the horizon, at least 8 weeks of days.
  const keep = Math.max(frequencyShown === 'week' ? 26 : 56, horizon * 2);
  const actuals = (series.data?.points ?? []).slice(-keep);

  const save = async () => {
    if (!accountId) return;
    await runWithToast(
      async () => {
        await mutations.saveRun.mutateAsync({
          accountId,
          metric,
          horizon,
          ...(frequency ? { frequency } : {}),
        });
        void message.success(t('saved'));
      },
      { t, message },
    );
  };

  return (
    <PageLayout
      titles={t}
      extra={
        <Space>
          <ForecastAllButton
            workspaceId={workspaceId}
            accountCount={list.length}
            metric={metric}
            horizon={horizon}
          />
          <Button type="primary" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            {t('import.open')}
          </Button>
        </Space>
      }
    >
      {list.length === 0 ? (
        <Alert type="info" showIcon message={t('noAccounts')} />
      ) : (
        <>
          <Card size="small">
            <Flex gap={16} wrap align="center">
              <Space>
                <Typography.Text>{t('controls.account')}</Typography.Text>
                <Select
                  aria-label={t('controls.account')}
                  style={{ width: 260 }}
                  value={accountId}
                  data-testid="forecast-account"
                  options={list.map((a) => ({
                    value: a.id,
                    label: `${a.displayName}（${t(`common:role.${a.role}`)}）`,
                  }))}
                  onChange={(id: string) => (
                    setShownRun(null),
                    setParams({ account: id }, { replace: true })
                  )}
                />
              </Space>
              <Space>
                <Typography.Text>{t('controls.metric')}</Typography.Text>
                <Segmented<ForecastMetric>
                  aria-label={t('controls.metric')}
                  value={metric}
                  onChange={(m) => (setShownRun(null), setMetric(m))}
                  options={forecastMetrics.map((m) => ({ value: m, label: t(`metrics.${m}`) }))}
                />
              </Space>
              <Space>
                <Typography.Text>{t('controls.horizon')}</Typography.Text>
                <InputNumber
                  aria-label={t('controls.horizon')}
                  min={1}
                  max={365}
                  precision={0}
                  value={horizon}
                  onChange={(v) => {
                    if (v === null || v < 1 || v > 365) return;
                    setShownRun(null);
                    setHorizon(v);
                  }}
                  addonAfter={t(`granularity.${frequencyShown}Unit`)}
                  style={{ width: 140 }}
                />
              </Space>
              <Space>
                <Typography.Text>{t('controls.frequency')}</Typography.Text>
                <Segmented<'auto' | Granularity>
                  aria-label={t('controls.frequency')}
                  value={frequency ?? 'auto'}
                  onChange={(v) => (setShownRun(null), setFrequency(v === 'auto' ? undefined : v))}
                  options={(['auto', 'day', 'week'] as const).map((g) => ({
                    value: g,
                    label: t(`granularity.${g}`),
                  }))}
                />
              </Space>
            </Flex>
          </Card>

          {run?.insufficientHistory && (
            <Alert
              type="warning"
              showIcon
              data-testid="insufficient-history"
              message={t('insufficient', { count: run.historyPoints })}
            />
          )}
          {run && run.parameters.notes.length > 0 && !run.insufficientHistory && (
            <Alert type="info" showIcon data-testid="forecast-notes" message={runNotesText(run, i18n)} />
          )}

          <ForecastFanChart
            title={
              shownRun
                ? t('chart.titleStored', {
                    name: account?.displayName ?? '',
                    metric: t(`metrics.${metric}`),
                    date: f.dateTime(shownRun.createdAt),
                  })
                : t('chart.title', { name: account?.displayName ?? '', metric: t(`metrics.${metric}`) })
            }
            fileName={`forecast-${account?.handle ?? 'account'}-${metric}`}
            metric={metric}
            actuals={actuals}
            run={run}
            extra={
              <>
                {run && !run.insufficientHistory && (
                  <Tag data-testid="forecast-method" data-method={run.method}>
                    {forecastMethodLabel(run.method, i18n.language)}
                  </Tag>
                )}
                {shownRun ? (
                  <Button size="small" onClick={() => setShownRun(null)}>
                    {t('showCurrent')}
                  </Button>
                ) : (
                  <Button
                    size="small"
                    icon={<SaveOutlined />}
                    disabled={!run || run.insufficientHistory}
                    loading={mutations.saveRun.isPending}
                    onClick={() => void save()}
                  >
                    {t('saveRun')}
                  </Button>
                )}
              </>
            }
          />

          <Row gutter={[16, 16]}>
            <Col xs={24} xxl={12}>
              {accountId && <AccuracyPanel accountId={accountId} />}
            </Col>
            <Col xs={24} xxl={12}>
              <Card title={t('runs.title')} data-testid="forecast-runs">
                <Table
                  size="small"
                  rowKey={(r) => r.id ?? ''}
                  loading={runs.isLoading}
                  dataSource={runs.data?.items ?? []}
                  // One server page at a time (CursorPager below): an account's runs keep growing.
                  pagination={false}
                  columns={[
                    {
                      title: t('runs.createdAt'),
                      dataIndex: 'createdAt',
                      render: (v: string) => f.dateTime(v),
                    },
                    {
                      title: t('runs.metric'),
                      dataIndex: 'metric',
                      render: (_, r) => t(`metrics.${r.metric}`),
                    },
                    { title: t('runs.horizon'), dataIndex: 'horizon', align: 'right' },
                    {
                      title: t('runs.method'),
                      dataIndex: 'method',
                      render: (m: string) => <Tag>{forecastMethodLabel(m, i18n.language)}</Tag>,
                    },
                    {
                      title: '',
                      key: 'actions',
                      render: (_: unknown, r: ForecastRun) => (
                        <Space>
                          <Button size="small" onClick={() => (setMetric(r.metric), setShownRun(r))}>
                            {t('runs.show')}
                          </Button>
                          <Popconfirm
                            title={t('runs.deleteConfirm')}
                            onConfirm={() => r.id && mutations.deleteRun.mutate(r.id)}
                            okText={t('common:delete')}
                            cancelText={t('common:cancel')}
                          >
                            <Button
                              size="small"
                              type="text"
                              danger
                              icon={<DeleteOutlined />}
                              aria-label={t('common:delete')}
                            />
                          </Popconfirm>
                        </Space>
                      ),
                    },
                  ]}
                />
                <ResultPager
                  pages={runPages}
                  result={runs.data}
                  pageSize={FORECAST_RUNS_PAGE_SIZE}
                  testId="forecast-runs-pager"
                />
              </Card>
            </Col>
          </Row>

          {accountId && <DailyRowsTable accountId={accountId} />}

          <MatrixBubbleChart overview={overview.data} />
        </>
      )}
      <ImportMetricsModal workspaceId={workspaceId} open={importing} onClose={() => setImporting(false)} />
    </PageLayout>
  );
}
