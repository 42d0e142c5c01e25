import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountRole } from '../../../../shared/domain/account';

interface Props {
  role: AccountRole;
  stats: { label: string; value: ReactNode; testId: string }[];
  onAdd(): void;
  children: ReactNode;
  empty: boolean;
}

const roleAccent: Record<AccountRole, string> = { brand: '#faad14', sales: '#f5222d' };

export function RoleColumn({ role, stats, onAdd, children, empty }: Props) {
  const { t } = useTranslation(['matrix', 'common']);
  return (
    <Card
      data-testid={`column-${role}`}
      styles={{ header: { borderTop: `4px solid ${roleAccent[role]}` } }}
      title={
        <Flex justify="space-between" align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t(`common:role.${role}Long`)}
          </Typography.Title>
          <Button icon={<PlusOutlined />} onClick={onAdd}>
            {role === 'brand' ? t('addBrand') : t('addSales')}
          </Button>
        </Flex>
      }
    >
      <Flex gap={24} wrap style={{ marginBottom: 16 }} data-testid={`totals-${role}`}>
        {stats.map((s) => (
          <Statistic
            key={s.testId}
            title={s.label}
            value={0}
            formatter={() => <span data-testid={s.testId}>{s.value}</span>}
          />
        ))}
      </Flex>
      <Flex vertical gap={12}>
        {empty ? <Empty description={t('emptyColumn')} /> : children}
      </Flex>
    </Card>
  );
}
