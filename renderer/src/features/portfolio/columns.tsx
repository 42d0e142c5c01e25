import { Flex, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { industryCategories, workspaceStages } from '../../../../shared/domain/workspace';
import { portfolioFocusReasons, type PortfolioRow } from '../../../../shared/portfolio/schema';
import type { useFormat } from '../../lib/format';
import { Sparkline } from './Sparkline';

type Format = ReturnType<typeof useFormat>;
type Trend = 'rising' | 'falling' | 'flat';

const trendOf = (pct: number | null): Trend => (pct === null ? 'flat' : pct >= 0 ? 'rising' : 'falling');
const weekRatio = (r: PortfolioRow) =>
  r.week.postsTarget ? r.week.postsPlanned / r.week.postsTarget : Number.POSITIVE_INFINITY;
const contentPending = (r: PortfolioRow) => r.overdueItems + (r.awaitingApproval ?? 0);
const creatorsPending = (r: PortfolioRow) => r.offersAwaitingAnswer + r.deliverablesOverdue;
const recencyOf = (r: PortfolioRow, now: number) =>
  r.lastActivityAt === null
    ? 'never'
    : now - Date.parse(r.lastActivityAt) <= 7 * 86_400_000
      ? 'week'
      : 'older';

type PortfolioT = TFunction<['portfolio', 'workspaces']>;

function Change({ pct, t, f }: { pct: number | null; t: PortfolioT; f: Format }) {
  if (pct === null) return <Typography.Text type="secondary">{t('noChange')}</Typography.Text>;
  const sign = pct > 0 ? '+' : '';
  return (
    <Typography.Text type={pct < 0 ? 'danger' : 'success'}>
      {t('change', { value: `${sign}${f.percent(pct)}` })}
    </Typography.Text>
  );
}

/** Every column sorts and filters; filters are lists of states a planner asks about. */
export function portfolioColumns(
  t: PortfolioT,
  f: Format,
  rows: readonly PortfolioRow[],
  now: number,
): TableColumnsType<PortfolioRow> {
  const yuan = (fen: number) => fen / 100;
  return [
    {
      key: 'name',
      title: t('columns.name'),
      dataIndex: 'name',
      fixed: 'left',
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      filterSearch: true,
      filters: rows.map((r) => ({ text: r.name, value: r.workspaceId })),
      onFilter: (value, r) => r.workspaceId === value,
      render: (_, r) => (
        <Flex gap={4} align="center">
          <Typography.Link data-testid="portfolio-open">{r.name}</Typography.Link>
          {r.isSample && <Tag>{t('sample')}</Tag>}
        </Flex>
      ),
    },
    {
      key: 'industry',
      title: t('columns.industry'),
      dataIndex: 'industry',
      sorter: (a, b) => a.industry.localeCompare(b.industry),
      filters: industryCategories.map((v) => ({ text: t(`workspaces:industry.${v}`), value: v })),
      onFilter: (value, r) => r.industry === value,
      render: (_, r) => t(`workspaces:industry.${r.industry}`),
    },
    {
      key: 'stage',
      title: t('columns.stage'),
      dataIndex: 'stage',
      sorter: (a, b) => workspaceStages.indexOf(a.stage) - workspaceStages.indexOf(b.stage),
      filters: workspaceStages.map((v) => ({ text: t(`workspaces:stage.${v}`), value: v })),
      onFilter: (value, r) => r.stage === value,
      render: (_, r) => t(`workspaces:stage.${r.stage}`),
    },
    {
      key: 'accounts',
      title: t('columns.accounts'),
      sorter: (a, b) => a.accounts.brand + a.accounts.sales - (b.accounts.brand + b.accounts.sales),
      filters: [
        { text: t('filters.hasBrand'), value: 'brand' },
        { text: t('filters.hasSales'), value: 'sales' },
      ],
      onFilter: (value, r) => r.accounts[value as 'brand' | 'sales'] > 0,
      render: (_, r) => t('accounts', r.accounts),
    },
    {
      key: 'week',
      title: t('columns.week'),
      sorter: (a, b) => weekRatio(a) - weekRatio(b),
      filters: [
        { text: t('filters.below'), value: 'below' },
        { text: t('filters.guardrails'), value: 'guardrails' },
        { text: t('filters.onTrack'), value: 'onTrack' },
      ],
      onFilter: (value, r) =>
        value === 'below'
          ? r.week.accountsBelowTarget > 0
          : value === 'guardrails'
            ? r.week.guardrailCount > 0
            : r.week.accountsBelowTarget === 0,
      render: (_, r) => (
        <Flex vertical gap={2}>
          <span>
            {r.week.postsTarget === null
              ? t('week.postsNoTarget', { planned: r.week.postsPlanned })
              : t('week.posts', { planned: r.week.postsPlanned, target: r.week.postsTarget })}
          </span>
          {r.week.liveHoursTarget !== null && (
            <span>
              {t('week.live', { planned: r.week.liveHoursPlanned, target: r.week.liveHoursTarget })}
            </span>
          )}
          <Flex gap={4} wrap>
            {r.week.accountsBelowTarget > 0 && (
              <Tag color="orange">{t('week.below', { count: r.week.accountsBelowTarget })}</Tag>
            )}
            {r.week.guardrailCount > 0 && (
              <Tag color="gold">{t('week.guardrails', { count: r.week.guardrailCount })}</Tag>
            )}
          </Flex>
        </Flex>
      ),
    },
    {
      key: 'content',
      title: t('columns.content'),
      sorter: (a, b) => contentPending(a) - contentPending(b),
      filters: [
        { text: t('filters.any'), value: 'any' },
        { text: t('filters.none'), value: 'none' },
      ],
      onFilter: (value, r) => (value === 'any') === contentPending(r) > 0,
      render: (_, r) => (
        <Flex gap={4} wrap>
          <Tag color={r.overdueItems > 0 ? 'red' : undefined}>
            {t('content.overdue', { count: r.overdueItems })}
          </Tag>
          {r.awaitingApproval === null ? (
            <Typography.Text type="secondary">{t('content.noApprovals')}</Typography.Text>
          ) : (
            <Tag color={r.awaitingApproval > 0 ? 'blue' : undefined}>
              {t('content.approval', { count: r.awaitingApproval })}
            </Tag>
          )}
        </Flex>
      ),
    },
    {
      key: 'creators',
      title: t('columns.creators'),
      sorter: (a, b) => creatorsPending(a) - creatorsPending(b),
      filters: [
        { text: t('filters.any'), value: 'any' },
        { text: t('filters.none'), value: 'none' },
      ],
      onFilter: (value, r) => (value === 'any') === creatorsPending(r) > 0,
      render: (_, r) => (
        <Flex gap={4} wrap>
          <Tag color={r.offersAwaitingAnswer > 0 ? 'blue' : undefined}>
            {t('creators.offers', { count: r.offersAwaitingAnswer })}
          </Tag>
          <Tag color={r.deliverablesOverdue > 0 ? 'red' : undefined}>
            {t('creators.deliverables', { count: r.deliverablesOverdue })}
          </Tag>
        </Flex>
      ),
    },
    {
      key: 'gmv',
      title: t('columns.gmv'),
      sorter: (a, b) => a.performance.gmvFen - b.performance.gmvFen,
      filters: (['rising', 'falling', 'flat'] as const).map((v) => ({ text: t(`filters.${v}`), value: v })),
      onFilter: (value, r) => trendOf(r.performance.gmvChangePct) === value,
      render: (_, r) => (
        <Flex vertical>
          <span data-testid="portfolio-gmv">{f.moneyAt('table', yuan(r.performance.gmvFen))}</span>
          <Change pct={r.performance.gmvChangePct} t={t} f={f} />
        </Flex>
      ),
    },
    {
      key: 'views',
      title: t('columns.views'),
      sorter: (a, b) => a.performance.views - b.performance.views,
      filters: (['rising', 'falling', 'flat'] as const).map((v) => ({ text: t(`filters.${v}`), value: v })),
      onFilter: (value, r) => trendOf(r.performance.viewsChangePct) === value,
      render: (_, r) => (
        <Flex vertical>
          <span>{f.count(r.performance.views)}</span>
          <Change pct={r.performance.viewsChangePct} t={t} f={f} />
        </Flex>
      ),
    },
    {
      key: 'forecast',
      title: t('columns.forecast'),
      sorter: (a, b) => (a.forecast?.gmvP50Fen ?? -1) - (b.forecast?.gmvP50Fen ?? -1),
      filters: [
        { text: t('filters.has'), value: 'has' },
        { text: t('filters.missing'), value: 'missing' },
      ],
      onFilter: (value, r) => (value === 'has') === (r.forecast !== null),
      render: (_, r) =>
        r.forecast === null ? (
          <Typography.Text type="secondary">{t('noForecast')}</Typography.Text>
        ) : (
          <Flex vertical>
            <span>{f.moneyAt('table', yuan(r.forecast.gmvP50Fen))}</span>
            <Typography.Text type="secondary">
              {t('band', {
                low: f.moneyAt('table', yuan(r.forecast.gmvP10Fen)),
                high: f.moneyAt('table', yuan(r.forecast.gmvP90Fen)),
              })}
            </Typography.Text>
          </Flex>
        ),
    },
    {
      key: 'trend',
      title: t('columns.trend'),
      sorter: (a, b) => (a.performance.gmvChangePct ?? -Infinity) - (b.performance.gmvChangePct ?? -Infinity),
      filters: (['rising', 'falling', 'flat'] as const).map((v) => ({ text: t(`filters.${v}`), value: v })),
      onFilter: (value, r) => trendOf(r.performance.gmvChangePct ?? r.performance.viewsChangePct) === value,
      render: (_, r) => {
        const gmv = r.performance.gmvFen > 0;
        const values = r.trend.map((p) => (gmv ? (p.gmvFen === null ? null : p.gmvFen / 100) : p.views));
        const pct = gmv ? r.performance.gmvChangePct : r.performance.viewsChangePct;
        const label = t('sparkline', {
          metric: t(gmv ? 'metricGmv' : 'metricViews'),
          total: gmv ? f.moneyAt('chart', yuan(r.performance.gmvFen)) : f.count(r.performance.views),
          change: pct === null ? t('noChange') : t('change', { value: f.percent(pct) }),
        });
        if (r.performance.daysWithData === 0)
          return <Typography.Text type="secondary">{t('noData')}</Typography.Text>;
        return <Sparkline values={values} label={label} testId="portfolio-sparkline" />;
      },
    },
    {
      key: 'lastActivity',
      title: t('columns.lastActivity'),
      sorter: (a, b) => (a.lastActivityAt ?? '').localeCompare(b.lastActivityAt ?? ''),
      filters: (['week', 'older', 'never'] as const).map((v) => ({ text: t(`filters.${v}`), value: v })),
      onFilter: (value, r) => recencyOf(r, now) === value,
      render: (_, r) => f.dateTime(r.lastActivityAt),
    },
    {
      key: 'focus',
      title: t('columns.focus'),
      sorter: (a, b) =>
        portfolioFocusReasons.indexOf(a.focus.reason) - portfolioFocusReasons.indexOf(b.focus.reason),
      defaultSortOrder: 'ascend',
      filters: portfolioFocusReasons.map((v) => ({ text: t(`focus.${v}`), value: v })),
      onFilter: (value, r) => r.focus.reason === value,
      render: (_, r) => (
        <Tag color={r.focus.reason === 'none' ? undefined : 'volcano'} data-testid="portfolio-focus">
          {t(`focus.${r.focus.reason}`)}
        </Tag>
      ),
    },
  ];
}
