import { Alert, App as AntApp, Button, Flex, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { base64Bytes, previewRunsAsJob } from '../../../../shared/domain/previewJobs';
import type { MethodOutput } from '../../../../shared/api/contract';
import { sessionKeyFields } from '../../../../shared/live/importFields';
import { sessionValueFields } from '../../../../shared/live/fields';
import { call } from '../../lib/api';
import { ColumnMapping } from '../../lib/import/ColumnMapping';
import { ImportPreview } from '../../lib/import/ImportPreviewSummary';
import { ImportFileDrop } from '../../lib/import/ImportFileDrop';
import { ImportBusy, ImportModalFrame } from '../../lib/import/ImportModalFrame';
import { runWithToast } from '../../lib/runWithToast';
import { describeError } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useLiveMutations } from './queries';
import { LiveRoomPicker } from './LiveRoomPicker';
import { CommitJobProgress, usePreviewJob } from '../jobs';

type Preview = MethodOutput<'liveSessions.importPreview'>;
type Result = MethodOutput<'liveSessions.importCommit'>;

interface FileSource {
  fileName: string;
  base64: string;
}

type Stage =
  | { kind: 'pick' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'mapping'; file: FileSource; preview: Preview | null; problem: string | null }
  | { kind: 'committing'; file: FileSource; preview: Preview | null; jobId: string | null }
  | { kind: 'done'; result: Result };

/** The fields the user maps by hand most often; the rest are recognised from the header aliases. */
const mappedFields = [...sessionKeyFields, ...sessionValueFields] as const;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

interface Props {
  workspaceId: string;
  open: boolean;
  onClose(): void;
  onOpenSession(sessionId: string): void;
}

/**
 * Session import: pick a file → preview every row with its errors and the column mapping (correctable;
 * each change re-reads the file) → commit all valid rows in one transaction. Cancelling at any step
 * stores nothing: the file lives only in this dialog until the commit.
 */
export function ImportLiveModal({ workspaceId, open, onClose, onOpenSession }: Props) {
  const { t } = useTranslation(['live', 'common', 'jobs']);
  const { message } = AntApp.useApp();
  const f = useFormat();
  const { invalidate } = useLiveMutations();
  const [stage, setStage] = useState<Stage>({ kind: 'pick' });
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const [room, setRoom] = useState<string | undefined>();
  const [skipInvalid, setSkipInvalid] = useState(false);
  const generation = useRef(0);
  const previewJob = usePreviewJob('liveSessions.preview', t('jobs:previewing'));

  const reset = () => {
    previewJob.abandon();
    generation.current++;
    setStage({ kind: 'pick' });
    setMapping({});
    setRoom(undefined);
    setSkipInvalid(false);
  };
  const close = () => {
    reset();
    onClose();
  };

  const roomInput = (value: string | undefined) => {
    if (!value) return {};
    const [kind, id] = value.split(':') as ['account' | 'creator', string];
    return kind === 'account' ? { accountId: id } : { creatorId: id };
  };

  const runPreview = async (
    file: FileSource,
    next: { mapping?: Record<string, string | null>; room?: string | undefined },
  ) => {
    const mine = ++generation.current;
    const m = next.mapping ?? mapping;
    const r = 'room' in next ? next.room : room;
    try {
      const input = { workspaceId, ...file, mapping: m, ...roomInput(r) };
      // A big export is previewed as a job (progress, 取消) so the app keeps answering meanwhile.
      const preview = previewRunsAsJob(base64Bytes(file.base64))
        ? await previewJob.run(() => call('liveSessions.importPreviewStart', input))
        : await call('liveSessions.importPreview', input);
      if (mine !== generation.current) return;
      if (preview === null) {
        reset();
        void message.info(t('jobs:previewCancelled'));
      } else setStage({ kind: 'mapping', file, preview, problem: null });
    } catch (err) {
      if (mine === generation.current)
        setStage({ kind: 'mapping', file, preview: null, problem: describeError(err, t) });
    }
  };

  const pick = async (picked: File) => {
    if (picked.size === 0) {
      void message.error(t('import.emptyFile', { name: picked.name }));
      return;
    }
    const mine = ++generation.current;
    setStage({ kind: 'reading', fileName: picked.name });
    const file = { fileName: picked.name, base64: toBase64(new Uint8Array(await picked.arrayBuffer())) };
    if (mine !== generation.current) return;
    setStage({ kind: 'mapping', file, preview: null, problem: null });
    await runPreview(file, {});
  };

  /** The stage to go back to when the import job fails or is cancelled (the preview, unchanged). */
  const beforeCommit = useRef<Extract<Stage, { kind: 'mapping' }> | null>(null);

  // The commit runs as a background job: progress per session, cancel rolls the whole import back.
  const commit = async () => {
    if (stage.kind !== 'mapping') return;
    const current = stage;
    beforeCommit.current = current;
    setStage({ kind: 'committing', file: current.file, preview: current.preview, jobId: null });
    await runWithToast(
      async () => {
        const { jobId } = await call('liveSessions.importStart', {
          workspaceId,
          ...current.file,
          mapping,
          ...roomInput(room),
          skipInvalidRows: skipInvalid,
        });
        setStage({ kind: 'committing', file: current.file, preview: current.preview, jobId });
      },
      { t, message },
      () => setStage(current),
    );
  };

  const preview = stage.kind === 'mapping' ? stage.preview : null;
  const headers = preview?.headers ?? [];
  const openLastSession = (sessionIds: readonly string[]) => {
    const last = sessionIds[sessionIds.length - 1]!;
    close();
    onOpenSession(last);
  };

  return (
    <ImportModalFrame
      open={open}
      onClose={close}
      texts={t}
      steps={[t('import.drop'), t('import.mapping')]}
      step={stage.kind === 'done' ? 2 : stage.kind === 'mapping' || stage.kind === 'committing' ? 1 : 0}
      cancelLabel={t('import.cancel')}
      commit={
        stage.kind === 'mapping'
          ? { preview, skipInvalid, onClick: () => void commit(), testId: 'live-import-commit' }
          : null
      }
      done={
        stage.kind === 'done'
          ? {
              testId: 'live-import-done',
              text: t('import.done', { ...stage.result, linked: stage.result.linkedToPlan }),
            }
          : null
      }
      doneActions={
        stage.kind === 'done' &&
        stage.result.sessionIds.length > 0 && (
          <Button onClick={() => openLastSession(stage.result.sessionIds)}>{t('import.open')}</Button>
        )
      }
    >
      {stage.kind === 'pick' && (
        <ImportFileDrop
          text={t('import.drop')}
          hint={t('import.formats')}
          help={t('import.help')}
          testId="live-file-input"
          onFile={(file) => void pick(file)}
        />
      )}
      {stage.kind === 'mapping' && previewJob.progress}
      {stage.kind === 'committing' && stage.jobId !== null && (
        <div data-testid="live-import-progress">
          <CommitJobProgress
            jobId={stage.jobId}
            kind="liveSessions.import"
            label={t('import.committing')}
            onSucceeded={({ kind: _kind, ...result }) => {
              void invalidate();
              setStage({ kind: 'done', result });
            }}
            onStopped={() => beforeCommit.current && setStage(beforeCommit.current)}
          />
        </div>
      )}
      {(stage.kind === 'reading' || (stage.kind === 'committing' && stage.jobId === null)) && (
        <ImportBusy
          testId="live-import-progress"
          text={
            stage.kind === 'reading' ? t('import.reading', { name: stage.fileName }) : t('import.committing')
          }
        />
      )}
      {stage.kind === 'mapping' && (
        <Flex vertical gap={16}>
          <Flex vertical style={{ width: 360 }}>
            <Typography.Text strong>{t('import.roomForFile')}</Typography.Text>
            <LiveRoomPicker
              workspaceId={workspaceId}
              active={open}
              value={room}
              onChange={(v) => {
                setRoom(v);
                void runPreview(stage.file, { room: v });
              }}
            />
          </Flex>
          {headers.length > 0 && (
            <ColumnMapping
              fields={mappedFields}
              label={(field) => t(`fields.${field}`)}
              isRequired={(field) => field === 'startedAt' || field === 'room'}
              headers={headers}
              columnOf={(field) => preview?.mapping[field]}
              unmapped={preview?.unmapped ?? null}
              texts={t}
              onChange={(field, header) => {
                const next = { ...mapping, [field]: header };
                setMapping(next);
                void runPreview(stage.file, { mapping: next });
              }}
            />
          )}
          {stage.problem && (
            <Alert type="error" showIcon title={stage.problem} data-testid="live-import-problem" />
          )}
          {preview && (
            <ImportPreview
              preview={preview}
              texts={t}
              skipInvalid={skipInvalid}
              onSkipInvalidChange={setSkipInvalid}
              testIdPrefix="live-import"
              columns={[
                { title: t('room'), dataIndex: 'roomLabel', render: (v: string | null) => v ?? '—' },
                {
                  title: t('fields.startedAt'),
                  dataIndex: 'startedAt',
                  render: (v: string | null) => f.dateTime(v),
                },
                {
                  title: t('fields.endedAt'),
                  dataIndex: 'endedAt',
                  render: (v: string | null) => f.dateTime(v),
                },
                ...(
                  ['exposureUsers', 'viewers', 'productExposureUsers', 'productClickUsers', 'buyers'] as const
                ).map((m) => ({
                  title: t(`fields.${m}`),
                  key: m,
                  align: 'right' as const,
                  render: (_: unknown, row: Preview['rows'][number]) => f.count(row.values[m]),
                })),
                {
                  title: t('fields.gmv'),
                  key: 'gmv',
                  align: 'right' as const,
                  render: (_: unknown, row: Preview['rows'][number]) => f.moneyAt('preview', row.values.gmv),
                },
              ]}
            />
          )}
        </Flex>
      )}
    </ImportModalFrame>
  );
}
