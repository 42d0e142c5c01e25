import { CalendarOutlined } from '@ant-design/icons';
import { App as AntApp, Card, Select, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  deliverableStatuses,
  type DeliverableStatus,
  type Offer,
  type TrackedDeliverable,
} from '../../../../shared/domain/offer';
import { describeError } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { deliverableLabel } from './OfferParts';
import { useOfferMutations } from './queries';

const statusColor: Record<DeliverableStatus, string> = {
  due: 'default',
  submitted: 'processing',
  approved: 'gold',
  published: 'green',
};

/** Accepted offers: each deliverable's status; overdue ones stand out. Editable while the offer is accepted. */
export function DeliverablesCard({ offer }: { offer: Offer }) {
  const { t } = useTranslation('offers');
  const { message } = AntApp.useApp();
  const f = useFormat();
  const { setDeliverableStatus } = useOfferMutations();
  if (offer.deliverables.length === 0) return null;
  const editable = offer.state === 'accepted';
  return (
    <Card title={t('deliverables.title')} size="small" data-testid="offer-deliverables">
      <Table<TrackedDeliverable>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={offer.deliverables}
        rowClassName={(d) => (d.overdue ? 'deliverable-overdue' : '')}
        onRow={(d) =>
          ({
            'data-testid': 'deliverable',
            'data-overdue': d.overdue ? 'true' : 'false',
            style: d.overdue ? { background: '#fff1f0' } : undefined,
          }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          { title: t('fields.format'), render: (_: unknown, d) => `${deliverableLabel(t, d)} × ${d.count}` },
          {
            title: t('fields.dueOn'),
            dataIndex: 'dueOn',
            render: (v: string, d) => (
              <>
                <Typography.Text type={d.overdue ? 'danger' : undefined}>{f.date(v)}</Typography.Text>{' '}
                {d.overdue && (
                  <Tag color="red" data-testid="overdue">
                    {t('deliverables.overdue')}
                  </Tag>
                )}
              </>
            ),
          },
          { title: t('fields.account'), dataIndex: 'accountLabel' },
          {
            title: t('deliverables.status'),
            dataIndex: 'status',
            render: (status: DeliverableStatus, d) =>
              editable && status !== 'published' ? (
                <Select<DeliverableStatus>
                  size="small"
                  value={status}
                  aria-label={t('deliverables.status')}
                  style={{ width: 120 }}
                  onChange={async (next) => {
                    try {
                      await setDeliverableStatus.mutateAsync({ id: d.id, status: next });
                    } catch (err) {
                      void message.error(describeError(err, t));
                    }
                  }}
                  options={deliverableStatuses.map((s) => ({
                    value: s,
                    label: t(`deliverables.statuses.${s}`),
                  }))}
                />
              ) : (
                <Tag color={statusColor[status]}>{t(`deliverables.statuses.${status}`)}</Tag>
              ),
          },
          ...(offer.side === 'brand'
            ? [
                {
                  title: '',
                  render: (_: unknown, d: TrackedDeliverable) =>
                    d.contentItemId ? (
                      <Tooltip title={t('deliverables.calendar')}>
                        <Link
                          to={`/w/${offer.workspaceId}/calendar?view=week&date=${d.dueOn}&focus=${d.contentItemId}`}
                          data-testid="on-calendar"
                          aria-label={t('deliverables.calendar')}
                        >
                          <CalendarOutlined />
                        </Link>
                      </Tooltip>
                    ) : (
                      <Typography.Text type="secondary">{t('deliverables.notPlanned')}</Typography.Text>
                    ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
