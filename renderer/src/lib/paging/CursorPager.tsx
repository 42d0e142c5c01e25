import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';

/** Previous / next under a server-paged table, with where the user is and how many rows match. */
export function CursorPager({
  page,
  pageSize,
  shown,
  total,
  nextCursor,
  onNext,
  onPrevious,
  testId = 'pager',
}: {
  page: number;
  pageSize: number;
  shown: number;
  total: number;
  nextCursor: string | null;
  onNext(cursor: string): void;
  onPrevious(): void;
  testId?: string;
}) {
  const { t } = useTranslation('paging');
  const f = useFormat();
  if (total === 0 || (page === 1 && nextCursor === null)) return null;
  const from = (page - 1) * pageSize + 1;
  return (
    <Flex justify="flex-end" align="center" gap={12} data-testid={testId}>
      <Typography.Text type="secondary">
        {t('showing', { from: f.count(from), to: f.count(from + shown - 1), total: f.count(total) })}
      </Typography.Text>
      <Button icon={<LeftOutlined />} disabled={page <= 1} onClick={onPrevious}>
        {t('previous')}
      </Button>
      <Button disabled={nextCursor === null} onClick={() => nextCursor && onNext(nextCursor)}>
        {t('next')}
        <RightOutlined />
      </Button>
    </Flex>
  );
}
