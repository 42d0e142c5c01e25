import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Descriptions,
  Divider,
  Flex,
  Input,
  Modal,
  Radio,
  Select,
  Table,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MethodOutput } from '../../../../shared/api/contract';
import type { Workspace } from '../../../../shared/domain/workspace';
import { call } from '../../lib/api';
import { runWithToast } from '../../lib/runWithToast';
import { useFormat } from '../../lib/format';
import { downloadBase64, fileToBase64 } from '../../lib/files';

type Preview = MethodOutput<'bundles.preview'>;

/** Export the current workspace as a hand-over bundle, or import one (preview first, then new or replace). */
export function BundleModal({
  open,
  current,
  onClose,
}: {
  open: boolean;
  current: Workspace;
  onClose(): void;
}) {
  const { t } = useTranslation('bundles');
  const f = useFormat();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const [upload, setUpload] = useState<{ base64: string; preview: Preview } | null>(null);
  const [mode, setMode] = useState<'new' | 'replace'>('new');
  const [targetId, setTargetId] = useState<string | undefined>();
  const [typed, setTyped] = useState('');

  const exportBundle = useMutation({ mutationFn: () => call('bundles.export', { workspaceId: current.id }) });
  const previewBundle = useMutation({ mutationFn: (base64: string) => call('bundles.preview', { base64 }) });
  const importBundle = useMutation({
    mutationFn: () =>
      call('bundles.import', {
        base64: upload!.base64,
        mode,
        ...(mode === 'replace' ? { targetWorkspaceId: target?.id, confirmName: typed } : {}),
      }),
    onSuccess: () => qc.invalidateQueries(),
  });

  const candidates = upload?.preview.replaceCandidates ?? [];
  const target =
    candidates.find((c) => c.id === targetId) ?? (candidates.length === 1 ? candidates[0] : undefined);
  const canImport =
    upload !== null && (mode === 'new' || (target !== undefined && typed.trim() === target.name.trim()));

  const reset = () => {
    setUpload(null);
    setMode('new');
    setTargetId(undefined);
    setTyped('');
  };

  return (
    <Modal
      open={open}
      title={t('title')}
      footer={null}
      width={720}
      onCancel={() => (reset(), onClose())}
      destroyOnHidden
    >
      <Typography.Title level={5}>{t('exportTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('exportHint', { name: current.name })}</Typography.Paragraph>
      <Button
        loading={exportBundle.isPending}
        onClick={() =>
          void runWithToast(
            async () => {
              const file = await exportBundle.mutateAsync();
              downloadBase64({
                fileName: file.fileName,
                mimeType: 'application/octet-stream',
                base64: file.base64,
              });
              void message.success(t('exported', { rows: f.count(file.totalRows) }));
            },
            { t, message },
          )
        }
      >
        {t('exportButton')}
      </Button>
      <Divider />
      <Typography.Title level={5}>{t('importTitle')}</Typography.Title>
      <Upload
        accept=".mdbundle"
        showUploadList={false}
        beforeUpload={(file) => {
          reset();
          void runWithToast(
            async () => {
              const base64 = await fileToBase64(file);
              setUpload({ base64, preview: await previewBundle.mutateAsync(base64) });
            },
            { t, message },
          );
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={previewBundle.isPending} data-testid="bundle-pick">
          {t('pick')}
        </Button>
      </Upload>
      {upload && (
        <Flex vertical gap={12} style={{ marginTop: 16 }} data-testid="bundle-preview">
          <Descriptions
            size="small"
            column={2}
            items={[
              { key: 'ws', label: t('preview.workspace'), children: upload.preview.workspace.name },
              { key: 'at', label: t('preview.createdAt'), children: f.dateTime(upload.preview.createdAt) },
              { key: 'v', label: t('preview.version'), children: upload.preview.schemaVersion },
              {
                key: 'rows',
                label: t('preview.count'),
                children: t('preview.rows', { count: upload.preview.totalRows }),
              },
            ]}
          />
          <Table
            size="small"
            pagination={false}
            scroll={{ y: 200 }}
            rowKey="table"
            dataSource={upload.preview.counts.filter((c) => c.rows > 0)}
            columns={[
              { title: t('preview.table'), dataIndex: 'table' },
              {
                title: t('preview.count'),
                dataIndex: 'rows',
                align: 'right',
                render: (n: number) => f.count(n),
              },
            ]}
          />
          {upload.preview.offerExchangeClashes > 0 && (
            <Alert
              type="info"
              showIcon
              title={t('preview.clashes', { count: upload.preview.offerExchangeClashes })}
            />
          )}
          <Radio.Group
            aria-label={t('mode.label')}
            value={mode}
            onChange={(e) => setMode(e.target.value as 'new' | 'replace')}
            options={[
              { value: 'new', label: t('mode.new') },
              { value: 'replace', label: t('mode.replace'), disabled: candidates.length === 0 },
            ]}
          />
          {candidates.length === 0 && <Typography.Text type="secondary">{t('noCandidates')}</Typography.Text>}
          {mode === 'replace' && candidates.length > 1 && (
            <Select
              aria-label={t('target')}
              value={target?.id}
              onChange={setTargetId}
              options={candidates.map((c) => ({ value: c.id, label: c.name }))}
            />
          )}
          {mode === 'replace' && target && (
            <>
              <Alert
                type="warning"
                showIcon
                title={t('replaceWarning', { name: target.name, rows: f.count(target.totalRows) })}
              />
              <Input
                aria-label={t('confirmLabel', { name: target.name })}
                placeholder={target.name}
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
              />
            </>
          )}
          <Button
            type="primary"
            danger={mode === 'replace'}
            disabled={!canImport}
            loading={importBundle.isPending}
            onClick={() =>
              void runWithToast(
                async () => {
                  const result = await importBundle.mutateAsync();
                  void message.success(
                    result.mode === 'new'
                      ? t('imported', { name: result.name, rows: f.count(result.totalRows) })
                      : t('replaced', {
                          name: result.name,
                          rows: f.count(result.totalRows),
                          backup: result.backupFile ?? '—',
                        }),
                  );
                  reset();
                  onClose();
                  void navigate(`/w/${result.workspaceId}/matrix`);
                },
                { t, message },
              )
            }
          >
            {t('importButton')}
          </Button>
        </Flex>
      )}
    </Modal>
  );
}
