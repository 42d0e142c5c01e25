import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountRole } from '../../../../shared/domain/account';
import { PlainFlex } from '../../lib/antdMarkup';

interface Props {
  role: AccountRole;
  stats: { label: string; value: ReactNode; testId: string }[];
  onAdd(): void;
  children: ReactNode;
  empty: boolean;
}

const roleAccent: Record<AccountRole, string> = { brand: '#faad14', sales: '#f5222d' };
const statTitle: CSSProperties = { marginBottom: 4, color: 'var(--ant-color-text-description)' };
const statValue: CSSProperties = { fontSize: 24, color: 'var(--ant-color-text-heading)' };

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
      {/* The Card, title and button stay antd's (they also write antd's CSS variables for the cards' markup). */}
      <PlainFlex gap={24} wrap style={{ marginBottom: 16 }} data-testid={`totals-${role}`}>
        {/* Plain markup in antd Statistic's look (its number formatting is not used: values come formatted). */}
        {stats.map((s) => (
          <div key={s.testId}>
            <div style={statTitle}>{s.label}</div>
            <div style={statValue}>
              <span data-testid={s.testId}>{s.value}</span>
            </div>
          </div>
        ))}
      </PlainFlex>
      <PlainFlex vertical gap={12}>
        {empty ? <Empty description={t('emptyColumn')} /> : children}
      </PlainFlex>
    </Card>
  );
}
