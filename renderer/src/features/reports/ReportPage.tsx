import { DownloadOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, DatePicker, Flex, Segmented, Spin } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../../shared/format/number';
import { useLanguage } from '../../lib/language';
import { useWorkspaceId } from '../../lib/workspaceContext';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { PageHeader } from '../../lib/PageHeader';
import { downloadBase64 } from '../../lib/files';
import { ReportDocument } from './ReportDocument';

/** Present only in the desktop app: prints this window's page to a PDF file through the main process. */
function desktopPdf(): ((fileName: string) => Promise<{ saved: boolean }>) | undefined {
  return window.api?.printToPdf;
}

/** 客户报告: choose the period and language, read the report, print it or export its tables. */
export function ReportPage() {
  const { t } = useTranslation('reports');
  const { message } = AntApp.useApp();
  const workspaceId = useWorkspaceId();
  const { language: uiLanguage } = useLanguage();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().subtract(29, 'day'), dayjs()]);
  const [language, setLanguage] = useState<UiLanguage>(uiLanguage);
  const input = {
    workspaceId,
    from: range[0].format('YYYY-MM-DD'),
    to: range[1].format('YYYY-MM-DD'),
    language,
  };
  const report = useQuery({ queryKey: ['reports', input], queryFn: () => call('reports.build', input) });
  const csv = useMutation({
    mutationFn: () => call('reports.exportCsv', input),
    onSuccess: (file) => {
      downloadBase64({ fileName: file.fileName, mimeType: 'application/zip', base64: file.base64 });
      void message.success(t('csvSaved'));
    },
    onError: (err) => void message.error(describeError(err, t)),
  });
  const printPdf = desktopPdf();
  const pdf = useMutation({
    mutationFn: () => printPdf!(`${report.data?.workspace.name ?? 'report'}-${input.from}-${input.to}.pdf`),
    onSuccess: (r) => {
      if (r.saved) void message.success(t('pdfSaved'));
    },
    onError: (err) => void message.error(describeError(err, t)),
  });
  const ready = report.data !== undefined && !report.isFetching;

  return (
    <Flex vertical gap={16}>
      <div className="report-controls">
        <PageHeader
          title={t('title')}
          subtitle={t('subtitle')}
          extra={
            <Flex gap={8} wrap align="center">
              <DatePicker.RangePicker
                aria-label={t('range')}
                value={range}
                allowClear={false}
                onChange={(v) => {
                  if (v?.[0] && v[1]) setRange([v[0], v[1]]);
                }}
              />
              <Segmented<UiLanguage>
                aria-label={t('language')}
                value={language}
                onChange={setLanguage}
                options={[
                  { value: 'zh-CN', label: '中文' },
                  { value: 'en', label: 'English' },
                ]}
              />
              {printPdf ? (
                <Button
                  type="primary"
                  icon={<FilePdfOutlined />}
                  disabled={!ready}
                  loading={pdf.isPending}
                  onClick={() => pdf.mutate()}
                >
                  {t('exportPdf')}
                </Button>
              ) : (
                <Button
                  type="primary"
                  icon={<PrinterOutlined />}
                  disabled={!ready}
                  onClick={() => window.print()}
                >
                  {t('print')}
                </Button>
              )}
              <Button
                icon={<DownloadOutlined />}
                disabled={!ready}
                loading={csv.isPending}
                onClick={() => csv.mutate()}
              >
                {t('exportCsv')}
              </Button>
            </Flex>
          }
        />
      </div>
      {report.error && (
        <Alert className="report-controls" type="error" title={describeError(report.error, t)} />
      )}
      {report.isLoading && <Spin tip={t('building')} />}
      {report.data && <ReportDocument report={report.data} />}
    </Flex>
  );
}
