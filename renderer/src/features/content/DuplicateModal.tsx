import { App as AntApp, DatePicker, Form, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/account';
import type { ContentItem } from '../../../../shared/content/model';
import { submitForm } from '../../lib/submitForm';
import { useSeriesMutations } from './seriesQueries';
import { fromPickerValue, toPickerValue } from './time';

interface Props {
  workspaceId: string;
  timeZone: string;
  accounts: Account[];
  /** The item to copy (from the drawer or a calendar/board context menu); null = closed. */
  item: Pick<ContentItem, 'id' | 'plannedAt' | 'accountId'> | null;
  onClose(): void;
  onDone?(copy: ContentItem): void;
}

/** "复制到…": a copy of an item on another day and/or account, checked like a new item. */
export function DuplicateModal({ workspaceId, timeZone, accounts, item, onClose, onDone }: Props) {
  const { t } = useTranslation('contentSeries');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ plannedAt: Dayjs; accountId: string }>();
  const { duplicate } = useSeriesMutations(workspaceId);
  // The drawer and the calendar's context menu each hold one of these dialogs: field ids must differ, or
  // a label would name the other dialog's (hidden) input.
  const formName = `duplicate${useId().replace(/[^A-Za-z0-9]/g, '')}`;

  useEffect(() => {
    if (item)
      form.setFieldsValue({ plannedAt: toPickerValue(item.plannedAt, timeZone), accountId: item.accountId });
  }, [item, form, timeZone]);

  const submit = async () => {
    if (!item) return;
    await submitForm(
      form,
      async (v) => {
        const copy = await duplicate.mutateAsync({
          id: item.id,
          plannedAt: fromPickerValue(v.plannedAt, timeZone),
          accountId: v.accountId,
        });
        void message.success(t('duplicated', { title: copy.title }));
        onDone?.(copy);
        onClose();
      },
      { t, message },
    );
  };

  return (
    <Modal
      open={item !== null}
      title={t('duplicateTitle')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={duplicate.isPending}
      okButtonProps={{ 'data-testid': 'duplicate-ok' }}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" name={formName}>
        <Form.Item
          name="plannedAt"
          label={t('duplicateAt')}
          rules={[{ required: true, message: t('duplicateAt') }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm', minuteStep: 5 }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          name="accountId"
          label={t('duplicateAccount')}
          rules={[{ required: true, message: t('duplicateAccount') }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={accounts
              .filter((a) => !a.archivedAt)
              .map((a) => ({ value: a.id, label: `${a.displayName} @${a.handle}` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * The "复制到…" dialog of one place that offers it (the drawer, a calendar or board context menu): `open`
 * shows it for an item; `dialog` is mounted only while open, because its force-rendered portal otherwise
 * sits above the drawer and takes Escape.
 */
export function useDuplicateDialog(context: Pick<Props, 'workspaceId' | 'timeZone' | 'accounts'>) {
  const [item, setItem] = useState<NonNullable<Props['item']> | null>(null);
  return {
    open: setItem,
    dialog: item && <DuplicateModal {...context} item={item} onClose={() => setItem(null)} />,
  };
}
