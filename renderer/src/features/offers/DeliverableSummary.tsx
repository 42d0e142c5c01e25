import { Descriptions, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrackedDeliverable } from '../../../../shared/domain/offer';
import { DeliverableLinkOrNone, DeliverableStatusTag, SentBackNote } from './DeliverableCells';

/**
 * A creator deliverable where its calendar item shows (the content drawer): who, its tracker status (with
 * a send-back) and the published link, openable from 已提交 on, before the item itself is published.
 */
export function DeliverableSummary({ deliverable }: { deliverable: TrackedDeliverable }) {
  const { t } = useTranslation(['deliverableReport', 'offers']);
  return (
    <Descriptions
      size="small"
      column={1}
      title={t('item.title')}
      data-testid="item-deliverable"
      items={[
        { key: 'creator', label: t('item.creator'), children: deliverable.creatorName },
        {
          key: 'status',
          label: t('offers:deliverables.status'),
          children: (
            <Space size={4} wrap>
              <DeliverableStatusTag status={deliverable.status} />
              <SentBackNote sentBack={deliverable.sentBack} />
            </Space>
          ),
        },
        {
          key: 'link',
          label: t('link.column'),
          children: <DeliverableLinkOrNone url={deliverable.publishedUrl} />,
        },
      ]}
    />
  );
}
