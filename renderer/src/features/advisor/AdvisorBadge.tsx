import { Badge, Button } from 'antd';
import { MedicineBoxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Account } from '../../../../shared/domain/account';
import { useFindingCounts } from './queries';

/** The matrix page's link to the advisor, with the count of open findings. */
export function AdvisorBadge({
  workspaceId,
  accounts,
}: {
  workspaceId: string;
  accounts: readonly Account[];
}) {
  const { t } = useTranslation('advisor');
  const navigate = useNavigate();
  const counts = useFindingCounts(workspaceId, accounts.map((a) => `${a.id}@${a.updatedAt}`).join(','));
  const open = counts.data?.active ?? 0;
  return (
    <Badge count={open} size="small">
      <Button
        icon={<MedicineBoxOutlined />}
        data-testid="advisor-badge"
        data-count={counts.data ? open : undefined}
        aria-label={t('badgeLabel', { count: open })}
        loading={counts.isLoading}
        onClick={() => navigate(`/w/${workspaceId}/advisor`)}
      >
        {open > 0 ? t('badge', { count: open }) : t('badgeNone')}
      </Button>
    </Badge>
  );
}
