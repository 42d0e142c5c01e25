import { CalendarOutlined, EditOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Select, Space, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayCarryLink } from '../../../../shared/domain/deliverableLink';
import { isSendBack } from '../../../../shared/domain/deliverableSendBack';
import { Link } from 'react-router';
import {
  deliverableStatuses,
  type DeliverableStatus,
  type Offer,
  type TrackedDeliverable,
} from '../../../../shared/domain/offer';
import { runWithToast } from '../../lib/runWithToast';
import { deliverableLabel } from './OfferParts';
import { useOfferMutations } from './queries';
import type { DeliverableChange } from './DeliverableFieldModal';
import { DeliverableLinkModal } from './DeliverableLinkModal';
import {
  DeliverableDue,
  DeliverableLinkOrNone,
  DeliverableStatusTag,
  SentBackNote,
} from './DeliverableCells';
import { SendBackModal } from './SendBackModal';

type Chosen = { deliverable: TrackedDeliverable; status: DeliverableStatus };

/** Accepted offers: each deliverable's status; overdue ones stand out. Editable while the offer is accepted. */
export function DeliverablesCard({ offer }: { offer: Offer }) {
  const { t } = useTranslation(['offers', 'deliverableReport']);
  const { message } = AntApp.useApp();
  const { setDeliverableStatus } = useOfferMutations();
  // The creator enters the published link with 已提交/已发布 (it travels in the answer file); either side
  // may enter or correct it afterwards (the brand's stays on its tracker and calendar).
  const [linking, setLinking] = useState<Chosen>();
  // The brand's step back is a send-back (退回修改): confirmed, with an optional reason, as it travels.
  const [sendingBack, setSendingBack] = useState<Chosen>();
  if (offer.deliverables.length === 0) return null;
  const editable = offer.state === 'accepted';
  const asksForLink = offer.side === 'creator';
  const save = async (d: TrackedDeliverable, input: DeliverableChange) => {
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
            render: (status: DeliverableStatus, d) => (
              <Space size={4} wrap>
                {editable && status !== 'published' ? (
                  <Select<DeliverableStatus>
                    size="small"
                    value={status}
                    aria-label={t('deliverables.status')}
                    style={{ width: 120 }}
                    onChange={async (next) => {
                      if (isSendBack(offer.side, status, next))
                        return setSendingBack({ deliverable: d, status: next });
                      if (asksForLink && mayCarryLink(next))
                        return setLinking({ deliverable: d, status: next });
                      await runWithToast(() => save(d, { status: next }), { t, message });
                    }}
                    options={deliverableStatuses.map((s) => ({
                      value: s,
                      label: t(`deliverables.statuses.${s}`),
                    }))}
                  />
                ) : (
                  <DeliverableStatusTag status={status} />
                )}
                <SentBackNote sentBack={d.sentBack} />
              </Space>
            ),
          },
          {
            title: t('deliverableReport:link.column'),
            render: (_: unknown, d: TrackedDeliverable) => (
              <>
                <DeliverableLinkOrNone url={d.publishedUrl} />
                {editable && mayCarryLink(d.status) && (
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
          side={offer.side}
          pending={setDeliverableStatus.isPending}
          onSave={(input) => save(linking.deliverable, input)}
          onClose={() => setLinking(undefined)}
        />
      )}
      {sendingBack && (
        <SendBackModal
          status={sendingBack.status}
          pending={setDeliverableStatus.isPending}
          onSave={(input) => save(sendingBack.deliverable, input)}
          onClose={() => setSendingBack(undefined)}
        />
      )}
    </Card>
  );
}
