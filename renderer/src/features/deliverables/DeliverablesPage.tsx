import { Flex, Form, Segmented, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { deliverableStatuses } from '../../../../shared/domain/offer';
import type { DueWindow } from '../../../../shared/domain/trackerFilters';
import { PageLayout } from '../../lib/PageLayout';
import { MultiSelectFilter } from '../../lib/MultiSelectFilter';
import { useFormat } from '../../lib/format';
import { ResultPager } from '../../lib/paging/ResultPager';
import { useCursorPages } from '../../lib/paging/useCursorPages';
import { useWorkspaceId } from '../../lib/workspaceContext';
import { CreatorPicker } from '../creators';
import { useDeliverableCounts, useDeliverablePage } from './queries';
import { TrackerTable } from './TrackerTable';
import { useTrackerFilters } from './useTrackerFilters';

const TRACKER_PAGE_SIZE = 50;

/**
 * 交付跟踪: every deliverable of the workspace's accepted offers, one server page at a time, filtered by
 * status, due window, creator and offer, with the counts per status under the other filters.
 */
export function DeliverablesPage() {
  const { t } = useTranslation(['deliverables', 'offers']);
  const f = useFormat();
  const workspaceId = useWorkspaceId();
  const { filters, update } = useTrackerFilters();
  const shared = {
    workspaceId,
    ...(filters.due ? { due: filters.due } : {}),
    ...(filters.creatorId ? { creatorId: filters.creatorId } : {}),
    ...(filters.offerId ? { offerId: filters.offerId } : {}),
  };
  const listInput = {
    ...shared,
    ...(filters.statuses.length > 0 ? { status: filters.statuses } : {}),
    sort: filters.sort,
  };
  const pages = useCursorPages(JSON.stringify(listInput));
  const page = useDeliverablePage({
    ...listInput,
    limit: TRACKER_PAGE_SIZE,
    ...(pages.cursor ? { cursor: pages.cursor } : {}),
  });
  const counts = useDeliverableCounts(shared).data;
  const rows = page.data?.items ?? [];
  const offerTitle = filters.offerId
    ? rows.find((d) => d.offerId === filters.offerId)?.offerTitle
    : undefined;

  return (
    <PageLayout titles={(key) => t(`deliverables:${key}`)}>
      <Form layout="inline" component="div" style={{ rowGap: 8 }}>
        <Form.Item label={t('deliverables:filters.due')}>
          <Segmented<DueWindow | 'all'>
            data-testid="tracker-due"
            value={filters.due ?? 'all'}
            onChange={(due) => update({ due: due === 'all' ? null : due })}
            options={[
              { value: 'all', label: t('deliverables:filters.dueAll') },
              {
                value: 'overdue',
                label: t('deliverables:filters.overdue', { count: counts?.overdue ?? 0 }),
              },
              { value: 'within24h', label: t('deliverables:filters.within24h') },
              { value: 'within7d', label: t('deliverables:filters.within7d') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('deliverables:filters.status')}>
          <MultiSelectFilter
            value={filters.statuses}
            onChange={(statuses) => update({ statuses })}
            placeholder={t('deliverables:filters.statusPlaceholder')}
            label={t('deliverables:filters.status')}
            testId="tracker-status"
            options={deliverableStatuses.map((s) => ({
              value: s,
              label: t('deliverables:filters.statusOption', {
                status: t(`offers:deliverables.statuses.${s}`),
                count: f.count(counts?.byStatus[s] ?? 0),
              }),
            }))}
          />
        </Form.Item>
        <Form.Item label={t('deliverables:filters.creator')} htmlFor="tracker-creator">
          <div style={{ minWidth: 200 }}>
            <CreatorPicker
              id="tracker-creator"
              workspaceId={workspaceId}
              value={filters.creatorId ?? undefined}
              onChange={(creatorId) => update({ creatorId: creatorId ?? null })}
              allowClear
            />
          </div>
        </Form.Item>
        <Form.Item label={t('deliverables:filters.sort')} htmlFor="tracker-sort">
          <Select<'dueAsc' | 'dueDesc'>
            id="tracker-sort"
            style={{ minWidth: 180 }}
            value={filters.sort}
            onChange={(sort) => update({ sort })}
            options={[
              { value: 'dueAsc', label: t('deliverables:filters.dueAsc') },
              { value: 'dueDesc', label: t('deliverables:filters.dueDesc') },
            ]}
          />
        </Form.Item>
      </Form>
      <Flex align="center" gap={12} wrap>
        {counts && (
          <Typography.Text type="secondary" data-testid="tracker-summary">
            {t('deliverables:summary', { total: f.count(counts.total), overdue: f.count(counts.overdue) })}
          </Typography.Text>
        )}
        {filters.offerId && (
          <Tag
            closable
            closeIcon={<span aria-label={t('deliverables:filters.clearOffer')}>×</span>}
            onClose={() => update({ offerId: null })}
            data-testid="tracker-offer-filter"
          >
            {t('deliverables:filters.offer', { title: offerTitle ?? '…' })}
          </Tag>
        )}
      </Flex>
      <TrackerTable
        workspaceId={workspaceId}
        rows={rows}
        loading={page.isLoading}
        onOnlyOffer={(offerId) => update({ offerId })}
      />
      <ResultPager pages={pages} result={page.data} pageSize={TRACKER_PAGE_SIZE} testId="tracker-pager" />
    </PageLayout>
  );
}
