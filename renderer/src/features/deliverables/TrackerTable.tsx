import { CalendarOutlined, FilterOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Tooltip, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeliverableStatus, TrackedDeliverable } from '../../../../shared/domain/offer';
import { useFormat } from '../../lib/format';
import { deliverableLabel } from '../offers';

const statusColor: Record<DeliverableStatus, string> = {
  due: 'default',
  submitted: 'processing',
  approved: 'gold',
  published: 'green',
};

/**
 * One page of the tracker: each row names its offer (a link to it), its creator, what is due where and when,
 * and links to its planned item on the calendar (the week of its due date, the item highlighted).
 */
export function TrackerTable({
  workspaceId,
  rows,
  loading,
  onOnlyOffer,
}: {
  workspaceId: string;
  rows: TrackedDeliverable[];
  loading: boolean;
  onOnlyOffer(offerId: string): void;
}) {
  const { t } = useTranslation(['deliverables', 'offers']);
  const { t: offerText } = useTranslation('offers');
  const f = useFormat();
  return (
    <Table<TrackedDeliverable>
      size="small"
      rowKey="id"
      pagination={false}
      loading={loading}
      dataSource={rows}
      locale={{ emptyText: t('deliverables:empty') }}
      onRow={(d) =>
        ({
          'data-testid': 'tracker-row',
          'data-overdue': d.overdue ? 'true' : 'false',
        }) as HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          title: t('deliverables:columns.offer'),
          key: 'offer',
          render: (_: unknown, d) => (
            <>
              <Link to={`/w/${workspaceId}/offers/${d.offerId}`} data-testid="tracker-offer">
                {d.offerTitle}
              </Link>{' '}
              <Tooltip title={t('deliverables:onlyThisOffer')}>
                <Button
                  size="small"
                  type="text"
                  icon={<FilterOutlined />}
                  aria-label={`${t('deliverables:onlyThisOffer')}: ${d.offerTitle}`}
                  onClick={() => onOnlyOffer(d.offerId)}
                />
              </Tooltip>
            </>
          ),
        },
        { title: t('deliverables:columns.creator'), dataIndex: 'creatorName' },
        {
          title: t('deliverables:columns.deliverable'),
          key: 'deliverable',
          render: (_: unknown, d) => `${deliverableLabel(offerText, d)} × ${f.count(d.count)}`,
        },
        { title: t('deliverables:columns.account'), dataIndex: 'accountLabel' },
        {
          title: t('deliverables:columns.dueOn'),
          dataIndex: 'dueOn',
          render: (v: string, d) => (
            <>
              <Typography.Text type={d.overdue ? 'danger' : undefined}>{f.date(v)}</Typography.Text>{' '}
              {d.overdue && (
                <Tag color="red" data-testid="overdue">
                  {t('offers:deliverables.overdue')}
                </Tag>
              )}
            </>
          ),
        },
        {
          title: t('deliverables:columns.status'),
          dataIndex: 'status',
          render: (s: DeliverableStatus) => (
            <Tag color={statusColor[s]}>{t(`offers:deliverables.statuses.${s}`)}</Tag>
          ),
        },
        {
          title: t('deliverables:columns.calendar'),
          key: 'calendar',
          render: (_: unknown, d) =>
            d.contentItemId ? (
              <Link
                to={`/w/${workspaceId}/calendar?view=week&date=${d.dueOn}&focus=${d.contentItemId}`}
                data-testid="tracker-calendar"
                aria-label={`${t('deliverables:openCalendar')}: ${d.offerTitle}`}
              >
                <CalendarOutlined /> {t('deliverables:openCalendar')}
              </Link>
            ) : (
              <Typography.Text type="secondary">{t('deliverables:notPlanned')}</Typography.Text>
            ),
        },
      ]}
    />
  );
}
