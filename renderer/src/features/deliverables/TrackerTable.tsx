import { CalendarOutlined, FilterOutlined } from '@ant-design/icons';
import { Button, Table, Tooltip, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeliverableStatus, TrackedDeliverable } from '../../../../shared/domain/offer';
import { useFormat } from '../../lib/format';
import { DeliverableDue, DeliverableStatusTag, deliverableLabel } from '../offers';

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
  const { t } = useTranslation('deliverables');
  const { t: offerText } = useTranslation('offers');
  const f = useFormat();
  return (
    <Table<TrackedDeliverable>
      size="small"
      rowKey="id"
      pagination={false}
      loading={loading}
      dataSource={rows}
      locale={{ emptyText: t('empty') }}
      onRow={(d) =>
        ({
          'data-testid': 'tracker-row',
          'data-overdue': d.overdue ? 'true' : 'false',
        }) as HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          title: t('columns.offer'),
          key: 'offer',
          render: (_: unknown, d) => (
            <>
              <Link to={`/w/${workspaceId}/offers/${d.offerId}`} data-testid="tracker-offer">
                {d.offerTitle}
              </Link>{' '}
              <Tooltip title={t('onlyThisOffer')}>
                <Button
                  size="small"
                  type="text"
                  icon={<FilterOutlined />}
                  aria-label={`${t('onlyThisOffer')}: ${d.offerTitle}`}
                  onClick={() => onOnlyOffer(d.offerId)}
                />
              </Tooltip>
            </>
          ),
        },
        { title: t('columns.creator'), dataIndex: 'creatorName' },
        {
          title: t('columns.deliverable'),
          key: 'deliverable',
          render: (_: unknown, d) => `${deliverableLabel(offerText, d)} × ${f.count(d.count)}`,
        },
        { title: t('columns.account'), dataIndex: 'accountLabel' },
        {
          title: t('columns.dueOn'),
          dataIndex: 'dueOn',
          render: (_: string, d) => <DeliverableDue d={d} />,
        },
        {
          title: t('columns.status'),
          dataIndex: 'status',
          render: (status: DeliverableStatus) => <DeliverableStatusTag status={status} />,
        },
        {
          title: t('columns.calendar'),
          key: 'calendar',
          render: (_: unknown, d) =>
            d.contentItemId ? (
              <Link
                to={`/w/${workspaceId}/calendar?view=week&date=${d.dueOn}&focus=${d.contentItemId}`}
                data-testid="tracker-calendar"
                aria-label={`${t('openCalendar')}: ${d.offerTitle}`}
              >
                <CalendarOutlined /> {t('openCalendar')}
              </Link>
            ) : (
              <Typography.Text type="secondary">{t('notPlanned')}</Typography.Text>
            ),
        },
      ]}
    />
  );
}
