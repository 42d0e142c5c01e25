import { DeleteOutlined, EditOutlined, InboxOutlined, UndoOutlined } from '@ant-design/icons';
import type { CSSProperties } from 'react';
import { IconAction } from '../../lib/IconAction';
import { useTranslation } from 'react-i18next';
import type { Account, Platform, TargetKey } from '../../../../shared/domain/account';
import { useFormat } from '../../lib/format';
import { targetKind } from './targetKind';
import { afterFirstPaintPart } from '../../lib/afterFirstPaint';
import { PlainFlex, PlainSmallCard, PlainTag, PlainText, type PresetColor } from '../../lib/antdMarkup';

// A self-broadcasting account's last live session: asked for and built a frame after the cards (issue 11 §8).
const LastSessionGpm = afterFirstPaintPart(() => import('../live').then((m) => m.LastSessionGpm));

interface Props {
  account: Account;
  onEdit(): void;
  onArchive(): void;
  onRestore(): void;
  onDelete(): void;
}

const platformColor: Record<Platform, PresetColor> = {
  douyin: 'magenta',
  kuaishou: 'orange',
  xiaohongshu: 'red',
  wechat_channels: 'green',
  tiktok: 'geekblue',
};

export function AccountCard({ account, onEdit, onArchive, onRestore, onDelete }: Props) {
  const { t } = useTranslation(['matrix', 'common']);
  const f = useFormat();
  const archived = account.archivedAt !== null;

  const formatTarget = (key: TargetKey, value: number | null) => {
    switch (targetKind[key]) {
      case 'money':
        return f.moneySummary(value);
      case 'percent':
        return f.percent(value);
      case 'hours':
        return value === null ? '—' : t('units.hours', { value: f.decimal(value, 1) });
      case 'ratio':
        return f.decimal(value, 2);
      case 'count':
        return key === 'postsPerWeek' && value !== null ? t('units.posts', { value }) : f.count(value);
    }
  };

  const targets = Object.entries(account.targets) as [TargetKey, number | null][];
  // antd's Card, Flex, Tag and Text as the markup they render (lib/antdMarkup.tsx): a card is built per account
  // for the first screen, and these components' hooks were half of its first render (issue 11 §8).
  return (
    <PlainSmallCard
      data-testid="account-card"
      data-account-handle={account.handle}
      style={{ opacity: archived ? 0.6 : 1 }}
      title={
        <PlainFlex vertical gap={0} style={{ padding: '6px 0' }}>
          <PlainFlex gap={6} align="center" wrap>
            <PlainText strong>{account.displayName}</PlainText>
            {account.selfBroadcast && <PlainTag color="volcano">{t('selfBroadcastTag')}</PlainTag>}
            {archived && <PlainTag>{t('archivedTag')}</PlainTag>}
          </PlainFlex>
          <PlainFlex gap={6} align="center">
            <PlainTag color={platformColor[account.platform]} style={{ marginInlineEnd: 0 }}>
              {t(`common:platform.${account.platform}`)}
            </PlainTag>
            <PlainText secondary>@{account.handle}</PlainText>
          </PlainFlex>
        </PlainFlex>
      }
      extra={
        <PlainFlex gap={2}>
          <IconAction label={t('common:edit')} icon={<EditOutlined />} onClick={onEdit} />
          {archived ? (
            <IconAction label={t('common:restore')} icon={<UndoOutlined />} onClick={onRestore} />
          ) : (
            <IconAction label={t('common:archive')} icon={<InboxOutlined />} onClick={onArchive} />
          )}
          <IconAction label={t('common:delete')} icon={<DeleteOutlined />} onClick={onDelete} danger />
        </PlainFlex>
      }
    >
      {/* A plain two-column list rather than antd's Descriptions (a table, a breakpoint listener per card):
          dozens of cards are built for the first screen (issue 11 §8). Same look: tertiary labels, colons. */}
      <dl style={figureList}>
        <Figure label={t('fields.followers')} testId="followers" value={f.count(account.followers)} />
        {targets.map(([key, value]) => (
          <Figure
            key={key}
            label={t(`targetShort.${key}`)}
            testId={`target-${key}`}
            value={formatTarget(key, value)}
          />
        ))}
      </dl>
      {account.selfBroadcast && <LastSessionGpm workspaceId={account.workspaceId} accountId={account.id} />}
    </PlainSmallCard>
  );
}

const figureList: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
  gap: '8px 16px',
  margin: 0,
};
const figureRow: CSSProperties = { display: 'flex', gap: 8, minWidth: 0 };
// antd's tertiary text token (WCAG AA in app/theme.ts), as its Descriptions labels use it.
const figureLabel: CSSProperties = { color: 'var(--ant-color-text-tertiary)', margin: 0 };
const figureValue: CSSProperties = { margin: 0, minWidth: 0, overflowWrap: 'anywhere' };

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div style={figureRow}>
      <dt style={figureLabel}>{label}:</dt>
      <dd style={figureValue}>
        <span data-testid={testId}>{value}</span>
      </dd>
    </div>
  );
}
