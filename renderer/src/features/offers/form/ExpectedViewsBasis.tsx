import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OfferTotals } from '../../../../../shared/domain/offerTerms';
import { useFormat } from '../../../lib/format';

/**
 * The basis of the expected views, one line per format: videos from the median video views, live
 * sessions from the creator's live history (median 观看人数), or — with none on record — the video median
 * standing in, said plainly so nobody mistakes the fallback for a live figure.
 */
export function ExpectedViewsBasis({ totals }: { totals: OfferTotals }) {
  const { t } = useTranslation('expectedViews');
  const f = useFormat();
  const lines: { key: string; text: string }[] = [];
  if (totals.videoCount > 0 && totals.expectedVideoViews !== null) {
    lines.push({
      key: 'video',
      text: t('video', {
        count: totals.videoCount,
        perPiece: f.count(totals.expectedVideoViews / totals.videoCount),
        total: f.count(totals.expectedVideoViews),
      }),
    });
  }
  if (totals.liveCount > 0) {
    const total = totals.expectedLiveViews === null ? '—' : f.count(totals.expectedLiveViews);
    if (totals.liveViewsBasis === 'liveHistory' && totals.liveViews) {
      const live = totals.liveViews;
      lines.push({
        key: 'liveHistory',
        text:
          t('liveHistory', {
            count: totals.liveCount,
            sessions: live.sessions,
            perSession: f.count(live.viewersPerSession),
            total,
          }) + (live.estimated > 0 ? t('liveEstimated', { estimated: live.estimated }) : ''),
      });
    } else if (totals.liveViewsBasis === 'videoMedianFallback') {
      lines.push({ key: 'videoMedianFallback', text: t('liveFallback', { count: totals.liveCount, total }) });
    } else {
      lines.push({ key: 'liveUnknown', text: t('liveUnknown', { count: totals.liveCount }) });
    }
  }
  if (lines.length === 0) return null;
  return (
    <ul data-testid="expected-views-basis" style={{ margin: '4px 0', paddingInlineStart: 18 }}>
      {lines.map((l) => (
        <li key={l.key} data-basis={l.key}>
          <Typography.Text type="secondary">{l.text}</Typography.Text>
        </li>
      ))}
    </ul>
  );
}
