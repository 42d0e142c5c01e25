import { CalendarOutlined, EditOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Select, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayCarryLink } from '../../../../shared/domain/deliverableLink';
import { Link } from 'react-router';
import {
  deliverableStatuses,
  type DeliverableStatus,
  type Offer,
  type TrackedDeliverable,
} from '../../../../shared/domain/offer';
import { ApiCallError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { deliverableLabel } from './OfferParts';
import { useOfferMutations } from './queries';
import { DeliverableLink } from './DeliverableLink';
import { DeliverableLinkModal } from './DeliverableLinkModal';
import { DeliverableDue, DeliverableStatusTag } from './DeliverableCells';

/** Accepted offers: each deliverable's status; overdue ones stand out. Editable while the offer is accepted. */
export function DeliverablesCard({ offer }: { offer: Offer }) {
  const { t } = useTranslation(['offers', 'deliverableReport']);
  const { message } = AntApp.useApp();
  const { setDeliverableStatus } = useOfferMutations();
  // The creator enters the published link with 已提交/已发布 (it travels in the answer file).
  const [linking, setLinking] = useState<{ deliverable: TrackedDeliverable; status: DeliverableStatus }>();
  if (offer.deliverables.length === 0) return null;
  const editable = offer.state === 'accepted';
  const asksForLink = offer.side === 'creator';
  const save = async (d: TrackedDeliverable, input: { status: DeliverableStatus; publishedUrl?: string }) => {
    await setDeliverableStatus.mutateAsync({ id: d.id, ...input });
  };
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
            render: (_: string, d) => <DeliverableDue d={d} />,
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
                    if (asksForLink && mayCarryLink(next))
                      return setLinking({ deliverable: d, status: next });
                    try {
                      await save(d, { status: next });
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
                <DeliverableStatusTag status={status} />
              ),
          },
          {
            title: t('deliverableReport:link.column'),
            render: (_: unknown, d: TrackedDeliverable) => (
              <>
                {d.publishedUrl ? (
                  <DeliverableLink url={d.publishedUrl} label={t('deliverableReport:link.open')} />
                ) : (
                  <Typography.Text type="secondary">{t('deliverableReport:link.none')}</Typography.Text>
                )}
                {asksForLink && editable && mayCarryLink(d.status) && (
                  <Tooltip title={t('deliverableReport:link.edit')}>
                    <Button
                      size="small"
                      type="text"
                      icon={<EditOutlined />}
                      aria-label={t('deliverableReport:link.edit')}
                      data-testid="edit-deliverable-link"
                      onClick={() => setLinking({ deliverable: d, status: d.status })}
                    />
                  </Tooltip>
                )}
              </>
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
      {linking && (
        <DeliverableLinkModal
          deliverable={linking.deliverable}
          status={linking.status}
          pending={setDeliverableStatus.isPending}
          onSave={async (input) => {
            try {
              await save(linking.deliverable, input);
            } catch (err) {
              if (!(err instanceof ApiCallError) || err.issues[0]?.path[0] !== 'publishedUrl')
                void message.error(describeError(err, t));
              throw err;
            }
          }}
          onClose={() => setLinking(undefined)}
        />
      )}
    </Card>
  );
}
