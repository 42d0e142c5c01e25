import { App as AntApp, Form, Modal } from 'antd';
import type { Rule } from 'antd/es/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeliverableStatus } from '../../../../shared/domain/offer';
import { submitForm } from '../../lib/submitForm';

/** The optional text a deliverable's change may carry, named as deliverables.setStatus names it. */
type Field = 'publishedUrl' | 'sendBackReason';
export type DeliverableChange = { status: DeliverableStatus } & Partial<Record<Field, string>>;

/** What the tracker hands each of its modals: the status picked, and how to save and close. */
export interface DeliverableModalProps {
  status: DeliverableStatus;
  pending: boolean;
  onSave(input: DeliverableChange): Promise<void>;
  onClose(): void;
}

/**
 * A deliverable's change with one optional text field (its published link, the brand's send-back reason):
 * checked as typed with the backend's own rule, nothing sent for an empty field, and a refused call's
 * issue shown under the field (or as a toast when it names none).
 */
export function DeliverableFieldModal({
  field,
  status,
  initialValue,
  title,
  okText,
  label,
  extra,
  intro,
  rule,
  pending,
  testId,
  children,
  onSave,
  onClose,
}: DeliverableModalProps & {
  field: Field;
  initialValue: string;
  title: string;
  okText: string;
  label: string;
  extra?: string;
  intro?: ReactNode;
  rule: Rule;
  testId: string;
  /** The input itself (antd's Form.Item gives it its value and onChange). */
  children: ReactNode;
}) {
  const { t } = useTranslation('deliverableReport');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Record<Field, string>>();
  const submit = () =>
    submitForm(
      form,
      async (values) => {
        const value = (values[field] ?? '').trim();
        await onSave({ status, ...(value ? { [field]: value } : {}) });
        onClose();
      },
      { t, message },
    );
  return (
    <Modal
      open
      title={title}
      okText={okText}
      confirmLoading={pending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid={testId}
    >
      {intro}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ [field]: initialValue }}
        onFinish={() => void submit()}
      >
        <Form.Item name={field} label={label} extra={extra} rules={[rule]}>
          {children}
        </Form.Item>
      </Form>
    </Modal>
  );
}
