import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { useTagLabels } from '../audience';
import { MatchExplanation } from './MatchExplanation';
import { useContentMatch } from './queries';

/**
 * A content item's fit with the account that posts it, for the content drawer: a warning below the
 * threshold, the explanation either way. Renders nothing until both sides have tags and a profile.
 */
export function ContentFitAlert({ workspaceId, contentId }: { workspaceId: string; contentId: string }) {
  const { t } = useTranslation('match');
  const f = useFormat();
  const labelOf = useTagLabels(workspaceId, f.language);
  const fit = useContentMatch(workspaceId, contentId);
  const match = fit.data?.match;
  if (!fit.data || !match || fit.data.targetTags.length === 0) return null;
  return (
    <Alert
      data-testid="content-fit"
      type={fit.data.low ? 'warning' : 'success'}
      showIcon
      message={
        fit.data.low ? t('content.low', { score: match.score }) : t('content.ok', { score: match.score })
      }
      description={<MatchExplanation match={match} labelOf={labelOf} />}
    />
  );
}
