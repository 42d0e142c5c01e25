import { Alert, Checkbox, Flex, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { importErrorText, type ImportErrorLike } from '../importErrors';
import type { ImportTexts, PreviewAction } from './importTexts';

/** A row or cell problem as the job-based importers report it (shared/domain/importCells.ts). */
export interface PreviewCellError extends ImportErrorLike {
  rowNumber: number;
  field: string | null;
  column: string | null;
  value: string | null;
}

/** What every job-based importer's preview counts and reports, whatever its rows hold. */
interface PreviewFacts {
  /** What the importer assumed for the whole file (years of month-day dates). */
  notes?: readonly ImportErrorLike[] | undefined;
  validRows: number;
  errorRows: number;
  inserts: number;
  updates: number;
  errors: readonly PreviewCellError[];
  errorCount: number;
}

interface Props {
  preview: PreviewFacts;
  /** The feature's `t`: the counts sentence and the table's labels in the feature's words (sessions, periods). */
  texts: ImportTexts;
  /** A second line under the counts (the ranges per account). */
  summaryDetail?: string | undefined;
  skipInvalid: boolean;
  onSkipInvalidChange(skip: boolean): void;
  /** `live-import` → `live-import-summary`, `live-import-errors` (what the e2e tests look for). */
  testIdPrefix: string;
}

/**
 * The part of an import preview every job-based importer (metrics, live sessions) shows the same way:
 * the file-wide notes, the counts, every row or cell problem in a table with the column and the cell, and
 * the choice to leave the rows with problems out.
 */
function ImportPreviewSummary({
  preview,
  texts,
  summaryDetail,
  skipInvalid,
  onSkipInvalidChange,
  testIdPrefix,
}: Props) {
  const { t } = useTranslation('importErrors');
  return (
    <Flex vertical gap={12}>
      {preview.notes?.map((note) => (
        <Alert
          key={`${note.code ?? ''}-${JSON.stringify(note.params ?? {})}`}
          type="info"
          showIcon
          data-testid={`${testIdPrefix}-note`}
          title={importErrorText(t, note)}
        />
      ))}
      <Alert
        type={preview.errorRows > 0 ? 'warning' : 'info'}
        showIcon
        data-testid={`${testIdPrefix}-summary`}
        title={texts('import.summary', {
          valid: preview.validRows,
          errors: preview.errorRows,
          inserts: preview.inserts,
          updates: preview.updates,
        })}
        description={summaryDetail || undefined}
      />
      {preview.errorCount > 0 && (
        <>
          <Table
            size="small"
            data-testid={`${testIdPrefix}-errors`}
            rowKey={(e) => `${e.rowNumber}-${e.field ?? ''}-${e.message}`}
            dataSource={preview.errors as PreviewCellError[]}
            pagination={{ pageSize: 8, showSizeChanger: false }}
            columns={[
              { title: texts('import.row'), dataIndex: 'rowNumber', width: 70 },
              {
                title: texts('import.column'),
                dataIndex: 'column',
                width: 150,
                render: (c: string | null) => c ?? '—',
              },
              {
                title: texts('import.value'),
                dataIndex: 'value',
                width: 150,
                render: (v: string | null) => v ?? '—',
              },
              {
                title: texts('import.problem'),
                dataIndex: 'message',
                render: (_: string, e: PreviewCellError) => importErrorText(t, e),
              },
            ]}
          />
          <Checkbox checked={skipInvalid} onChange={(e) => onSkipInvalidChange(e.target.checked)}>
            {texts('import.skipInvalid', { count: preview.errorRows })}
          </Checkbox>
        </>
      )}
    </Flex>
  );
}

const actionColor = { insert: 'green', update: 'blue', error: 'red' } as const;

/**
 * A job-based importer's preview (metrics, live sessions): the summary above, then the file's rows, the
 * table's test id `${testIdPrefix}-preview`. `columns` are the importer's own, after the row number and
 * the action every preview opens with.
 */
export function ImportPreview<Row extends { rowNumber: number; action: PreviewAction }>({
  preview,
  columns,
  ...summary
}: Props & { preview: PreviewFacts & { rows: readonly Row[] }; columns: ColumnsType<Row> }) {
  return (
    <>
      <ImportPreviewSummary preview={preview} {...summary} />
      <ImportPreviewTable
        rows={preview.rows}
        columns={columns}
        texts={summary.texts}
        testId={`${summary.testIdPrefix}-preview`}
      />
    </>
  );
}

/**
 * The rows of a job-based importer's preview, a page of 8 at a time: the file's row number and what a
 * commit would do with the row, then the importer's own `columns`.
 */
function ImportPreviewTable<Row extends { rowNumber: number; action: PreviewAction }>({
  rows,
  columns,
  texts,
  testId,
}: {
  rows: readonly Row[];
  columns: ColumnsType<Row>;
  texts: ImportTexts;
  testId: string;
}) {
  return (
    <Table<Row>
      size="small"
      data-testid={testId}
      rowKey="rowNumber"
      dataSource={rows}
      pagination={{ pageSize: 8, showSizeChanger: false }}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: texts('import.row'), dataIndex: 'rowNumber', width: 60 },
        {
          title: texts('import.action'),
          dataIndex: 'action',
          render: (a: PreviewAction) => <Tag color={actionColor[a]}>{texts(`import.actions.${a}`)}</Tag>,
        },
        ...columns,
      ]}
    />
  );
}
