import { DeleteOutlined, EditOutlined, PlusOutlined, SendOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLayout } from '../../lib/PageLayout';
import { useNavigate } from 'react-router';
import type { MethodInput } from '../../../../shared/api/contract';
import { creatorSortKeys } from '../../../../shared/api/creators';
import {
  creatorTiers,
  rateCardKeys,
  type Creator,
  type CreatorTier,
  type RateCardKey,
} from '../../../../shared/domain/creator';
import { interestTaxonomy } from '../../../../shared/interest/taxonomy';
import { useLanguage } from '../../lib/language';
import { useWorkspaceId } from '../../lib/workspaceContext';
import { IconAction } from '../../lib/IconAction';
import { DeleteByHandleModal } from '../../lib/DeleteByHandleModal';
import { useFormat } from '../../lib/format';
import { CreatorDetails } from './CreatorDetails';
import { CreatorFormDrawer } from './CreatorFormDrawer';
import { CreatorImportModal } from './CreatorImportModal';
import { useCreatorMutations, useCreatorPages } from './queries';
import { growingTable } from '../../lib/paging/growingTable';
import { LoadMoreFooter } from '../../lib/paging/LoadMoreFooter';
import { useOpenedOnce } from '../../lib/useOpenedOnce';

type SortKey = (typeof creatorSortKeys)[number];

/** Creators per request (about 110 KB); the table appends pages as the user scrolls. */
const CREATOR_PAGE_SIZE = 100;

export const tierColor: Record<CreatorTier, string> = {
  nano: 'default',
  micro: 'cyan',
  mid: 'blue',
  macro: 'purple',
  mega: 'magenta',
};

/** The creator directory: filters and sorting run in the backend; CPM/CPE are derived there too. */
/** What the page hands the offer drawer it opens for a creator (the drawer belongs to the offers feature). */
export interface CreatorOfferDrawerProps {
  workspaceId: string;
  /** The creator to draft an offer for; null while the drawer is closed. */
  creatorId: string | null;
  onClose(): void;
  onSaved(offerId: string): void;
}

/**
 * The offers feature builds on creators (its form picks a creator), so this page may not import it:
 * the shell (app/) passes the offer drawer in, keeping the dependency one way.
 */
export function CreatorsPage({
  renderOfferDrawer,
}: {
  renderOfferDrawer(props: CreatorOfferDrawerProps): ReactNode;
}) {
  const { t } = useTranslation(['creators', 'common']);
  const { language } = useLanguage();
  const f = useFormat();
  const navigate = useNavigate();
  const workspaceId = useWorkspaceId();
  const [search, setSearch] = useState('');
  const [categories, setCategories] = useState<string[]>([]);
  const [tiers, setTiers] = useState<CreatorTier[]>([]);
  const [priceKey, setPriceKey] = useState<RateCardKey>('video21to60s');
  const [priceMin, setPriceMin] = useState<number | null>(null);
  const [priceMax, setPriceMax] = useState<number | null>(null);
  const [followersMin, setFollowersMin] = useState<number | null>(null);
  const [followersMax, setFollowersMax] = useState<number | null>(null);
  const [sort, setSort] = useState<{ field: SortKey; order: 'asc' | 'desc' }>({
    field: 'displayName',
    order: 'asc',
  });
  const [drawer, setDrawer] = useState<Creator | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [deleting, setDeleting] = useState<Creator | null>(null);
  const [offerCreatorId, setOfferCreatorId] = useState<string | null>(null);
  // The form, import and offer dialogs are built when first opened, not with the list (issue 11 §8).
  const drawerMounted = useOpenedOnce(drawer !== null);
  const importMounted = useOpenedOnce(importing);
  const offerMounted = useOpenedOnce(offerCreatorId !== null);
  const { remove } = useCreatorMutations(workspaceId);

  const input: MethodInput<'creators.list'> = {
    workspaceId,
    priceKey,
    sort: sort.field,
    order: sort.order,
    ...(search.trim() ? { search: search.trim() } : {}),
    ...(categories.length ? { categories } : {}),
    ...(tiers.length ? { tiers } : {}),
    ...(priceMin !== null ? { priceMin } : {}),
    ...(priceMax !== null && (priceMin === null || priceMax >= priceMin) ? { priceMax } : {}),
    ...(followersMin !== null ? { followersMin } : {}),
    ...(followersMax !== null && (followersMin === null || followersMax >= followersMin)
      ? { followersMax }
      : {}),
  };
  const list = useCreatorPages({ ...input, limit: CREATOR_PAGE_SIZE });
  const table = growingTable(list, CREATOR_PAGE_SIZE);
  const categoryOptions = useMemo(
    () => interestTaxonomy.map((c) => ({ value: c.id, label: c.label[language] })),
    [language],
  );
  const categoryLabel = (id: string) => interestTaxonomy.find((c) => c.id === id)?.label[language] ?? id;
  const filtered =
    search.trim() !== '' ||
    categories.length > 0 ||
    tiers.length > 0 ||
    [priceMin, priceMax, followersMin, followersMax].some((v) => v !== null);

  return (
    <PageLayout
      titles={t}
      extra={
        <Space>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            {t('import')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer('new')}>
            {t('add')}
          </Button>
        </Space>
      }
    >
      <Flex gap={8} wrap align="center" data-testid="creator-filters">
        <Input.Search
          allowClear
          placeholder={t('filters.search')}
          aria-label={t('filters.search')}
          style={{ width: 260 }}
          onSearch={setSearch}
          onChange={(e) => e.target.value === '' && setSearch('')}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('filters.categories')}
          aria-label={t('filters.categories')}
          style={{ minWidth: 180 }}
          value={categories}
          onChange={setCategories}
          options={categoryOptions}
          optionFilterProp="label"
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('filters.tiers')}
          aria-label={t('filters.tiers')}
          style={{ minWidth: 180 }}
          value={tiers}
          onChange={setTiers}
          options={creatorTiers.map((tier) => ({
            value: tier,
            label: `${t(`tier.${tier}`)}（${t(`tierRange.${tier}`)}）`,
          }))}
        />
        <Space.Compact>
          <Select
            aria-label={t('filters.priceKey')}
            value={priceKey}
            onChange={setPriceKey}
            style={{ width: 140 }}
            options={rateCardKeys.map((k) => ({ value: k, label: t(`rateCard.${k}`) }))}
          />
          <InputNumber
            aria-label={t('filters.priceMin')}
            placeholder={t('filters.priceMin')}
            prefix="¥"
            min={0}
            value={priceMin}
            onChange={setPriceMin}
            style={{ width: 130 }}
          />
          <InputNumber
            aria-label={t('filters.priceMax')}
            placeholder={t('filters.priceMax')}
            prefix="¥"
            min={0}
            value={priceMax}
            onChange={setPriceMax}
            style={{ width: 130 }}
          />
        </Space.Compact>
        <Space.Compact>
          <InputNumber
            aria-label={t('filters.followersMin')}
            placeholder={t('filters.followersMin')}
            min={0}
            value={followersMin}
            onChange={setFollowersMin}
            style={{ width: 130 }}
          />
          <InputNumber
            aria-label={t('filters.followersMax')}
            placeholder={t('filters.followersMax')}
            min={0}
            value={followersMax}
            onChange={setFollowersMax}
            style={{ width: 130 }}
          />
        </Space.Compact>
        <Space.Compact>
          <Select
            aria-label={t('filters.sort')}
            value={sort.field}
            onChange={(field: SortKey) => setSort((s) => ({ ...s, field }))}
            style={{ width: 130 }}
            options={creatorSortKeys.map((k) => ({ value: k, label: t(`sort.${k}`) }))}
          />
          <Select
            aria-label={t('filters.sort')}
            value={sort.order}
            onChange={(order: 'asc' | 'desc') => setSort((s) => ({ ...s, order }))}
            style={{ width: 90 }}
            options={[
              { value: 'asc', label: t('sort.asc') },
              { value: 'desc', label: t('sort.desc') },
            ]}
          />
        </Space.Compact>
        {filtered && (
          <Button
            type="link"
            onClick={() => {
              setSearch('');
              setCategories([]);
              setTiers([]);
              setPriceMin(null);
              setPriceMax(null);
              setFollowersMin(null);
              setFollowersMax(null);
            }}
          >
            {t('filters.reset')}
          </Button>
        )}
      </Flex>
      <Table<Creator>
        rowKey="id"
        loading={list.isLoading}
        dataSource={table.rows}
        locale={{ emptyText: t('empty') }}
        // Server pages appended as the user scrolls: a 20,000-creator roster is never sent whole, and past
        // one page only the rows in view are drawn.
        pagination={false}
        {...table.tableProps}
        data-testid="creators-table"
        expandable={{ expandedRowRender: (c) => <CreatorDetails creator={c} /> }}
        onRow={(c) =>
          ({ 'data-testid': 'creator-row', 'data-handle': c.handle }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: t('columns.creator'),
            render: (_: unknown, c) => (
              <Flex vertical>
                <Typography.Text strong>{c.displayName}</Typography.Text>
                <Typography.Text type="secondary">
                  {t(`common:platform.${c.platform}`)} · @{c.handle}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('columns.tier'),
            dataIndex: 'tier',
            render: (tier: CreatorTier) => (
              <Tag color={tierColor[tier]} data-testid="tier" title={t(`tierRange.${tier}`)}>
                {t(`tier.${tier}`)}
              </Tag>
            ),
          },
          {
            title: t('columns.followers'),
            dataIndex: 'followers',
            align: 'right',
            render: (v: number) => <span data-testid="followers">{f.count(v)}</span>,
          },
          {
            title: t('columns.categories'),
            dataIndex: 'categories',
            render: (cats: string[]) => cats.map((c) => <Tag key={c}>{categoryLabel(c)}</Tag>),
          },
          {
            title: t('columns.engagement'),
            dataIndex: 'engagementRatePct',
            align: 'right',
            render: (v: number | null) => f.percent(v),
          },
          {
            title: t('columns.medianViews'),
            dataIndex: 'medianViews',
            align: 'right',
            render: (v: number | null) => f.count(v),
          },
          {
            title: t('columns.gpm'),
            dataIndex: 'avgGpm',
            align: 'right',
            render: (v: number | null) => f.moneyAt('table', v),
          },
          {
            title: t('columns.price', { entry: t(`rateCard.${priceKey}`) }),
            align: 'right',
            render: (_: unknown, c) => {
              const m = c.metrics[priceKey];
              return (
                <Flex vertical align="flex-end">
                  <span data-testid="price">{f.moneyAt('table', m.price)}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    CPM <span data-testid="cpm">{f.moneyAt('table', m.cpm)}</span> · CPE{' '}
                    <span data-testid="cpe">{f.moneyAt('table', m.cpe)}</span>
                  </Typography.Text>
                </Flex>
              );
            },
          },
          {
            title: t('columns.actions'),
            width: 120,
            render: (_: unknown, c) => (
              <Flex gap={2}>
                <IconAction
                  label={t('actions.offer')}
                  icon={<SendOutlined />}
                  onClick={() => setOfferCreatorId(c.id)}
                />
                <IconAction label={t('actions.edit')} icon={<EditOutlined />} onClick={() => setDrawer(c)} />
                <IconAction
                  label={t('actions.delete')}
                  icon={<DeleteOutlined />}
                  danger
                  onClick={() => setDeleting(c)}
                />
              </Flex>
            ),
          },
        ]}
      />
      <LoadMoreFooter
        loaded={table.rows.length}
        total={table.total}
        pageSize={CREATOR_PAGE_SIZE}
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={table.loadMore}
        testId="creators-pager"
      />
      {drawerMounted && (
        <CreatorFormDrawer workspaceId={workspaceId} target={drawer} onClose={() => setDrawer(null)} />
      )}
      {importMounted && (
        <CreatorImportModal workspaceId={workspaceId} open={importing} onClose={() => setImporting(false)} />
      )}
      {offerMounted &&
        renderOfferDrawer({
          workspaceId,
          creatorId: offerCreatorId,
          onClose: () => setOfferCreatorId(null),
          onSaved: (offerId) => navigate(`/w/${workspaceId}/offers/${offerId}`),
        })}
      <DeleteByHandleModal
        target={deleting}
        texts={t}
        remove={(id) => remove.mutateAsync(id)}
        onClose={() => setDeleting(null)}
      />
    </PageLayout>
  );
}
