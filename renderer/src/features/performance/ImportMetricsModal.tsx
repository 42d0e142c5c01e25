import { Alert, App as AntApp, Button, Descriptions, Flex, Radio, Select, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../shared/api/contract';
import { importFields, metricFields, type ImportField } from '../../../../shared/domain/metrics';
import { call } from '../../lib/api';
import { ColumnMapping } from '../../lib/import/ColumnMapping';
import { ImportPreview } from '../../lib/import/ImportPreviewSummary';
import { ImportFileDrop } from '../../lib/import/ImportFileDrop';
import { ImportBusy, ImportModalFrame } from '../../lib/import/ImportModalFrame';
import { runWithToast } from '../../lib/runWithToast';
import { describeError } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useAccounts } from '../accounts';
import { uploadInChunks } from './importUpload';
import { usePerformanceMutations } from './queries';
import { CommitJobProgress, usePreviewJob } from '../jobs';
import { previewRunsAsJob } from '../../../../shared/domain/previewJobs';

type Preview = MethodOutput<'metrics.importPreview'>;
type Granularity = 'auto' | 'day' | 'week';

interface Props {
  workspaceId: string;
  open: boolean;
  onClose(): void;
}

type Stage =
  | { kind: 'pick' }
  | { kind: 'uploading'; progress: number; fileName: string }
  | {
      kind: 'mapping';
      sessionId: string;
      headers: string[];
      /** Null until the preview has read the file (a CSV's rows are counted by its first full read). */
      totalRows: number | null;
      fileName: string;
      /** The file's size: a big file is previewed as a job. */
      bytes: number;
      preview: Preview | null;
      problem: string | null;
    }
  | { kind: 'committing'; jobId: string; back: Extract<Stage, { kind: 'mapping' }> }
  | { kind: 'done'; result: ImportResult };

type ImportResult = Omit<MethodOutput<'metrics.importCommit'>, 'sessionId'>;

/**
 * Performance import: pick a file → upload with progress (cancel stops and discards it) → map columns and
 * preview every row with its errors → commit all rows in one transaction (or none) as a background job
 * with progress; cancelling the job rolls it back and returns to the preview.
 */
export function ImportMetricsModal({ workspaceId, open, onClose }: Props) {
  const { t } = useTranslation(['performance', 'common', 'jobs']);
  const { message } = AntApp.useApp();
  const f = useFormat();
  const accounts = useAccounts(workspaceId, false);
  const { invalidateAll } = usePerformanceMutations();
  const [stage, setStage] = useState<Stage>({ kind: 'pick' });
  const [mapping, setMapping] = useState<Partial<Record<ImportField, string | null>>>({});
  const [granularity, setGranularity] = useState<Granularity>('auto');
  const [accountId, setAccountId] = useState<string | undefined>();
  const [skipInvalid, setSkipInvalid] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const previewJob = usePreviewJob('metrics.preview', t('jobs:previewing'));

  const reset = () => {
    setStage({ kind: 'pick' });
    setMapping({});
    setGranularity('auto');
    setAccountId(undefined);
    setSkipInvalid(false);
  };

  const close = () => {
    abort.current?.abort();
    previewJob.abandon();
    if (stage.kind === 'mapping')
      void call('metrics.importCancel', { sessionId: stage.sessionId }).catch(() => undefined);
    reset();
    onClose();
  };

  const runPreview = async (
    base: Extract<Stage, { kind: 'mapping' }>,
    next: { mapping?: typeof mapping; granularity?: Granularity; accountId?: string | undefined },
  ) => {
    const m = next.mapping ?? mapping;
    const g = next.granularity ?? granularity;
    const a = 'accountId' in next ? next.accountId : accountId;
    const input = {
      workspaceId,
      sessionId: base.sessionId,
      mapping: m,
      granularity: g,
      ...(a ? { accountId: a } : {}),
    };
    try {
      // A big file is previewed as a job (progress, 取消): the app keeps answering meanwhile. The
      // old preview goes while it runs: the session has no plan until the new one is ready.
      const asJob = previewRunsAsJob(base.bytes);
      if (asJob) setStage({ ...base, preview: null, problem: null });
      const preview = asJob
        ? await previewJob.run(() => call('metrics.importPreviewStart', input))
        : await call('metrics.importPreview', input);
      if (preview === null) {
        // Cancelled: back to picking a file; the uploaded one is dropped.
        void call('metrics.importCancel', { sessionId: base.sessionId }).catch(() => undefined);
        reset();
        void message.info(t('jobs:previewCancelled'));
        return;
      }
      setStage({ ...base, preview, problem: null });
    } catch (err) {
      setStage({ ...base, preview: null, problem: describeError(err, t) });
    }
  };

  const startUpload = async (file: File) => {
    if (file.size === 0) {
      void message.error(t('import.emptyFile', { name: file.name }));
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setStage({ kind: 'uploading', progress: 0, fileName: file.name });
    await runWithToast(
      async () => {
        const uploaded = await uploadInChunks(
          workspaceId,
          file,
          (progress) => setStage({ kind: 'uploading', progress, fileName: file.name }),
          controller.signal,
        );
        if (!uploaded) {
          reset();
          void message.info(t('import.cancelled'));
          return;
        }
        const base = {
          kind: 'mapping' as const,
          sessionId: uploaded.sessionId,
          headers: uploaded.headers,
          totalRows: uploaded.totalRows,
          fileName: file.name,
          bytes: file.size,
          preview: null,
          problem: null,
        };
        setStage(base);
        await runPreview(base, {});
      },
      { t, message },
      () => reset(),
    );
  };

  const commit = async () => {
    if (stage.kind !== 'mapping') return;
    const current = stage;
    await runWithToast(
      async () => {
        const { jobId } = await call('metrics.importStart', {
          sessionId: current.sessionId,
          skipInvalidRows: skipInvalid,
        });
        setStage({ kind: 'committing', jobId, back: current });
      },
      { t, message },
    );
  };

  const preview = stage.kind === 'mapping' ? stage.preview : null;

  return (
    <ImportModalFrame
      open={open}
      onClose={close}
      texts={t}
      steps={[t('import.stepFile'), t('import.stepPreview')]}
      step={stage.kind === 'pick' || stage.kind === 'uploading' ? 0 : stage.kind === 'done' ? 2 : 1}
      cancelLabel={t('common:cancel')}
      commit={stage.kind === 'mapping' ? { preview, skipInvalid, onClick: () => void commit() } : null}
      done={
        stage.kind === 'done'
          ? {
              testId: 'import-done',
              text: t('import.done', stage.result),
              detail: stage.result.from
                ? t('import.doneRange', { from: f.date(stage.result.from), to: f.date(stage.result.to) })
                : undefined,
            }
          : null
      }
      // While the job writes, its own cancel button is the way out (it rolls the import back).
      locked={stage.kind === 'committing'}
    >
      {stage.kind === 'pick' && (
        <ImportFileDrop
          text={t('import.drop')}
          hint={t('import.formats')}
          help={t('import.help')}
          testId="metrics-file-input"
          onFile={(file) => void startUpload(file)}
        />
      )}
      {stage.kind === 'uploading' && (
        <ImportBusy
          testId="import-progress"
          text={t('import.uploading', { name: stage.fileName })}
          fraction={stage.progress}
        >
          <Button danger onClick={() => abort.current?.abort()}>
            {t('import.cancelUpload')}
          </Button>
        </ImportBusy>
      )}
      {stage.kind === 'committing' && (
        <CommitJobProgress
          jobId={stage.jobId}
          kind="metrics.import"
          label={t('import.committing')}
          onSucceeded={(result) => {
            void invalidateAll();
            setStage({ kind: 'done', result });
          }}
          onStopped={() => setStage(stage.back)}
        />
      )}
      {stage.kind === 'mapping' && (
        <Flex vertical gap={16}>
          <Descriptions
            size="small"
            column={3}
            items={[
              { key: 'file', label: t('import.file'), children: stage.fileName },
              {
                key: 'rows',
                label: t('import.rows'),
                children: stage.preview?.totalRows ?? stage.totalRows ?? '—',
              },
              {
                key: 'granularity',
                label: t('import.granularity'),
                children: (
                  <Radio.Group
                    size="small"
                    optionType="button"
                    value={granularity}
                    onChange={(e) => {
                      const g = e.target.value as Granularity;
                      setGranularity(g);
                      void runPreview(stage, { granularity: g });
                    }}
                    options={(['auto', 'day', 'week'] as const).map((g) => ({
                      value: g,
                      label:
                        g === 'auto' && preview
                          ? `${t('import.auto')}（${t(`granularity.${preview.granularity}`)}）`
                          : t(`granularity.${g}`),
                    }))}
                  />
                ),
              },
            ]}
          />
          <ColumnMapping
            fields={importFields}
            label={(field) => t(`fields.${field}`)}
            isRequired={(field) => field === 'date' || field === 'account'}
            headers={stage.headers}
            columnOf={(field) =>
              preview?.mapping[field] ?? (mapping[field] === undefined ? undefined : mapping[field])
            }
            unmapped={preview?.unmapped ?? null}
            texts={t}
            onChange={(field, header) => {
              const next = { ...mapping, [field]: header };
              setMapping(next);
              void runPreview(stage, { mapping: next });
            }}
            extra={
              <Flex vertical style={{ width: 240 }}>
                <Typography.Text>{t('import.fileAccount')}</Typography.Text>
                <Select
                  size="small"
                  allowClear
                  aria-label={t('import.fileAccount')}
                  placeholder={t('import.fileAccountPlaceholder')}
                  value={accountId}
                  options={(accounts.data ?? []).map((a) => ({
                    value: a.id,
                    label: `${a.displayName} @${a.handle}`,
                  }))}
                  onChange={(id: string | undefined) => {
                    setAccountId(id);
                    void runPreview(stage, { accountId: id });
                  }}
                />
              </Flex>
            }
          />
          {previewJob.progress}
          {stage.problem && (
            <Alert type="error" showIcon message={stage.problem} data-testid="import-problem" />
          )}
          {preview && (
            <ImportPreview
              preview={preview}
              texts={t}
              summaryDetail={preview.accounts
                .map((a) =>
                  t('import.accountRange', {
                    name: a.displayName,
                    rows: a.rows,
                    from: f.date(a.from),
                    to: f.date(a.to),
                  }),
                )
                .join('；')}
              skipInvalid={skipInvalid}
              onSkipInvalidChange={setSkipInvalid}
              testIdPrefix="import"
              columns={[
                { title: t('fields.date'), dataIndex: 'date', render: (d: string | null) => d ?? '—' },
                {
                  title: t('fields.account'),
                  dataIndex: 'accountLabel',
                  render: (d: string | null) => d ?? '—',
                },
                ...metricFields
                  .filter((m) => preview.mapping[m])
                  .map((m) => ({
                    title: t(`fields.${m}`),
                    key: m,
                    align: 'right' as const,
                    render: (_: unknown, row: Preview['rows'][number]) =>
                      m === 'gmv' ? f.moneyAt('preview', row.values[m]) : f.count(row.values[m]),
                  })),
              ]}
            />
          )}
        </Flex>
      )}
    </ImportModalFrame>
  );
}
