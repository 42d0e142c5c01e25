import { App as AntApp, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { submitForm } from '../../lib/submitForm';

/** Asks why a finding is dismissed: the note is kept and shown under "dismissed". */
export function DismissModal({
  open,
  onCancel,
  onSubmit,
}: {
  open: boolean;
  onCancel: () => void;
  onSubmit: (note: string) => Promise<unknown>;
}) {
  const { t } = useTranslation('advisor');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ note: string }>();
  return (
    <Modal
      open={open}
      title={t('dismissModal.title')}
      okText={t('dismissModal.ok')}
      destroyOnHidden
      onCancel={onCancel}
      onOk={() =>
        submitForm(
          form,
          async ({ note }) => {
            await onSubmit(note);
            form.resetFields();
          },
          { t, message },
        )
      }
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="note"
          label={t('dismissModal.note')}
          rules={[{ required: true, whitespace: true, message: t('dismissModal.noteRequired') }]}
        >
          <Input.TextArea
            rows={3}
            placeholder={t('dismissModal.notePlaceholder')}
            maxLength={500}
            showCount
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
