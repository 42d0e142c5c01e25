import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLayout } from '../../lib/PageLayout';
import type { MethodInput } from '../../../../shared/api/contract';
import { productStatuses, type Product, type ProductStatus } from '../../../../shared/domain/product';
import { useWorkspaceId } from '../../lib/workspaceContext';
import { IconAction } from '../../lib/IconAction';
import { runWithToast } from '../../lib/runWithToast';
import { useFormat } from '../../lib/format';
import { ResultPager } from '../../lib/paging/ResultPager';
import { useCursorPages } from '../../lib/paging/useCursorPages';
import { ProductFormDrawer } from './ProductFormDrawer';
import { useProductMutations, useProducts } from './queries';
import { useOpenedOnce } from '../../lib/useOpenedOnce';

type SortField = NonNullable<MethodInput<'products.list'>['sort']>;

/** Rows per page of the catalogue table (keyset pages from the backend). */
const PRODUCT_PAGE_SIZE = 50;

/** The product catalogue: search and sort run in the backend, so they work the same for large catalogues. */
export function ProductsPage() {
  const { t } = useTranslation(['products', 'common']);
  const { message, modal } = AntApp.useApp();
  const f = useFormat();
  const workspaceId = useWorkspaceId();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ProductStatus | undefined>();
  const [sort, setSort] = useState<{ field: SortField; order: 'asc' | 'desc' }>({
    field: 'name',
    order: 'asc',
  });
  const [drawer, setDrawer] = useState<Product | 'new' | null>(null);
  // Built when first opened, not with the list (issue 11 §8).
  const drawerMounted = useOpenedOnce(drawer !== null);
  const input = {
    workspaceId,
    ...(search.trim() ? { search: search.trim() } : {}),
    ...(status ? { status } : {}),
    sort: sort.field,
    order: sort.order,
  };
  // A new search, filter or sort starts again from the first page.
  const pages = useCursorPages(JSON.stringify(input));
  const query = useProducts({
    ...input,
    limit: PRODUCT_PAGE_SIZE,
    ...(pages.cursor ? { cursor: pages.cursor } : {}),
  });
  const { remove } = useProductMutations(workspaceId);

  const sortOrder = (field: SortField): SortOrder =>
    sort.field === field ? (sort.order === 'asc' ? 'ascend' : 'descend') : null;

  const confirmDelete = (product: Product) =>
    modal.confirm({
      title: t('deleteTitle', { name: product.name }),
      content: t('deleteBody', { count: product.contentCount }),
      okText: t('common:delete'),
      okButtonProps: { danger: true },
      cancelText: t('common:cancel'),
      onOk: () =>
        runWithToast(
          async () => {
            await remove.mutateAsync(product.id);
            void message.success(t('deleted', { name: product.name }));
          },
          { t, message },
        ),
    });

  return (
    <PageLayout
      titles={t}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer('new')}>
          {t('add')}
        </Button>
      }
    >
      <Flex gap={12} wrap>
        <Input.Search
          allowClear
          placeholder={t('search')}
          aria-label={t('search')}
          style={{ width: 320 }}
          onSearch={setSearch}
          onChange={(e) => e.target.value === '' && setSearch('')}
        />
        <Select
          allowClear
          placeholder={t('allStatuses')}
          aria-label={t('fields.status')}
          style={{ width: 160 }}
          value={status}
          onChange={setStatus}
          options={productStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
      </Flex>
      <Table<Product>
        rowKey="id"
        size="middle"
        data-testid="products-table"
        loading={query.isLoading}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: t('empty') }}
        pagination={false}
        onChange={(_p, _f, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          if (s?.order && s.columnKey) {
            setSort({ field: s.columnKey as SortField, order: s.order === 'ascend' ? 'asc' : 'desc' });
          } else setSort({ field: 'name', order: 'asc' });
        }}
        columns={[
          {
            key: 'name',
            title: t('fields.name'),
            dataIndex: 'name',
            sorter: true,
            sortOrder: sortOrder('name'),
            render: (name: string, p) => (
              <Typography.Text delete={p.status === 'discontinued'} strong>
                {name}
              </Typography.Text>
            ),
          },
          { key: 'sku', title: t('fields.sku'), dataIndex: 'sku', sorter: true, sortOrder: sortOrder('sku') },
          {
            key: 'price',
            title: t('fields.price'),
            dataIndex: 'price',
            align: 'right',
            sorter: true,
            sortOrder: sortOrder('price'),
            render: (v: number) => f.moneyAt('table', v),
          },
          {
            key: 'category',
            title: t('fields.category'),
            dataIndex: 'category',
            sorter: true,
            sortOrder: sortOrder('category'),
          },
          {
            key: 'marginPct',
            title: t('fields.marginPct'),
            dataIndex: 'marginPct',
            align: 'right',
            sorter: true,
            sortOrder: sortOrder('marginPct'),
            render: (v: number | null) => f.percent(v),
          },
          {
            key: 'tags',
            title: t('fields.tags'),
            dataIndex: 'tags',
            render: (tags: string[]) => (
              <Flex gap={4} wrap>
                {tags.map((tag) => (
                  <Tag key={tag} style={{ marginInlineEnd: 0 }}>
                    {tag}
                  </Tag>
                ))}
              </Flex>
            ),
          },
          {
            key: 'status',
            title: t('fields.status'),
            dataIndex: 'status',
            sorter: true,
            sortOrder: sortOrder('status'),
            render: (s: ProductStatus) => (
              <Tag color={s === 'active' ? 'green' : 'default'}>{t(`status.${s}`)}</Tag>
            ),
          },
          {
            key: 'contentCount',
            title: t('fields.contentCount'),
            dataIndex: 'contentCount',
            align: 'right',
            render: (n: number) => t('contentItems', { count: n }),
          },
          {
            key: 'actions',
            title: t('fields.actions'),
            width: 96,
            render: (_v, p) => (
              <Flex gap={2}>
                <IconAction label={t('common:edit')} icon={<EditOutlined />} onClick={() => setDrawer(p)} />
                <IconAction
                  label={t('common:delete')}
                  icon={<DeleteOutlined />}
                  danger
                  onClick={() => confirmDelete(p)}
                />
              </Flex>
            ),
          },
        ]}
      />
      <ResultPager pages={pages} result={query.data} pageSize={PRODUCT_PAGE_SIZE} testId="products-pager" />
      {drawerMounted && (
        <ProductFormDrawer workspaceId={workspaceId} target={drawer} onClose={() => setDrawer(null)} />
      )}
    </PageLayout>
  );
}
