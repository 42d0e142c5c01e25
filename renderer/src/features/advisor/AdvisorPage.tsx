import { App as AntApp, Button, Card, Flex, List, Spin, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingOutput } from '../../../../shared/advisor/schemas';
import { useWorkspaceId } from '../../lib/workspaceContext';
import { runWithToast } from '../../lib/runWithToast';
import { PageLayout } from '../../lib/PageLayout';
import { DismissModal } from './DismissModal';
import { FindingItem } from './FindingItem';
import { useAdvisorMutations, useFindings, useRecommendation } from './queries';
import { RecommendationCard } from './RecommendationCard';

/** 矩阵体检: which arrangement fits the workspace, and what is wrong with the matrix it runs. */
export function AdvisorPage() {
  const { t } = useTranslation('advisor');
  const { message } = AntApp.useApp();
  const workspaceId = useWorkspaceId();
  const recommendation = useRecommendation(workspaceId);
  const active = useFindings(workspaceId, 'active');
  const dismissed = useFindings(workspaceId, 'dismissed');
  const mutations = useAdvisorMutations(workspaceId);
  const [dismissing, setDismissing] = useState<FindingOutput | null>(null);

  const counts = active.data?.pages[0]?.counts ?? dismissed.data?.pages[0]?.counts;
  const list = (query: typeof active, kind: 'active' | 'dismissed') => (
    <Flex vertical gap={8}>
      <List
        loading={query.isLoading}
        data-testid={`advisor-findings-${kind}`}
        locale={{ emptyText: kind === 'active' ? t('findings.none') : t('findings.noneDismissed') }}
        dataSource={query.data?.pages.flatMap((p) => p.items) ?? []}
        renderItem={(finding) => (
          <FindingItem
            workspaceId={workspaceId}
            finding={finding}
            {...(kind === 'active'
              ? { onDismiss: () => setDismissing(finding) }
              : {
                  onRestore: () =>
                    void runWithToast(
                      async () => {
                        await mutations.restore.mutateAsync(finding.key);
                        void message.success(t('restored'));
                      },
                      { t, message },
                    ),
                })}
          />
        )}
      />
      {query.hasNextPage && (
        <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
          {t('findings.loadMore')}
        </Button>
      )}
    </Flex>
  );

  return (
    <PageLayout titles={t}>
      {recommendation.isLoading ? (
        <Spin />
      ) : (
        recommendation.data && <RecommendationCard result={recommendation.data} />
      )}
      <Card title={t('findings.title')}>
        <Tabs
          items={[
            {
              key: 'active',
              label: t('findings.active', { count: counts?.active ?? 0 }),
              children: list(active, 'active'),
            },
            {
              key: 'dismissed',
              label: t('findings.dismissed', { count: counts?.dismissed ?? 0 }),
              children: list(dismissed, 'dismissed'),
            },
          ]}
        />
      </Card>
      <DismissModal
        open={dismissing !== null}
        onCancel={() => setDismissing(null)}
        onSubmit={async (note) => {
          if (!dismissing) return;
          await mutations.dismiss.mutateAsync({ key: dismissing.key, note });
          void message.success(t('dismissed'));
          setDismissing(null);
        }}
      />
    </PageLayout>
  );
}
