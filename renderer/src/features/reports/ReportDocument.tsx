import { Flex, Typography } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Report } from '../../../../shared/reports/schema';
import { reportFormat } from './reportFormat';
import {
  ApprovalsSection,
  LiveSection,
  ForecastsSection,
  MatrixSection,
  OffersSection,
  PerformanceSection,
  PlanSection,
  PublishedSection,
} from './ReportSections';
import './report.css';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="report-section" data-testid={`report-section-${id}`} aria-label={title}>
      <Typography.Title level={4}>{title}</Typography.Title>
      {children}
    </section>
  );
}

/**
 * The printable report: a fixed A4-wide column so charts keep their size when printing, one page break
 * before each section. `data-ready` turns true once every chart has drawn (they draw without animation on
 * mount, before this component's effect runs), so print is offered only for a finished page.
 */
export function ReportDocument({ report }: { report: Report }) {
  const f = useMemo(() => reportFormat(report.language), [report.language]);
  const [drawn, setDrawn] = useState<Report | null>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setDrawn(report));
    return () => cancelAnimationFrame(frame);
  }, [report]);
  const ready = drawn === report;
  const names = new Map(report.matrix.map((a) => [a.id, a.displayName]));
  const props = { report, f, accountName: (id: string) => names.get(id) ?? id };

  return (
    <article
      className="report-document"
      data-testid="report-document"
      data-ready={ready ? 'true' : 'false'}
      lang={report.language}
    >
      <header className="report-cover">
        <Typography.Title level={2}>{f.t('doc.heading', { name: report.workspace.name })}</Typography.Title>
        <Flex vertical gap={4}>
          <Typography.Text strong>
            {f.t('doc.period', { from: f.date(report.from), to: f.date(report.to) })}
          </Typography.Text>
          <Typography.Text type="secondary">
            {f.workspaces(`industry.${report.workspace.industry}`)} ·{' '}
            {f.workspaces(`stage.${report.workspace.stage}`)} ·{' '}
            {f.t('doc.timeZone', { tz: report.workspace.timeZone })}
          </Typography.Text>
          <Typography.Text type="secondary">
            {f.t('doc.generated', { at: f.dateTime(report.generatedAt) })}
          </Typography.Text>
        </Flex>
      </header>
      <Section id="matrix" title={f.t('sections.matrix')}>
        <MatrixSection {...props} />
      </Section>
      <Section id="plan" title={f.t('sections.plan')}>
        <PlanSection {...props} />
      </Section>
      <Section id="published" title={f.t('sections.published')}>
        <PublishedSection {...props} />
      </Section>
      <Section id="approvals" title={f.t('sections.approvals')}>
        <ApprovalsSection {...props} />
      </Section>
      <Section id="offers" title={f.t('sections.offers')}>
        <OffersSection {...props} />
      </Section>
      <Section id="performance" title={f.t('sections.performance')}>
        <PerformanceSection {...props} />
      </Section>
      <Section id="forecasts" title={f.t('sections.forecasts')}>
        <ForecastsSection {...props} />
      </Section>
      <Section id="live" title={f.t('sections.live')}>
        <LiveSection {...props} />
      </Section>
    </article>
  );
}
