import { Input } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { deliverableLinkSchema, PUBLISHED_LINK_MAX } from '../../../../shared/domain/deliverableLink';
import type { TrackedDeliverable } from '../../../../shared/domain/offer';
import type { OfferParty } from '../../../../shared/domain/offerStateMachine';
import type { ZodIssueLike } from '../../../../shared/api/issueCodes';
import { issueMessage } from '../../lib/zodRule';
import { DeliverableFieldModal, type DeliverableModalProps } from './DeliverableFieldModal';

/**
 * The creator marks a deliverable 已提交 or 已发布 and may enter its published link with it (optional: a
 * submission sent privately has none yet); the link travels to the brand in the answer file. Either side
 * may enter or correct the link later on the same status; the brand's fills its calendar item's link.
 */
export function DeliverableLinkModal({
  deliverable,
  side,
  ...props
}: DeliverableModalProps & { deliverable: TrackedDeliverable; side: OfferParty }) {
  const { t } = useTranslation(['deliverableReport', 'offers']);
  return (
    <DeliverableFieldModal
      field="publishedUrl"
      {...props}
      initialValue={deliverable.publishedUrl ?? ''}
      title={t('link.title', { status: t(`offers:deliverables.statuses.${props.status}`) })}
      okText={t('link.save')}
      label={t('link.label')}
      extra={t(side === 'brand' ? 'link.hintBrand' : 'link.hint')}
      rule={linkRule}
      testId="deliverable-link-modal"
    >
      <Input maxLength={PUBLISHED_LINK_MAX + 20} placeholder="https://v.douyin.com/…" inputMode="url" />
    </DeliverableFieldModal>
  );
}

/** Empty is fine (the link is optional); anything else must pass the backend's own rule. */
const linkRule: Rule = {
  validator: async (_rule, value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') return;
    const result = deliverableLinkSchema.safeParse(value);
    if (!result.success) throw new Error(issueMessage(result.error.issues[0] as ZodIssueLike | undefined));
  },
};
