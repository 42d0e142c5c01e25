import { Button, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FindingOutput } from '../../../../shared/advisor/schemas';
import { useFormat } from '../../lib/format';
import { findingHref } from './findingLink';

const severityColor = { high: 'red', medium: 'orange', low: 'blue' } as const;

/** One finding: severity, what is wrong with the numbers behind it, what to do, and where to go. */
export function FindingItem({
  workspaceId,
  finding,
  onDismiss,
  onRestore,
}: {
  workspaceId: string;
  finding: FindingOutput;
  onDismiss?: () => void;
  onRestore?: () => void;
}) {
  const { t } = useTranslation('advisor');
  const f = useFormat();
  return (
    <List.Item
      data-testid="advisor-finding"
      data-finding-key={finding.key}
      data-rule-id={finding.ruleId}
      actions={[
        <Link key="open" to={findingHref(workspaceId, finding.link)}>
          {t('findings.open')}
        </Link>,
        onDismiss && (
          <Button key="dismiss" size="small" onClick={onDismiss}>
            {t('findings.dismiss')}
          </Button>
        ),
        onRestore && (
          <Button key="restore" size="small" onClick={onRestore}>
            {t('findings.restore')}
          </Button>
        ),
      ].filter(Boolean)}
    >
      <Flex vertical gap={4}>
        <Flex gap={8} align="center" wrap>
          <Tag color={severityColor[finding.severity]}>{t(`severity.${finding.severity}`)}</Tag>
          <Typography.Text strong>
            {t(`rule.${finding.ruleId}`, { defaultValue: finding.ruleId })}
          </Typography.Text>
        </Flex>
        <Typography.Text>{finding.reason[f.language]}</Typography.Text>
        <Typography.Text type="secondary">
          {t('findings.action', { text: finding.action[f.language] })}
        </Typography.Text>
        {finding.dismissal && (
          <Typography.Text type="secondary" italic>
            {t('findings.dismissedNote', {
              note: finding.dismissal.note,
              at: f.dateTime(finding.dismissal.dismissedAt),
            })}
          </Typography.Text>
        )}
      </Flex>
    </List.Item>
  );
}
