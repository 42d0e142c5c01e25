import { EditOutlined, ExperimentOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, Divider, Select, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Workspace } from '../../../../shared/domain/workspace';
import { useOpenSample, useWorkspaces } from './queries';
import { WorkspaceFormModal } from './lazyWorkspaceForm';
import { BundleModal } from '../bundles';
import { useOpenedOnce } from '../../lib/useOpenedOnce';

export function WorkspaceSwitcher({ current }: { current: Workspace }) {
  const { t } = useTranslation(['workspaces', 'bundles']);
  const navigate = useNavigate();
  const { data: workspaces = [] } = useWorkspaces();
  const openSample = useOpenSample();
  const [modal, setModal] = useState<'create' | 'edit' | 'bundle' | null>(null);
  // Both dialogs are downloaded and built when first opened, not on every page's first screen (issue 11 §8).
  const bundleMounted = useOpenedOnce(modal === 'bundle');
  const formMounted = useOpenedOnce(modal === 'create' || modal === 'edit');

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={4}>
      <Space.Compact block>
        <Select
          aria-label={t('switcher')}
          style={{ flex: 1, minWidth: 0 }}
          value={current.id}
          onChange={(id) => navigate(`/w/${id}/matrix`)}
          options={workspaces.map((w) => ({
            value: w.id,
            // The sample is named in the user's language with its marker in the name (（示例）/(sample)),
            // so no separate tag repeats it.
            label: w.name,
            title: w.name,
          }))}
          popupRender={(menu) => (
            <>
              {menu}
              <Divider style={{ margin: '4px 0' }} />
              <Button type="text" block icon={<PlusOutlined />} onClick={() => setModal('create')}>
                {t('newWorkspace')}
              </Button>
              <Button
                type="text"
                block
                icon={<ExperimentOutlined />}
                loading={openSample.isPending}
                onClick={() => void openSample.open()}
              >
                {t('loadSample')}
              </Button>
            </>
          )}
        />
        <Tooltip title={t('editWorkspace')}>
          <Button aria-label={t('editWorkspace')} icon={<EditOutlined />} onClick={() => setModal('edit')} />
        </Tooltip>
        <Tooltip title={t('bundles:open')}>
          <Button aria-label={t('bundles:open')} icon={<SwapOutlined />} onClick={() => setModal('bundle')} />
        </Tooltip>
      </Space.Compact>
      {bundleMounted && (
        <BundleModal open={modal === 'bundle'} current={current} onClose={() => setModal(null)} />
      )}
      {formMounted && (
        <WorkspaceFormModal
          open={modal === 'create' || modal === 'edit'}
          {...(modal === 'edit' ? { workspace: current } : {})}
          onClose={() => setModal(null)}
          onSaved={(ws) => {
            setModal(null);
            navigate(`/w/${ws.id}/matrix`);
          }}
          onDeleted={() => {
            setModal(null);
            navigate('/');
          }}
        />
      )}
    </Space>
  );
}
