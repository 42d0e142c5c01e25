import { VideoCameraOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BandTag } from './BandTag';
import { formatMetric } from './metricFormat';
import { useFormat } from '../../lib/format';
import { useLiveLinks } from './queries';

/**
 * For a planned live item on the calendar: a link to its imported session's diagnosis, once there is one.
 * Every caller shares the workspace's one `liveSessions.links` query (cached), never one call per item.
 */
export function LiveResultLink({ workspaceId, contentId }: { workspaceId: string; contentId: string }) {
  const { t } = useTranslation('live');
  const links = useLiveLinks(workspaceId);
  const sessionId = links.data?.byContent.find((l) => l.contentId === contentId)?.sessionId;
  if (!sessionId) return null;
  return (
    <Link to={`/w/${workspaceId}/live/${sessionId}`} data-testid="live-result-link">
      <VideoCameraOutlined /> {t('calendar.result')}
    </Link>
  );
}

/** On a 自播 account's matrix card: the last session's GPM and its band, linking to its diagnosis. */
export function LastSessionGpm({ workspaceId, accountId }: { workspaceId: string; accountId: string }) {
  const { t } = useTranslation('live');
  const f = useFormat();
  const links = useLiveLinks(workspaceId);
  const last = links.data?.latestByAccount.find((l) => l.accountId === accountId);
  if (!links.data) return null;
  if (!last) {
    return (
      <Flex gap={6} align="center">
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('card.lastGpm')}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('card.noSession')}
        </Typography.Text>
      </Flex>
    );
  }
  return (
    <Flex gap={6} align="center" data-testid="last-session-gpm" data-band={last.band ?? 'none'}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('card.lastGpm')}
      </Typography.Text>
      <Link to={`/w/${workspaceId}/live/${last.sessionId}`}>{formatMetric(f, 'gpm', last.gpm, 'card')}</Link>
      <BandTag band={last.band} />
    </Flex>
  );
}
