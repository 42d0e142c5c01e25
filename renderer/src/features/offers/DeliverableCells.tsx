import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeliverableStatus, TrackedDeliverable } from '../../../../shared/domain/offer';
import { useFormat } from '../../lib/format';

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
