import { App as AntApp, Form, Input, InputNumber, Radio, Select, Space, Switch, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  accountRoles,
  brandAccountFieldsSchema,
  platforms,
  type Account,
  type AccountRole,
  type Platform,
} from '../../../../shared/domain/account';
import { targetsDroppedOnRoleChange } from '../../../../shared/domain/accountRules';
import { submitForm } from '../../lib/submitForm';
import { FormDrawer } from '../../lib/FormDrawer';
import { zodRule } from '../../lib/zodRule';
import { DisplayNameField } from '../../lib/DisplayNameField';
import { useAccountMutations } from './queries';
import { targetFieldsFor } from './targetFields';
import { targetKind } from './targetKind';

interface FormValues {
  role: AccountRole;
  platform: Platform;
  handle: string;
  displayName: string;
  followers: number | null;
  selfBroadcast: boolean;
  notes: string;
  targets: Record<string, number | null | undefined>;
}

interface Props {
  workspaceId: string;
  /** The account being edited, or the role of a new one. */
  target: { account: Account } | { newRole: AccountRole } | null;
  onClose(): void;
}

const shape = brandAccountFieldsSchema.shape;

export function AccountFormDrawer({ workspaceId, target, onClose }: Props) {
  const { t } = useTranslation(['matrix', 'common']);
  const { message, modal } = AntApp.useApp();
  const [form] = Form.useForm<FormValues>();
  const role = Form.useWatch('role', form) ?? 'brand';
  const { create, update } = useAccountMutations(workspaceId);
  const editing = target && 'account' in target ? target.account : undefined;

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    if ('account' in target) {
      const a = target.account;
      form.setFieldsValue({
        role: a.role,
        platform: a.platform,
        handle: a.handle,
        displayName: a.displayName,
        followers: a.followers,
        selfBroadcast: a.selfBroadcast,
        notes: a.notes,
        targets: { ...a.targets },
      });
    } else {
      form.setFieldsValue({
        role: target.newRole,
        platform: 'douyin',
        followers: 0,
        selfBroadcast: false,
        notes: '',
        targets: {},
      });
    }
  }, [target, form]);

  const confirmRoleChange = (account: Account, to: AccountRole) =>
    new Promise<boolean>((resolve) => {
      const dropped = targetsDroppedOnRoleChange(account.role, to, account.targets);
      const from = t(`common:role.${account.role}`);
      modal.confirm({
        title: t('roleChangeTitle'),
        content: (
          <div data-testid="role-change-confirm">
            <Typography.Paragraph>
              {t('roleChangeBody', { name: account.displayName, from, to: t(`common:role.${to}`) })}
            </Typography.Paragraph>
            {dropped.length > 0 ? (
              <>
                <Typography.Paragraph>{t('roleChangeDrops', { from })}</Typography.Paragraph>
                <ul>
                  {dropped.map((k) => (
                    <li key={k}>{t(`targets.${k}`)}</li>
                  ))}
                </ul>
              </>
            ) : (
              <Typography.Paragraph type="secondary">{t('roleChangeNothing')}</Typography.Paragraph>
            )}
          </div>
        ),
        okText: t('roleChangeConfirm'),
        cancelText: t('common:cancel'),
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });

  const submit = () => submitForm(form, saveAccount, { t, message });

  const saveAccount = async (values: FormValues) => {
    const keys = targetFieldsFor(values.role).map((f) => f.key);
    const targets = Object.fromEntries(keys.map((k) => [k, values.targets?.[k] ?? null]));
    const common = {
      platform: values.platform,
      handle: values.handle,
      displayName: values.displayName,
      followers: values.followers ?? 0,
      notes: values.notes ?? '',
    };
    if (editing) {
      if (values.role !== editing.role && !(await confirmRoleChange(editing, values.role))) return;
      await update.mutateAsync({
        id: editing.id,
        ...common,
        role: values.role,
        ...(values.role === 'sales' ? { selfBroadcast: values.selfBroadcast } : {}),
        targets,
      });
    } else if (values.role === 'brand') {
      await create.mutateAsync({ workspaceId, role: 'brand', ...common, targets });
    } else {
      await create.mutateAsync({
        workspaceId,
        role: 'sales',
        selfBroadcast: values.selfBroadcast,
        ...common,
        targets,
      });
    }
    void message.success(editing ? t('saved') : t('created', { name: values.displayName }));
    onClose();
  };

  const title = editing ? t('editAccount') : role === 'brand' ? t('newBrand') : t('newSales');

  return (
    <FormDrawer
      open={target !== null}
      title={title}
      size={480}
      onClose={onClose}
      onSave={() => void submit()}
      saving={create.isPending || update.isPending}
      form={form}
      name="account"
    >
      <Form.Item name="role" label={t('fields.role')}>
        <Radio.Group
          optionType="button"
          options={accountRoles.map((r) => ({ value: r, label: t(`common:role.${r}`) }))}
        />
      </Form.Item>
      <Space.Compact block>
        <Form.Item name="platform" label={t('fields.platform')} style={{ width: '40%' }}>
          <Select options={platforms.map((p) => ({ value: p, label: t(`common:platform.${p}`) }))} />
        </Form.Item>
        <Form.Item
          name="handle"
          label={t('fields.handle')}
          tooltip={t('hints.handle')}
          rules={[zodRule(shape.handle)]}
          required
          style={{ width: '60%' }}
        >
          <Input prefix="@" maxLength={41} />
        </Form.Item>
      </Space.Compact>
      <DisplayNameField label={t('fields.displayName')} schema={shape.displayName} />
      <Form.Item name="followers" label={t('fields.followers')} rules={[zodRule(shape.followers)]}>
        <InputNumber style={{ width: '100%' }} min={0} precision={0} />
      </Form.Item>
      {role === 'sales' && (
        <Form.Item name="selfBroadcast" label={t('fields.selfBroadcast')} valuePropName="checked">
          <Switch />
        </Form.Item>
      )}
      <Typography.Title level={5}>{t('fields.targets')}</Typography.Title>
      {targetFieldsFor(role).map(({ key, schema }) => {
        const kind = targetKind[key];
        return (
          <Form.Item
            key={`${role}-${key}`}
            name={['targets', key]}
            label={t(`targets.${key}`)}
            rules={[zodRule(schema)]}
            {...(key === 'gpm'
              ? { tooltip: t('hints.gpm') }
              : key === 'engagementRatePct'
                ? { tooltip: t('hints.engagementRate') }
                : {})}
          >
            <InputNumber
              style={{ width: '100%' }}
              precision={kind === 'count' ? 0 : kind === 'money' ? 2 : 1}
              {...(kind === 'money' ? { prefix: '¥' } : {})}
              {...(kind === 'percent' ? { suffix: '%' } : {})}
            />
          </Form.Item>
        );
      })}
      <Form.Item name="notes" label={t('fields.notes')} rules={[zodRule(shape.notes)]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </FormDrawer>
  );
}
