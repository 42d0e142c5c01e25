import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeliverableStatus, TrackedDeliverable } from '../../../../shared/domain/offer';
import { useFormat } from '../../lib/format';
import { DeliverableLink } from './DeliverableLink';

export const deliverableStatusColor: Record<DeliverableStatus, string> = {
  due: 'default',
  submitted: 'processing',
  approved: 'gold',
  published: 'green',
};

/** A deliverable's due date as every tracker shows it: red with an 已逾期 tag once overdue. */
export function DeliverableDue({ d }: { d: Pick<TrackedDeliverable, 'dueOn' | 'overdue'> }) {
  const { t } = useTranslation('offers');
  const f = useFormat();
  return (
    <>
      <Typography.Text type={d.overdue ? 'danger' : undefined}>{f.date(d.dueOn)}</Typography.Text>{' '}
      {d.overdue && (
        <Tag color="red" data-testid="overdue">
          {t('deliverables.overdue')}
        </Tag>
      )}
    </>
  );
}

/** A deliverable's status as a coloured tag (read-only). */
export function DeliverableStatusTag({ status }: { status: DeliverableStatus }) {
  const { t } = useTranslation('offers');
  return <Tag color={deliverableStatusColor[status]}>{t(`deliverables.statuses.${status}`)}</Tag>;
}

/** The brand's send-back (退回修改) behind the current status, with its reason in plain sight. */
export function SentBackNote({ sentBack }: { sentBack: TrackedDeliverable['sentBack'] }) {
  const { t } = useTranslation('deliverableReport');
  if (!sentBack) return null;
  return (
    <Space size={4} wrap data-testid="sent-back">
      <Tag color="orange">{t('sendBack.tag')}</Tag>
      <Typography.Text type="secondary" data-testid="sent-back-reason">
        {sentBack.reason ?? t('sendBack.noReason')}
      </Typography.Text>
    </Space>
  );
}

/** The published link, openable, or a quiet "none yet": the same wherever a deliverable shows. */
export function DeliverableLinkOrNone({ url }: { url: string | null }) {
  const { t } = useTranslation('deliverableReport');
  return url ? (
    <DeliverableLink url={url} label={t('link.open')} />
  ) : (
    <Typography.Text type="secondary">{t('link.none')}</Typography.Text>
  );
}
