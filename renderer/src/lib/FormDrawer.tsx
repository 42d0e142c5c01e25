import { Button, Drawer, Form, Space } from 'antd';
import type { FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The drawer every create/edit form opens in: Cancel and Save at the top, one vertical form whose Enter
 * saves the same way as the button. The drawer's content is dropped on close (the next open starts clean)
 * but rendered before the first open, so `form.setFieldsValue` in an effect has a form to fill.
 */
export function FormDrawer<Values>({
  open,
  title,
  size,
  onClose,
  onSave,
  saving,
  form,
  name,
  children,
}: {
  open: boolean;
  title: ReactNode;
  size: number;
  onClose(): void;
  onSave(): void;
  saving: boolean;
  form: FormInstance<Values>;
  /** The form's name: antd prefixes field ids with it (`account_handle`), which labels and tests use. */
  name: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('common');
  return (
    <Drawer
      open={open}
      title={title}
      size={size}
      onClose={onClose}
      destroyOnHidden
      forceRender
      extra={
        <Space>
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button type="primary" onClick={onSave} loading={saving}>
            {t('save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" name={name} onFinish={onSave}>
        {children}
      </Form>
    </Drawer>
  );
}
