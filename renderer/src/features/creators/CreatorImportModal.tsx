import {
  Alert,
  App as AntApp,
  Button,
  Checkbox,
  Col,
  Flex,
  Form,
  Modal,
  Row,
  Select,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { base64Bytes, previewRunsAsJob } from '../../../../shared/domain/previewJobs';
import { usePreviewJob } from '../jobs';
import {
  creatorImportFields,
  type CreatorImportField,
  type CreatorImportPreview,
  type CreatorImportRow,
} from '../../../../shared/domain/creatorImport';
import { call } from '../../lib/api';
import { ImportFileDrop } from '../../lib/import/ImportFileDrop';
import { describeError } from '../../lib/errors';
import { importErrorText } from '../../lib/importErrors';
import { useFormat } from '../../lib/format';
import { fileToBase64 } from '../../lib/files';
import { useCreatorMutations } from './queries';

const fieldLabelKey = {
  displayName: 'fields.displayName',
  platform: 'fields.platform',
  handle: 'fields.handle',
  followers: 'fields.followers',
  categories: 'fields.categories',
  engagementRatePct: 'fields.engagementRatePct',
  medianViews: 'fields.medianViews',
  avgGpm: 'fields.avgGpm',
  video1to20s: 'rateCard.video1to20s',
  video21to60s: 'rateCard.video21to60s',
  video60sPlus: 'rateCard.video60sPlus',
  liveSession: 'rateCard.liveSession',
  commissionPct: 'rateCard.commissionPct',
  contact: 'fields.contact',
  notes: 'fields.notes',
} as const satisfies Record<CreatorImportField, ParseKeys<'creators'>>;

const actionColor: Record<CreatorImportRow['action'], string> = {
  create: 'green',
  update: 'blue',
  unchanged: 'default',
  invalid: 'red',
};

/** Preview first (nothing is written), then import: the backend re-reads the same file on commit. */
export function CreatorImportModal({
  workspaceId,
  open,
  onClose,
}: {
  workspaceId: string;
  open: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation(['creators', 'common', 'jobs']);
  const { message } = AntApp.useApp();
  const f = useFormat();
  const { importCommit } = useCreatorMutations(workspaceId);
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [mapping, setMapping] = useState<Partial<Record<CreatorImportField, string | null>>>({});
  const [preview, setPreview] = useState<CreatorImportPreview | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const previewJob = usePreviewJob('creators.preview', t('jobs:previewing'));

  const reset = () => {
    previewJob.abandon();
    setFile(null);
    setMapping({});
    setPreview(null);
    setError(null);
    setSkipInvalid(false);
  };

  const runPreview = async (next: { name: string; base64: string }, nextMapping: typeof mapping) => {
    setLoading(true);
    setError(null);
    try {
      const input = { workspaceId, fileName: next.name, base64: next.base64, mapping: nextMapping };
      // A big roster is previewed as a job (progress, 取消) so the app keeps answering meanwhile.
      const result = previewRunsAsJob(base64Bytes(next.base64))
        ? await previewJob.run(() => call('creators.importPreviewStart', input))
        : await call('creators.importPreview', input);
      if (result === null) {
        setFile(null);
        setPreview(null);
        void message.info(t('jobs:previewCancelled'));
      } else setPreview(result);
    } catch (err) {
      setPreview(null);
      setError(describeError(err, t));
    } finally {
      setLoading(false);
    }
  };

  const commit = async () => {
    if (!file) return;
    try {
      const result = await importCommit.mutateAsync({
        workspaceId,
        fileName: file.name,
        base64: file.base64,
        mapping,
        skipInvalid,
      });
      void message.success(t('importer.done', result));
      reset();
      onClose();
    } catch (err) {
      setError(describeError(err, t));
    }
  };

  const rowsWithErrors = preview?.counts.invalid ?? 0;
  const canCommit =
    preview !== null &&
    preview.missingFields.length === 0 &&
    preview.counts.valid > 0 &&
    (rowsWithErrors === 0 || skipInvalid);

  return (
    <Modal
      open={open}
      title={t('importer.title')}
      width={1000}
      onCancel={() => {
        reset();
        onClose();
      }}
      okText={t('importer.commit')}
      cancelText={t('common:cancel')}
      okButtonProps={{ disabled: !canCommit, loading: importCommit.isPending }}
      onOk={() => void commit()}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        {!file ? (
          <ImportFileDrop
            text={t('importer.pick')}
            hint={t('importer.hint')}
            onFile={(picked) =>
              void (async () => {
                const next = { name: picked.name, base64: await fileToBase64(picked) };
                setFile(next);
                await runPreview(next, {});
              })()
            }
          />
        ) : (
          <Flex justify="space-between" align="center">
            <Typography.Text>{t('importer.file', { name: file.name })}</Typography.Text>
            <Button onClick={reset}>{t('importer.another')}</Button>
          </Flex>
        )}
        {previewJob.progress ?? (loading && <Spin />)}
        {error && <Alert type="error" showIcon title={error} data-testid="import-error" />}
        {preview && (
          <>
            <Typography.Text strong>{t('importer.mapping')}</Typography.Text>
            <Form layout="vertical" size="small">
              <Row gutter={8}>
                {creatorImportFields.map((field) => (
                  <Col span={6} key={field}>
                    <Form.Item label={t(fieldLabelKey[field])} style={{ marginBottom: 6 }}>
                      <Select
                        aria-label={t(fieldLabelKey[field])}
                        value={preview.mapping[field] ?? ''}
                        options={[
                          { value: '', label: t('importer.notMapped') },
                          ...preview.headers.map((h) => ({ value: h, label: h })),
                        ]}
                        onChange={(header: string) => {
                          const next = { ...mapping, [field]: header === '' ? null : header };
                          setMapping(next);
                          if (file) void runPreview(file, next);
                        }}
                      />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            </Form>
            {/* Columns no field takes are named, so a column the user expected to import is not lost quietly. */}
            {preview.unmapped.length > 0 && (
              <Typography.Text
                type="secondary"
                data-testid="import-unused-columns"
                style={{ display: 'block' }}
              >
                {t('importer.unused', { columns: preview.unmapped.join('、') })}
              </Typography.Text>
            )}
            {preview.missingFields.length > 0 && (
              <Alert
                type="warning"
                showIcon
                title={t('importer.missing', {
                  fields: preview.missingFields.map((m) => t(fieldLabelKey[m])).join('、'),
                })}
              />
            )}
            <Typography.Text data-testid="import-counts">
              {t('importer.counts', preview.counts)}
            </Typography.Text>
            <Table
              size="small"
              rowKey="rowNumber"
              dataSource={preview.rows}
              pagination={{ pageSize: 8, hideOnSinglePage: true }}
              columns={[
                { title: t('importer.row'), dataIndex: 'rowNumber', width: 60 },
                {
                  title: t('importer.status'),
                  dataIndex: 'action',
                  width: 90,
                  render: (a: CreatorImportRow['action']) => (
                    <Tag color={actionColor[a]}>{t(`importer.action.${a}`)}</Tag>
                  ),
                },
                {
                  title: t('columns.creator'),
                  render: (_: unknown, r: CreatorImportRow) =>
                    r.values
                      ? `${r.values.displayName} @${r.values.handle}`
                      : `${r.raw.displayName ?? ''} ${r.raw.handle ?? ''}`,
                },
                {
                  title: t('columns.followers'),
                  align: 'right',
                  render: (_: unknown, r: CreatorImportRow) =>
                    r.values ? f.count(r.values.followers) : r.raw.followers,
                },
                {
                  title: t('rateCard.video21to60s'),
                  align: 'right',
                  render: (_: unknown, r: CreatorImportRow) =>
                    r.values ? f.moneyAt('preview', r.values.rateCard.video21to60s) : '',
                },
                {
                  title: t('importer.problems'),
                  render: (_: unknown, r: CreatorImportRow) =>
                    r.errors.map((e) => (
                      <div key={`${e.field}${e.message}`}>
                        <Typography.Text type="danger">
                          {t(fieldLabelKey[e.field])}: {importErrorText(t, e)}
                        </Typography.Text>
                      </div>
                    )),
                },
              ]}
            />
            {rowsWithErrors > 0 && (
              <Checkbox checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)}>
                {t('importer.skipInvalid')}
              </Checkbox>
            )}
          </>
        )}
      </Flex>
    </Modal>
  );
}
