import {
  Alert,
  App as AntApp,
  Button,
  Checkbox,
  Flex,
  Input,
  Modal,
  Progress,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useRef, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportCommitResult, ImportPreview, ImportRow } from '../../../../shared/content/importSchemas';
import { importFields, requiredImportFields, type ImportField } from '../../../../shared/content/vocabulary';
import { call } from '../../lib/api';
import { runWithToast } from '../../lib/runWithToast';
import { importErrorText } from '../../lib/importErrors';
import { ImportFileDrop } from '../../lib/import/ImportFileDrop';
import { fileToBase64 } from '../../lib/files';
import { useInvalidateContent } from './queries';
import { warningText } from './presentation';
import { formatInZone } from './time';
import { base64Bytes, previewRunsAsJob } from '../../../../shared/domain/previewJobs';
import { usePreviewJob } from '../jobs';

interface Props {
  workspaceId: string;
  open: boolean;
  onClose(): void;
  /** After a successful import: the earliest planned time among the imported rows, to show it. */
  onImported(result: ImportCommitResult, firstPlannedAt: string | null): void;
}

type Stage =
  | { kind: 'pick' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'committing'; preview: ImportPreview; count: number };

/** Table columns that show one import field each; errors on other fields appear under "problems". */
const shownFields = [
  'account',
  'title',
  'format',
  'objective',
  'plannedAt',
  'durationMinutes',
  'products',
  'status',
] as const satisfies readonly ImportField[];
/** A shown field: its column title is `fields.<field>` (the table's own labels, not the mapping's). */
type ShownField = (typeof shownFields)[number];

const actionColor = { create: 'green', update: 'blue', unchanged: 'default', invalid: 'red' } as const;

/**
 * Bulk import in three steps: pick a file → preview every row as it will be stored, with each problem on
 * its cell (editable in place) → import. Nothing is written before the last step, which re-sends the file
 * with the user's fixes and column choices; the backend re-checks everything and writes in one transaction.
 * Cancel abandons a running read (its answer is ignored), so nothing is ever committed behind the user.
 */
export function ImportModal({ workspaceId, open, onClose, onImported }: Props) {
  const { t } = useTranslation(['content', 'jobs']);
  const { message } = AntApp.useApp();
  const invalidate = useInvalidateContent(workspaceId);
  const [stage, setStage] = useState<Stage>({ kind: 'pick' });
  const [file, setFile] = useState<{ fileName: string; base64: string } | null>(null);
  const [fixes, setFixesState] = useState<Map<string, string>>(new Map());
  // Read by the buttons' handlers: a cell's blur and the click that caused it land in the same tick.
  const fixesRef = useRef<Map<string, string>>(new Map());
  const setFixes = (next: Map<string, string>) => {
    fixesRef.current = next;
    setFixesState(next);
  };
  const [mapping, setMapping] = useState<Partial<Record<ImportField, string | null>>>({});
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [skipInvalid, setSkipInvalid] = useState(false);
  // The column panel stays as the user left it: mapping the last required column must not close it and
  // hide the note on unused columns.
  const [mappingOpen, setMappingOpen] = useState(false);
  const run = useRef(0);
  const previewJob = usePreviewJob('content.preview', t('jobs:previewing'));

  const reset = () => {
    run.current += 1;
    setStage({ kind: 'pick' });
    setFile(null);
    setFixes(new Map());
    setMapping({});
    setOnlyErrors(false);
    setSkipInvalid(false);
    setMappingOpen(false);
  };
  const close = () => {
    if (stage.kind === 'committing') return; // the write is one transaction: let it finish
    previewJob.abandon();
    reset();
    onClose();
  };

  const fixList = (map: Map<string, string>) =>
    [...map].map(([key, value]) => {
      const [row, field] = key.split('|') as [string, ImportField];
      return { rowNumber: Number(row), field, value };
    });

  const preview = async (
    target: { fileName: string; base64: string },
    nextFixes = fixesRef.current,
    nextMapping = mapping,
  ) => {
    const id = ++run.current;
    setStage({ kind: 'reading', fileName: target.fileName });
    const failed = (): boolean | void => {
      // A superseded read's failure is nobody's news.
      if (id !== run.current) return true;
      setStage({ kind: 'pick' });
      setFile(null);
    };
    await runWithToast(
      async () => {
        const input = { workspaceId, ...target, mapping: nextMapping, fixes: fixList(nextFixes) };
        // A big file is previewed as a job (progress, 取消) so the app keeps answering meanwhile.
        const result = previewRunsAsJob(base64Bytes(target.base64))
          ? await previewJob.run(() => call('content.importPreviewStart', input))
          : await call('content.importPreview', input);
        if (id !== run.current) return;
        if (result === null) {
          setStage({ kind: 'pick' });
          setFile(null);
          void message.info(t('jobs:previewCancelled'));
          return;
        }
        setStage({ kind: 'preview', preview: result });
        setOnlyErrors(result.counts.invalid > 0 && result.counts.total > 20);
        if (result.missingFields.length > 0 || result.unmapped.length > 0) setMappingOpen(true);
      },
      { t, message },
      failed,
    );
  };

  const pick = async (picked: File) => {
    const base64 = await fileToBase64(picked);
    const target = { fileName: picked.name, base64 };
    setFile(target);
    setFixes(new Map());
    setMapping({});
    setSkipInvalid(false);
    await preview(target, new Map(), {});
  };

  const cancelReading = () => {
    run.current += 1;
    setStage({ kind: 'pick' });
    setFile(null);
    void message.info(t('importModal.cancelled'));
  };

  const commit = async (current: ImportPreview) => {
    if (!file) return;
    const count = current.counts.create + current.counts.update;
    setStage({ kind: 'committing', preview: current, count });
    const written = await runWithToast(
      async () => {
        const result = await call('content.importCommit', {
          workspaceId,
          ...file,
          mapping,
          fixes: fixList(fixesRef.current),
          skipInvalid,
        });
        await invalidate();
        void message.success(t('importModal.done', result));
        const first =
          current.rows
            .filter((r) => r.action !== 'invalid' && r.values.plannedAt)
            .map((r) => r.values.plannedAt!)
            .sort()[0] ?? null;
        onImported(result, first);
        reset();
        onClose();
        return true;
      },
      { t, message },
    );
    // The database moved on (or the file has new problems): show the fresh state.
    if (!written) await preview(file);
  };

  const setFix = (row: number, field: ImportField, value: string) => {
    const next = new Map(fixesRef.current);
    next.set(`${row}|${field}`, value);
    setFixes(next);
  };

  const body = () => {
    switch (stage.kind) {
      case 'pick':
        return (
          <ImportFileDrop
            text={t('importModal.drop')}
            hint={t('importModal.dropHint')}
            onFile={(picked) => void pick(picked)}
          />
        );
      case 'reading':
        if (previewJob.progress) return <div style={{ padding: 24 }}>{previewJob.progress}</div>;
        return (
          <Flex vertical gap={12} align="center" style={{ padding: 24 }} data-testid="import-progress">
            <Progress percent={100} status="active" showInfo={false} style={{ width: '100%' }} />
            <Typography.Text>{t('importModal.reading', { file: stage.fileName })}</Typography.Text>
            <Button onClick={cancelReading}>{t('importModal.cancel')}</Button>
          </Flex>
        );
      case 'committing':
        return (
          <Flex vertical gap={12} align="center" style={{ padding: 24 }} data-testid="import-progress">
            <Progress percent={100} status="active" showInfo={false} style={{ width: '100%' }} />
            <Typography.Text>{t('importModal.importing', { count: stage.count })}</Typography.Text>
          </Flex>
        );
      case 'preview':
        return renderPreview(stage.preview);
    }
  };

  const renderPreview = (p: ImportPreview) => {
    const rows = onlyErrors ? p.rows.filter((r) => r.action === 'invalid') : p.rows;
    const cellFor = (row: ImportRow, field: ShownField) => {
      const errors = row.errors.filter(
        (e) => e.field === field || (field === 'account' && e.field === 'accountName'),
      );
      if (errors.length > 0) {
        const errorField = errors[0]!.field;
        const key = `${row.rowNumber}|${errorField}`;
        return (
          <Flex vertical gap={2} style={{ minWidth: 140, maxWidth: 260 }}>
            <Input
              size="small"
              status="error"
              aria-label={`${t('importModal.columns.row')} ${row.rowNumber} ${t(`fields.${field}`)}`}
              defaultValue={fixes.get(key) ?? row.raw[errorField] ?? ''}
              onBlur={(e) => setFix(row.rowNumber, errorField, e.target.value)}
              onPressEnter={(e) => {
                const value = (e.target as HTMLInputElement).value;
                const next = new Map(fixesRef.current).set(key, value);
                setFixes(next);
                if (file) void preview(file, next);
              }}
            />
            {errors.map((e) => (
              <Typography.Text
                key={e.message}
                type="danger"
                style={{ fontSize: 12 }}
                data-testid="import-cell-error"
              >
                {importErrorText(t, e)}
              </Typography.Text>
            ))}
          </Flex>
        );
      }
      const v = row.values;
      switch (field) {
        case 'account':
          return v.accountLabel;
        case 'title':
          return v.title;
        case 'format':
          return v.format ? t(`format.${v.format}`) : '';
        case 'objective':
          return v.objective ? t(`objective.${v.objective}`) : '';
        case 'plannedAt':
          return v.plannedAt ? formatInZone(v.plannedAt, p.timeZone) : '';
        case 'durationMinutes':
          return v.durationMinutes ?? '';
        case 'products':
          return v.productLabels.join('、');
        case 'status':
          return t(`status.${v.status}`);
        default:
          return '';
      }
    };
    const otherErrors = (row: ImportRow) =>
      row.errors.filter((e) => !shownFields.some((f) => f === e.field) && e.field !== 'accountName');
    // Every field is offered, optional ones included, so a column the file names its own way can be used.
    const mappable = importFields;
    return (
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          {t('importModal.fileInfo', {
            file: p.fileName,
            format: p.format.toUpperCase(),
            timeZone: p.timeZone,
          })}
        </Typography.Text>
        <Alert
          data-testid="import-summary"
          type={p.counts.invalid > 0 ? 'warning' : 'success'}
          showIcon
          title={t('importModal.summary', p.counts)}
          description={p.counts.invalid > 0 ? t('importModal.fixHint') : undefined}
        />
        {p.notes.length > 0 && (
          <div data-testid="import-notes">
            <Alert
              type="info"
              showIcon
              title={t('importModal.notesTitle')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {p.notes.map((note) => (
                    <li key={`${note.code}-${JSON.stringify(note.params ?? {})}`}>
                      {importErrorText(t, note)}
                    </li>
                  ))}
                </ul>
              }
            />
          </div>
        )}
        {p.missingFields.length > 0 && <Alert type="error" showIcon title={t('importModal.missing')} />}
        <details
          open={mappingOpen || p.missingFields.length > 0}
          onToggle={(e) => setMappingOpen(e.currentTarget.open)}
          data-testid="import-mapping"
        >
          <summary style={{ cursor: 'pointer' }}>{t('importModal.mapping')}</summary>
          <Flex wrap gap={8} style={{ marginTop: 8 }}>
            {mappable.map((field) => (
              <Space.Compact key={field}>
                <Button disabled style={{ color: 'inherit' }}>
                  {t(`importModal.fields.${field}`)}
                  {requiredImportFields.includes(field) ? ' *' : ''}
                </Button>
                <Select
                  style={{ width: 160 }}
                  aria-label={`mapping-${field}`}
                  showSearch={{ optionFilterProp: 'label' }}
                  status={p.missingFields.includes(field) ? 'error' : undefined}
                  value={p.mapping[field] ?? '__none__'}
                  options={[
                    { value: '__none__', label: t('importModal.notMapped') },
                    ...p.headers.map((h) => ({ value: h, label: h })),
                  ]}
                  onChange={(value: string) => {
                    const next = { ...mapping, [field]: value === '__none__' ? null : value };
                    setMapping(next);
                    setMappingOpen(true);
                    if (file) void preview(file, fixesRef.current, next);
                  }}
                />
              </Space.Compact>
            ))}
          </Flex>
          {p.unmapped.length > 0 && (
            <Typography.Text
              type="secondary"
              data-testid="import-unused-columns"
              style={{ display: 'block', marginTop: 8 }}
            >
              {t('importModal.ignoredColumns', { columns: p.unmapped.join('、') })}
            </Typography.Text>
          )}
        </details>
        <Flex gap={8} align="center">
          <Switch
            size="small"
            checked={onlyErrors}
            onChange={setOnlyErrors}
            aria-label={t('importModal.onlyErrors')}
          />
          <Typography.Text>{t('importModal.onlyErrors')}</Typography.Text>
        </Flex>
        <Table<ImportRow>
          data-testid="import-preview"
          size="small"
          rowKey="rowNumber"
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 'max-content' }}
          rowClassName={(r) => (r.action === 'invalid' ? 'import-row-invalid' : '')}
          onRow={(r) =>
            ({ 'data-row-number': r.rowNumber, 'data-action': r.action }) as HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              key: 'row',
              title: t('importModal.columns.row'),
              dataIndex: 'rowNumber',
              width: 56,
              fixed: 'left',
            },
            {
              key: 'action',
              title: t('importModal.columns.action'),
              width: 72,
              render: (_v, r) => (
                <Tag color={actionColor[r.action]}>{t(`importModal.action.${r.action}`)}</Tag>
              ),
            },
            ...shownFields.map((field) => ({
              key: field,
              title: t(`fields.${field}`),
              render: (_v: unknown, r: ImportRow) => cellFor(r, field),
            })),
            {
              key: 'errors',
              title: t('importModal.columns.errors'),
              render: (_v, r) => (
                <Flex vertical gap={2}>
                  {otherErrors(r).map((e) => (
                    <Flex key={e.field + e.message} vertical gap={2}>
                      <Input
                        size="small"
                        status="error"
                        aria-label={`${t('importModal.columns.row')} ${r.rowNumber} ${e.field}`}
                        defaultValue={fixes.get(`${r.rowNumber}|${e.field}`) ?? r.raw[e.field] ?? ''}
                        onBlur={(ev) => setFix(r.rowNumber, e.field, ev.target.value)}
                      />
                      <Typography.Text type="danger" style={{ fontSize: 12 }}>
                        {e.field}: {importErrorText(t, e)}
                      </Typography.Text>
                    </Flex>
                  ))}
                  {r.warnings
                    .filter((w) => w.scope === 'item')
                    .map((w) => (
                      <Typography.Text key={w.code} type="warning" style={{ fontSize: 12 }}>
                        ⚠ {warningText(w, t)}
                      </Typography.Text>
                    ))}
                </Flex>
              ),
            },
          ]}
        />
        {p.counts.invalid > 0 && p.counts.valid > 0 && (
          <Checkbox checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)}>
            {t('importModal.skipInvalid', { count: p.counts.invalid })}
          </Checkbox>
        )}
      </Flex>
    );
  };

  const footer = () => {
    if (stage.kind !== 'preview') return null;
    const p = stage.preview;
    const writable = p.counts.create + p.counts.update;
    const blocked = p.missingFields.length > 0 || (p.counts.invalid > 0 && !skipInvalid) || writable === 0;
    return (
      <Space>
        <Button onClick={reset}>{t('importModal.chooseAnother')}</Button>
        <Button onClick={() => file && void preview(file)}>{t('importModal.recheck')}</Button>
        <Button type="primary" disabled={blocked} onClick={() => void commit(p)}>
          {writable === 0 ? t('importModal.nothingToImport') : t('importModal.commit', { count: writable })}
        </Button>
      </Space>
    );
  };

  return (
    <Modal
      open={open}
      title={t('importModal.title')}
      width={stage.kind === 'preview' ? 1180 : 640}
      onCancel={close}
      closable={stage.kind !== 'committing'}
      maskClosable={false}
      footer={footer()}
      destroyOnHidden
    >
      {body()}
    </Modal>
  );
}
