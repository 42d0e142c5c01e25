import { App as AntApp, Button, Divider, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_TIME_ZONE,
  industryCategories,
  workspaceFieldsSchema,
  workspaceStages,
  type Workspace,
  type WorkspaceFieldsInput,
} from '../../../../shared/domain/workspace';
import { submitForm } from '../../lib/submitForm';
import { zodRule } from '../../lib/zodRule';
import { useCreateWorkspace, useDeleteWorkspace, useUpdateWorkspace } from './queries';
import { TypedConfirmModal } from '../../lib/TypedConfirmModal';
import { ApprovalModeSetting } from '../approvals';
import { TimeZoneSelect } from './TimeZoneSelect';

interface Props {
  open: boolean;
  /** Editing this workspace; creating a new one when absent. */
  workspace?: Workspace;
  onClose(): void;
  onSaved(workspace: Workspace): void;
  onDeleted?(): void;
}

const shape = workspaceFieldsSchema.shape;

export function WorkspaceFormModal({ open, workspace, onClose, onSaved, onDeleted }: Props) {
  const { t } = useTranslation(['workspaces', 'common']);
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<WorkspaceFieldsInput>();
  const create = useCreateWorkspace();
  const update = useUpdateWorkspace();
  const remove = useDeleteWorkspace();
  const [confirmDelete, setConfirmDelete] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      workspace
        ? {
            name: workspace.name,
            industry: workspace.industry,
            stage: workspace.stage,
            notes: workspace.notes,
            timeZone: workspace.timeZone,
            creatorFacingName: workspace.creatorFacingName,
          }
        : {
            name: '',
            industry: 'beauty_personal_care',
            stage: 'new',
            notes: '',
            timeZone: DEFAULT_TIME_ZONE,
            creatorFacingName: '',
          },
    );
  }, [open, workspace, form]);

  const submit = async () => {
    const saved = await submitForm(
      form,
      (values) =>
        workspace ? update.mutateAsync({ id: workspace.id, ...values }) : create.mutateAsync(values),
      { t, message },
    );
    if (!saved) return;
    void message.success(workspace ? t('saved') : t('created', { name: saved.name }));
    onSaved(saved);
  };

  return (
    <Modal
      open={open}
      title={workspace ? t('editWorkspace') : t('newWorkspace')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={workspace ? t('common:save') : t('common:create')}
      cancelText={t('common:cancel')}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" name="workspace" requiredMark>
        <Form.Item name="name" label={t('fields.name')} rules={[zodRule(shape.name)]} required>
          <Input placeholder={t('placeholders.name')} maxLength={60} autoFocus />
        </Form.Item>
        <Form.Item name="industry" label={t('fields.industry')} rules={[zodRule(shape.industry)]} required>
          <Select
            options={industryCategories.map((c) => ({ value: c, label: t(`industry.${c}`) }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item name="stage" label={t('fields.stage')}>
          <Radio.Group
            optionType="button"
            options={workspaceStages.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="timeZone"
          label={t('fields.timeZone')}
          rules={[zodRule(shape.timeZone)]}
          extra={workspace ? t('hints.timeZone') : undefined}
        >
          <TimeZoneSelect />
        </Form.Item>
        <Form.Item
          name="creatorFacingName"
          label={t('fields.creatorFacingName')}
          rules={[zodRule(shape.creatorFacingName)]}
          extra={t('hints.creatorFacingName')}
        >
          <Input maxLength={60} placeholder={workspace?.name} />
        </Form.Item>
        <Form.Item name="notes" label={t('fields.notes')} rules={[zodRule(shape.notes)]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
      {workspace && <ApprovalModeSetting workspaceId={workspace.id} />}
      {workspace && (
        <>
          <Divider titlePlacement="start">
            <Typography.Text type="danger">{t('dangerZone')}</Typography.Text>
          </Divider>
          <Button danger onClick={() => setConfirmDelete(true)}>
            {t('deleteTitle')}
          </Button>
          <TypedConfirmModal
            open={confirmDelete}
            title={t('deleteTitle')}
            body={t('deleteBody', { name: workspace.name })}
            expected={workspace.name}
            okText={t('common:delete')}
            onCancel={() => setConfirmDelete(false)}
            onConfirm={async () => {
              await remove.mutateAsync(workspace.id);
              setConfirmDelete(false);
              void message.success(t('deleted'));
              onDeleted?.();
            }}
          />
        </>
      )}
    </Modal>
  );
}
