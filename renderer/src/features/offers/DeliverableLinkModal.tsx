import { App as AntApp, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { deliverableLinkSchema, PUBLISHED_LINK_MAX } from '../../../../shared/domain/deliverableLink';
import type { DeliverableStatus, TrackedDeliverable } from '../../../../shared/domain/offer';
import type { OfferParty } from '../../../../shared/domain/offerStateMachine';
import { submitForm } from '../../lib/submitForm';
import type { Rule } from 'antd/es/form';
import type { ZodIssueLike } from '../../../../shared/api/issueCodes';
import { issueMessage } from '../../lib/zodRule';

interface LinkForm {
  publishedUrl: string;
}

/**
 * The creator marks a deliverable 已提交 or 已发布 and may enter its published link with it (optional: a
 * submission sent privately has none yet); the link travels to the brand in the answer file. Either side
 * may enter or correct the link later on the same status; the brand's fills its calendar item's link.
 */
export function DeliverableLinkModal({
  deliverable,
  status,
  side,
  pending,
  onSave,
  onClose,
}: {
  deliverable: TrackedDeliverable;
  status: DeliverableStatus;
  side: OfferParty;
  pending: boolean;
  onSave(input: { status: DeliverableStatus; publishedUrl?: string }): Promise<void>;
  onClose(): void;
}) {
  const { t } = useTranslation(['deliverableReport', 'offers']);
  const [form] = Form.useForm<LinkForm>();
  const { message } = AntApp.useApp();
  const submit = () =>
    submitForm(
      form,
      async ({ publishedUrl }) => {
        const link = publishedUrl.trim();
        await onSave({ status, ...(link ? { publishedUrl: link } : {}) });
        onClose();
      },
      { t, message },
    );
  return (
    <Modal
      open
      title={t('link.title', { status: t(`offers:deliverables.statuses.${status}`) })}
      okText={t('link.save')}
      confirmLoading={pending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="deliverable-link-modal"
    >
      <Form<LinkForm>
        form={form}
        layout="vertical"
        initialValues={{ publishedUrl: deliverable.publishedUrl ?? '' }}
        onFinish={() => void submit()}
      >
        <Form.Item
          name="publishedUrl"
          label={t('link.label')}
          extra={t(side === 'brand' ? 'link.hintBrand' : 'link.hint')}
          rules={[linkRule]}
        >
          <Input maxLength={PUBLISHED_LINK_MAX + 20} placeholder="https://v.douyin.com/…" inputMode="url" />
        </Form.Item>
      </Form>
    </Modal>
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
