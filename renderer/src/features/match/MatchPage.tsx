import { Alert, Card, Col, Flex, Row, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLayout } from '../../lib/PageLayout';
import type { RankedMatch } from '../../../../shared/domain/interest';
import { accountRoleSchema } from '../../../../shared/domain/account';
import { useWorkspaceId } from '../../lib/workspaceContext';
import { useFormat } from '../../lib/format';
import { useTagLabels } from '../audience';
import { MatchExplanation, ScoreBar } from './MatchExplanation';
import { MatchHeatmap } from './MatchHeatmap';
import { HEATMAP_PAGE_SIZE, useDefaultProduct, useMatchHeatmap, useProductMatch } from './queries';
import { ResultPager } from '../../lib/paging/ResultPager';
import { useCursorPages } from '../../lib/paging/useCursorPages';
import { ProductPicker } from '../products';
import { RankingChart } from './RankingChart';

/** Interest match: for a product, which accounts and creators have the audience that wants it. */
export function MatchPage() {
  const { t } = useTranslation(['match', 'common']);
  const f = useFormat();
  const workspaceId = useWorkspaceId();
  const [params, setParams] = useSearchParams();
  const defaultProduct = useDefaultProduct(workspaceId);
  const productId = params.get('product') ?? defaultProduct.data ?? undefined;
  const match = useProductMatch(workspaceId, productId);
  const heatmapPages = useCursorPages(workspaceId);
  const heatmap = useMatchHeatmap(workspaceId, heatmapPages.cursor);
  const labelOf = useTagLabels(workspaceId, f.language);

  if (defaultProduct.isLoading) return <Spin />;

  /** A ranked row's detail: `creator`, or the account's role (the contract keeps it a plain string). */
  const roleOrCreator = (detail: string) => {
    const role = accountRoleSchema.safeParse(detail);
    return role.success ? t(`common:role.${role.data}`) : t('creator');
  };

  const rankingColumns = (kind: 'account' | 'creator') => [
    { title: t('rank'), key: 'rank', width: 56, render: (_: unknown, __: RankedMatch, i: number) => i + 1 },
    {
      title: kind === 'account' ? t('account') : t('creator'),
      dataIndex: 'name',
      render: (name: string, r: RankedMatch) => (
        <Flex vertical>
          <Typography.Text strong>{name}</Typography.Text>
          <Typography.Text type="secondary">
            {roleOrCreator(r.detail)} · {f.count(r.followers)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('score'),
      key: 'score',
      width: 160,
      render: (_: unknown, r: RankedMatch) => <ScoreBar score={r.match?.score ?? null} />,
    },
    {
      title: t('why'),
      key: 'why',
      render: (_: unknown, r: RankedMatch) =>
        r.match ? (
          <MatchExplanation match={r.match} labelOf={labelOf} />
        ) : (
          <Typography.Text type="secondary">{t('noProfileHint')}</Typography.Text>
        ),
    },
  ];

  return (
    <PageLayout titles={t}>
      {defaultProduct.data === null ? (
        <Alert type="info" showIcon message={t('noProducts')} />
      ) : (
        <>
          <Card size="small">
            <Flex gap={12} align="center" wrap>
              <Typography.Text>{t('product')}</Typography.Text>
              <ProductPicker
                workspaceId={workspaceId}
                aria-label={t('product')}
                style={{ width: 320 }}
                value={productId}
                labelOf={(p) => p.name}
                onChange={(id) => setParams({ product: id }, { replace: true })}
              />
              {match.data && (
                <Flex gap={4} wrap>
                  <Typography.Text type="secondary">{t('targets')}:</Typography.Text>
                  {match.data.targetTags.map((tag) => (
                    <Tag key={tag} color="blue">
                      {labelOf(tag)}
                    </Tag>
                  ))}
                  {match.data.unmappedTags.map((tag) => (
                    <Tooltipless key={tag} text={tag} hint={t('unmappedHint')} />
                  ))}
                </Flex>
              )}
            </Flex>
          </Card>
          {match.data && match.data.targetTags.length === 0 && (
            <Alert type="warning" showIcon message={t('noTargets')} />
          )}
          <Row gutter={16}>
            <Col xs={24} xl={14}>
              <Card title={t('accountsRanking')} data-testid="match-ranking" loading={match.isLoading}>
                <Table<RankedMatch>
                  size="small"
                  rowKey="ownerId"
                  dataSource={match.data?.accounts ?? []}
                  pagination={false}
                  columns={rankingColumns('account')}
                />
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <RankingChart
                title={t('accountsChart')}
                ranked={match.data?.accounts ?? []}
                fileName="account-ranking"
                testId="account-ranking-chart"
              />
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} xl={14}>
              <Card
                title={t('creatorsRanking')}
                data-testid="creator-ranking"
                extra={
                  match.data && match.data.creatorsTotal > match.data.creators.length ? (
                    <span data-testid="creator-ranking-count">
                      {t('topOf', { shown: match.data.creators.length, total: match.data.creatorsTotal })}
                    </span>
                  ) : null
                }
              >
                <Table<RankedMatch>
                  size="small"
                  rowKey="ownerId"
                  dataSource={match.data?.creators ?? []}
                  pagination={{ pageSize: 8, showSizeChanger: false }}
                  locale={{ emptyText: t('noCreators') }}
                  columns={rankingColumns('creator')}
                />
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <RankingChart
                title={t('creatorsChart')}
                ranked={match.data?.creators ?? []}
                fileName="creator-ranking"
                testId="creator-ranking-chart"
              />
            </Col>
          </Row>
          <MatchHeatmap heatmap={heatmap.data} />
          <ResultPager
            pages={heatmapPages}
            result={heatmap.data}
            pageSize={HEATMAP_PAGE_SIZE}
            testId="heatmap-pager"
          />
        </>
      )}
    </PageLayout>
  );
}

function Tooltipless({ text, hint }: { text: string; hint: string }) {
  return (
    <Tag title={hint} style={{ borderStyle: 'dashed' }}>
      {text}
    </Tag>
  );
}
