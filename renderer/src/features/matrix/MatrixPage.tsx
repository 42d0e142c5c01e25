import { App as AntApp, Flex, Spin, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, AccountRole } from '../../../../shared/domain/account';
import { PageLayout } from '../../lib/PageLayout';
import { useCurrentWorkspace, useWorkspaceId } from '../../lib/workspaceContext';
import { runWithToast } from '../../lib/runWithToast';
import { useFormat } from '../../lib/format';
import { useOpenedOnce } from '../../lib/useOpenedOnce';
import { AccountCard } from './AccountCard';
import { lazyDialog } from '../../lib/lazyDialog';
import { useAccountMutations, useAccounts, useMatrixSummary } from './queries';
import { RoleColumn } from './RoleColumn';
import { afterFirstPaintPart } from '../../lib/afterFirstPaint';
import { PlainCol, PlainRow } from '../../lib/antdMarkup';

// The form drawer's code (antd Form, InputNumber, Radio, Drawer, the target fields) downloads when it first opens.
const AccountFormDrawer = lazyDialog(() => import('./AccountFormDrawer'), 'AccountFormDrawer');
// So does the delete confirmation's (TypedConfirmModal: antd Modal, Input): issue 11 §8.
const DeleteAccountModal = lazyDialog(() => import('./DeleteAccountModal'), 'DeleteAccountModal');
// The advisor's badge and the focus on the account a finding links to come a frame after the cards.
const AdvisorBadge = afterFirstPaintPart(() => import('../advisor').then((m) => m.AdvisorBadge));
const FocusedAccount = afterFirstPaintPart(() => import('../advisor').then((m) => m.FocusedAccount));

export function MatrixPage() {
  const { t } = useTranslation(['matrix', 'common', 'workspaces']);
  const { message } = AntApp.useApp();
  const f = useFormat();
  const workspaceId = useWorkspaceId();
  const { workspace } = useCurrentWorkspace();
  const accounts = useAccounts(workspaceId, true);
  const summary = useMatrixSummary(workspaceId);
  const mutations = useAccountMutations(workspaceId);
  const [showArchived, setShowArchived] = useState(false);
  const [drawer, setDrawer] = useState<{ account: Account } | { newRole: AccountRole } | null>(null);
  const [deleting, setDeleting] = useState<Account | null>(null);
  // The form drawer is built when first opened, not with the first cards (issue 11 §8).
  const drawerMounted = useOpenedOnce(drawer !== null);

  if (accounts.isLoading || summary.isLoading || !workspace) return <Spin />;
  const all = accounts.data ?? [];
  const archivedCount = all.filter((a) => a.archivedAt).length;
  const visible = all.filter((a) => showArchived || !a.archivedAt);
  const s = summary.data;

  const run = (action: () => Promise<unknown>, success: string) =>
    runWithToast(
      async () => {
        await action();
        void message.success(success);
      },
      { t, message },
    );

  const cards = (role: AccountRole) =>
    visible
      .filter((a) => a.role === role)
      .map((a) => (
        <AccountCard
          key={a.id}
          account={a}
          onEdit={() => setDrawer({ account: a })}
          onArchive={() =>
            void run(() => mutations.archive.mutateAsync(a.id), t('archived', { name: a.displayName }))
          }
          onRestore={() =>
            void run(() => mutations.restore.mutateAsync(a.id), t('restored', { name: a.displayName }))
          }
          onDelete={() => setDeleting(a)}
        />
      ));

  return (
    <PageLayout
      title={workspace.name}
      details={
        <Flex gap={4} style={{ marginTop: 4 }}>
          <Tag>{t(`workspaces:industry.${workspace.industry}`)}</Tag>
          <Tag color="blue">{t(`workspaces:stage.${workspace.stage}`)}</Tag>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </Flex>
      }
      extra={
        <Flex align="center" gap={8}>
          <AdvisorBadge workspaceId={workspaceId} accounts={all} />
          <FocusedAccount accounts={all} />
          <Switch
            checked={showArchived}
            onChange={setShowArchived}
            aria-label={t('showArchived', { count: archivedCount })}
          />
          <Typography.Text>{t('showArchived', { count: archivedCount })}</Typography.Text>
        </Flex>
      }
    >
      {/* antd's Row and Col markup without their breakpoint listeners (lib/antdMarkup.tsx, issue 11 §8). */}
      <PlainRow gutter={16}>
        <PlainCol xs={24} lg={12} gutter={16}>
          <RoleColumn
            role="brand"
            empty={cards('brand').length === 0}
            onAdd={() => setDrawer({ newRole: 'brand' })}
            stats={[
              { label: t('totals.accounts'), value: s?.brand.accounts ?? 0, testId: 'brand-accounts' },
              { label: t('totals.followers'), value: f.count(s?.brand.followers), testId: 'brand-followers' },
              {
                label: t('totals.postsPerWeek'),
                value: f.count(s?.brand.targets.postsPerWeek),
                testId: 'brand-posts',
              },
              {
                label: t('totals.a3GrowthMonthly'),
                value: f.count(s?.brand.targets.a3GrowthMonthly),
                testId: 'brand-a3',
              },
            ]}
          >
            {cards('brand')}
          </RoleColumn>
        </PlainCol>
        <PlainCol xs={24} lg={12} gutter={16}>
          <RoleColumn
            role="sales"
            empty={cards('sales').length === 0}
            onAdd={() => setDrawer({ newRole: 'sales' })}
            stats={[
              { label: t('totals.accounts'), value: s?.sales.accounts ?? 0, testId: 'sales-accounts' },
              { label: t('totals.followers'), value: f.count(s?.sales.followers), testId: 'sales-followers' },
              {
                label: t('totals.gmvMonthly'),
                value: f.moneyAt('kpi', s?.sales.targets.gmvMonthly),
                testId: 'sales-gmv',
              },
              {
                label: t('totals.liveHoursPerWeek'),
                value:
                  s?.sales.targets.liveHoursPerWeek == null
                    ? '—'
                    : t('units.hours', { value: f.decimal(s.sales.targets.liveHoursPerWeek, 1) }),
                testId: 'sales-live-hours',
              },
            ]}
          >
            {cards('sales')}
          </RoleColumn>
        </PlainCol>
      </PlainRow>
      {drawerMounted && (
        <AccountFormDrawer workspaceId={workspaceId} target={drawer} onClose={() => setDrawer(null)} />
      )}
      {deleting && (
        <DeleteAccountModal
          target={deleting}
          remove={(id) => mutations.remove.mutateAsync(id)}
          onClose={() => setDeleting(null)}
        />
      )}
    </PageLayout>
  );
}
