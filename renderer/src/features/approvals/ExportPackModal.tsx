import { App as AntApp, Checkbox, DatePicker, Form, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/account';
import type { PackLanguage } from '../../../../shared/approvals/model';
import { useLanguage } from '../../lib/language';
import { submitForm } from '../../lib/submitForm';
import { todayInZone } from '../../lib/zonedTime';
import { downloadBase64 } from '../../lib/files';
import { useApprovalMutations } from './queries';

interface Values {
  range: [Dayjs, Dayjs];
  accountIds: string[];
  onlyPending: boolean;
  language: PackLanguage;
}

interface Props {
  workspaceId: string;
  timeZone: string;
  accounts: Account[];
  open: boolean;
  onClose(): void;
}

/** Date range, accounts, "only not approved yet" and the pack's language; downloads the .html pack. */
export function ExportPackModal({ workspaceId, timeZone, accounts, open, onClose }: Props) {
  const { t } = useTranslation(['approvals', 'common']);
  const { message } = AntApp.useApp();
  const { language } = useLanguage();
  const [form] = Form.useForm<Values>();
  const { exportPack } = useApprovalMutations(workspaceId);

  useEffect(() => {
    if (!open) return;
    // Four weeks from today in the workspace's zone: the horizon clients usually sign off.
    const today = dayjs(todayInZone(timeZone));
    form.setFieldsValue({
      range: [today, today.add(27, 'day')],
      accountIds: [],
      onlyPending: false,
      language,
    });
  }, [open, timeZone, language, form]);

  const submit = () =>
    submitForm(
      form,
      async (values) => {
        const pack = await exportPack.mutateAsync({
          workspaceId,
          from: values.range[0].format('YYYY-MM-DD'),
          to: values.range[1].format('YYYY-MM-DD'),
          ...(values.accountIds.length > 0 ? { accountIds: values.accountIds } : {}),
          onlyPending: values.onlyPending,
          language: values.language,
        });
        downloadBase64({ fileName: pack.fileName, mimeType: 'text/html;charset=utf-8', base64: pack.base64 });
        void message.success(t('export.done', { file: pack.fileName, count: pack.itemCount }));
        onClose();
      },
      // The export's issues concern the whole range, not one field: they show as a toast, as before.
      { t, message, applyIssues: () => false },
    );

  return (
    <Modal
      open={open}
      title={t('export.title')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('export.ok')}
      cancelText={t('common:cancel')}
      confirmLoading={exportPack.isPending}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" name="export-pack">
        <Form.Item name="range" label={t('export.range')} rules={[{ required: true }]}>
          <DatePicker.RangePicker allowClear={false} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="accountIds" label={t('export.accounts')}>
          <Select
            mode="multiple"
            allowClear
            placeholder={t('export.allAccounts')}
            optionFilterProp="label"
            options={accounts
              .filter((a) => !a.archivedAt)
              .map((a) => ({ value: a.id, label: a.displayName }))}
          />
        </Form.Item>
        <Form.Item name="onlyPending" valuePropName="checked">
          <Checkbox>{t('export.onlyPending')}</Checkbox>
        </Form.Item>
        <Form.Item name="language" label={t('export.language')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'zh-CN', label: '中文' },
              { value: 'en', label: 'English' },
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
