import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';

/**
 * Under a table that grows page by page: how many rows are loaded of how many match, and a button that
 * loads the next page (scrolling near the end does the same; the button keeps it reachable by keyboard).
 */
export function LoadMoreFooter({
  loaded,
  total,
  hasMore,
  loading,
  onLoadMore,
  pageSize,
  testId,
}: {
  /** A list that fits one page needs no footer. */
  pageSize: number;
  loaded: number;
  total: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore(): void;
  testId?: string;
}) {
  const { t } = useTranslation('paging');
  const f = useFormat();
  if (total <= pageSize && !hasMore) return null;
  return (
    <Flex justify="flex-end" align="center" gap={12} data-testid={testId}>
      <Typography.Text type="secondary">
        {t('loaded', { loaded: f.count(loaded), total: f.count(total) })}
      </Typography.Text>
      {hasMore && (
        <Button onClick={onLoadMore} loading={loading}>
          {t('loadMore')}
        </Button>
      )}
    </Flex>
  );
}
