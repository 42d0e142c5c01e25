import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiIssue } from '../../../../shared/api/result';
import type { DeliverableReportLine } from '../../../../shared/domain/deliverableReport';
import type { DeliverableStatus } from '../../../../shared/domain/offer';
import { issueText } from '../../lib/errors';

/** After importing the other side's file: what each reported deliverable status (and link) did to this tracker. */
export function DeliverableReportList({ lines }: { lines: readonly DeliverableReportLine[] }) {
  const { t } = useTranslation(['deliverableReport', 'offers']);
  const status = (s: DeliverableStatus) => t(`offers:deliverables.statuses.${s}`);
  return (
    <div data-testid="deliverable-report">
      <p>{t('summary', { count: lines.length })}</p>
      <ul style={{ paddingInlineStart: 20 }}>
        {lines.map((l) => (
          <li key={l.key} data-testid="deliverable-report-line" data-outcome={l.outcome}>
            {t('line', { position: l.position, label: l.accountLabel })}:{' '}
            {t(`outcomes.${l.outcome}`, { from: status(l.from), to: status(l.reported) })}
            {l.sendBackReason && (
              <div data-testid="deliverable-report-reason">
                {t('sendBackReasonLine', { reason: l.sendBackReason })}
              </div>
            )}
            {l.linkChanged && l.publishedUrl && (
              <div data-testid="deliverable-report-link">{t('newLink', { url: l.publishedUrl })}</div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A refused file's per-deliverable reasons (issues coded `deliverableReport.*` beyond the first). */
export function RefusedDeliverables({ issues }: { issues: readonly ApiIssue[] }) {
  const { t } = useTranslation('deliverableReport');
  const perDeliverable = issues.filter((i) => i.path[0] === 'deliverables');
  if (perDeliverable.length === 0) return null;
  return (
    <div data-testid="refused-deliverables">
      <Typography.Text strong>{t('refusedTitle')}</Typography.Text>
      <ul style={{ paddingInlineStart: 20 }}>
        {perDeliverable.map((issue) => (
          <li key={issue.path.join('.')}>{issueText(issue)}</li>
        ))}
      </ul>
    </div>
  );
}
