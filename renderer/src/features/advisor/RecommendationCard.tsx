import { Card, Collapse, Descriptions, Flex, List, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RecommendationOutput } from '../../../../shared/advisor/schemas';
import { useFormat } from '../../lib/format';

/** The recommended arrangement, the facts it rests on, the rows that fired and the whole rule table. */
export function RecommendationCard({ result }: { result: RecommendationOutput }) {
  const { t } = useTranslation(['advisor', 'workspaces']);
  const f = useFormat();
  const fired = result.rules.filter((r) => r.fired);
  const { facts } = result;
  return (
    <Card title={t('recommendation.title')} data-testid="advisor-recommendation">
      <Flex vertical gap={12}>
        <Flex gap={8} align="center" wrap>
          <Tag color="blue">{t('recommendation.recommended')}</Tag>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="advisor-arrangement">
            {t(`arrangement.${result.recommendation}`)}
          </Typography.Title>
          {result.matchesCurrent ? (
            <Tag color="green">{t('recommendation.matches')}</Tag>
          ) : (
            <Tag color="orange">
              {t('recommendation.differs', { current: t(`current.${facts.current}`) })}
            </Tag>
          )}
        </Flex>
        <Typography.Text type="secondary">{t('recommendation.scores', result.scores)}</Typography.Text>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} title={t('facts.title')}>
          <Descriptions.Item label={t('facts.industry')}>
            {t(`workspaces:industry.${facts.industry}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('facts.stage')}>
            {t(`workspaces:stage.${facts.stage}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('facts.priceBand')}>
            {t(`priceBand.${facts.priceBand}`)}
            {facts.medianPriceFen !== null && ` · ${f.moneyAt('card', facts.medianPriceFen / 100)}`}
          </Descriptions.Item>
          <Descriptions.Item label={t('facts.audience')}>
            {t(`audienceShape.${facts.audienceShape}`)}
            {facts.top3InterestShare !== null && ` · ${f.percent(facts.top3InterestShare * 100)}`}
          </Descriptions.Item>
          <Descriptions.Item label={t('facts.current')}>{t(`current.${facts.current}`)}</Descriptions.Item>
        </Descriptions>
        <div>
          <Typography.Text strong>{t('recommendation.reasons')}</Typography.Text>
          <List
            size="small"
            data-testid="advisor-fired-rules"
            dataSource={fired}
            renderItem={(rule) => (
              <List.Item data-rule-id={rule.id}>
                <Flex gap={8} align="baseline" wrap>
                  <Tag>{t(`arrangementShort.${rule.recommend}`)}</Tag>
                  <Typography.Text>{rule.reason[f.language]}</Typography.Text>
                  <Typography.Text type="secondary">
                    {t('recommendation.weight', { weight: rule.weight })}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        </div>
        <Collapse
          size="small"
          items={[
            {
              key: 'rules',
              label: t('recommendation.allRules', { fired: fired.length, total: result.rules.length }),
              children: (
                <Table
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={result.rules}
                  columns={[
                    { title: t('recommendation.rule'), dataIndex: 'id', width: 200 },
                    {
                      title: t('recommendation.leadsTo'),
                      dataIndex: 'recommend',
                      width: 110,
                      render: (value: RecommendationOutput['recommendation']) =>
                        t(`arrangementShort.${value}`),
                    },
                    {
                      title: t('recommendation.reason'),
                      key: 'reason',
                      render: (_, rule) => rule.reason[f.language],
                    },
                    {
                      title: t('recommendation.state'),
                      key: 'fired',
                      width: 100,
                      render: (_, rule) =>
                        rule.fired ? (
                          <Tag color="green">{t('recommendation.fired')}</Tag>
                        ) : (
                          <Tag>{t('recommendation.notFired')}</Tag>
                        ),
                    },
                  ]}
                />
              ),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
