import {
  DownloadOutlined,
  LeftOutlined,
  PlusOutlined,
  RightOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { App as AntApp, Button, Dropdown, Flex, Segmented, Space, Spin, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ContentStatus } from '../../../../shared/content/model';
import type { ContentCalendarItem } from '../../../../shared/content/calendarItem';
import { canReschedule } from '../../../../shared/content/status';
import { PageHeader } from '../../lib/PageHeader';
import { useLanguage } from '../../lib/language';
import { useCurrentWorkspace, useWorkspaceId } from '../../lib/workspaceContext';
import { call } from '../../lib/api';
import { runWithToast } from '../../lib/runWithToast';
import { useAccounts } from '../accounts';
import { ContentCalendar } from './ContentCalendar';
import { prefetchViewPlugins } from './viewPlugins';
import { emptyFilters, filterInput, type ContentFilterValues } from './filters';
import type { DrawerTarget } from './ContentItemDrawer';
import { downloadExport } from '../../lib/files';
import { ContentBoard, ContentItemDrawer, ImportModal } from './lazyParts';
import { CalendarFilterBar } from './CalendarFilterBar';
import { WeekLoadPanel } from './WeekLoadPanel';
import { FormatIcon, roleColors } from './presentation';
import { useContentList, useContentMutations, useContentSuggestions, useDeliverablesByItem } from './queries';
import {
  atTime,
  formatInZone,
  shiftAnchor,
  todayInZone,
  viewRange,
  viewTitle,
  wallParts,
  weeksOfView,
  type CalendarView,
} from './time';
import { NoAccountsPrompt } from './NoAccountsPrompt';
import type { ApprovalState } from '../../../../shared/approvals/stateMachine';
import { useApprovalStates } from '../approvals';
import { itemAttention, matchesAttention, type AttentionKind } from './attention';
import { useUndoToast } from './useUndoToast';
import { useItemContextMenu } from './ItemContextMenu';
import { useFocusDate } from './useFocusDate';
import { useOpenedOnce } from '../../lib/useOpenedOnce';
import { calendarPlace, calendarViews as views, DEFAULT_TIME_ZONE, isDate } from './calendarRange';

/**
 * The content calendar: month / week / list views and the status board over the same filtered items,
 * the week-load header, the item drawer, import and export. View and date live in the URL, so a reload
 * (or a link) comes back to the same place.
 */
export function ContentPage() {
  const { t } = useTranslation('content');
  const { message } = AntApp.useApp();
  const { language } = useLanguage();
  const workspaceId = useWorkspaceId();
  const { workspace } = useCurrentWorkspace();
  const timeZone = workspace?.timeZone ?? DEFAULT_TIME_ZONE;
  const [params, setParams] = useSearchParams();
  const { view, anchor } = calendarPlace(params, timeZone);
  const navigate = (next: { view?: CalendarView; date?: string }) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        if (next.view) p.set('view', next.view);
        if (next.date) p.set('date', next.date);
        return p;
      },
      { replace: true },
    );

  const [filters, setFilters] = useState<ContentFilterValues>(emptyFilters);
  const [drawer, setDrawer] = useState<DrawerTarget>(null);
  const [importOpen, setImportOpen] = useState(false);
  // The item drawer (a big form) and the import dialog are built when first opened, not with the first
  // calendar items (issue 11 §8).
  const drawerMounted = useOpenedOnce(drawer !== null);
  const importMounted = useOpenedOnce(importOpen);

  const accountsQuery = useAccounts(workspaceId, true);
  const suggestions = useContentSuggestions(workspaceId, drawerMounted);
  const range = viewRange(view, anchor, timeZone);
  const list = useContentList({ workspaceId, ...range, ...filterInput(filters) });
  const mutations = useContentMutations(workspaceId);
  const deliverables = useDeliverablesByItem(workspaceId, range);
  const approvals = useApprovalStates(workspaceId, range);
  const [approvalFilter, setApprovalFilter] = useState<ApprovalState[]>([]);
  const [attentionFilter, setAttentionFilter] = useState<AttentionKind[]>([]);
  const offerUndo = useUndoToast(workspaceId);
  const itemMenu = useItemContextMenu({
    workspaceId,
    timeZone,
    accounts: accountsQuery.data ?? [],
    onOpen: (item) => void openItem(item),
  });
  const focusItemId = params.get('focus');
  useFocusDate(focusItemId, isDate(params.get('date')), timeZone, (date) => navigate({ date }));

  const accounts = useMemo(() => accountsQuery.data ?? [], [accountsQuery.data]);
  const accountMap = useMemo(() => new Map(accounts.map((a) => [a.id, a])), [accounts]);
  const [noAccounts, setNoAccounts] = useState(false);
  // Its Modal is built the first time it is needed, not with the first calendar items (issue 11 §8).
  const noAccountsMounted = useOpenedOnce(noAccounts);
  // A new item needs an active account; without one the user is sent to add one first.
  const openNew = (target: DrawerTarget) =>
    !accountsQuery.isSuccess || accounts.some((a) => !a.archivedAt) ? setDrawer(target) : setNoAccounts(true);
  // The approval filter applies here: approval states come from their own query, not content.list.
  // "Overdue" is judged against the time the list was loaded, so it does not flicker between renders.
  const loadedAt = list.dataUpdatedAt;
  const attention = useMemo(
    () => new Map((list.data ?? []).map((i) => [i.id, itemAttention(i, deliverables.get(i.id), loadedAt)])),
    [list.data, deliverables, loadedAt],
  );
  // The same array while nothing it depends on changes: a new one makes the calendar rebuild its events.
  const items = useMemo(() => {
    const all = list.data ?? [];
    if (attentionFilter.length === 0 && approvalFilter.length === 0) return all;
    return all.filter((item) => {
      if (!matchesAttention(attention.get(item.id)!, attentionFilter)) return false;
      if (approvalFilter.length === 0) return true;
      const state = approvals.states.get(item.id);
      return state !== undefined && approvalFilter.includes(state);
    });
  }, [list.data, attention, attentionFilter, approvalFilter, approvals.states]);

  if (!workspace || accountsQuery.isLoading) return <Spin />;

  const when = (iso: string) => formatInZone(iso, timeZone);

  const onMove = async (item: ContentCalendarItem, plannedAt: string, revert: () => void) => {
    if (!canReschedule(item.status)) {
      revert();
      void message.warning(t('cannotMovePublished'));
      return;
    }
    if (item.format === 'live' && item.durationMinutes !== null) {
      const start = Date.parse(plannedAt);
      const end = start + item.durationMinutes * 60_000;
      const clash = items.find(
        (o) =>
          o.id !== item.id &&
          o.accountId === item.accountId &&
          o.format === 'live' &&
          o.status !== 'cancelled' &&
          Date.parse(o.plannedAt) < end &&
          start < Date.parse(o.plannedEndAt),
      );
      if (clash) {
        revert();
        void message.error(t('liveOverlap', { title: clash.title }));
        return;
      }
    }
    await runWithToast(
      async () => {
        const moved = await mutations.move.mutateAsync({ id: item.id, plannedAt });
        offerUndo(t('moved', { when: when(moved.plannedAt) }), moved);
      },
      { t, message },
      revert,
    );
  };

  /** The list holds only what the calendar draws; the drawer edits the whole item, read when it opens. */
  const openItem = (item: ContentCalendarItem) =>
    runWithToast(async () => setDrawer({ item: await call('content.get', { id: item.id }) }), { t, message });

  const onSetStatus = (item: ContentCalendarItem, status: ContentStatus) =>
    runWithToast(
      async () => {
        const saved = await mutations.setStatus.mutateAsync({ id: item.id, status });
        offerUndo(t('statusChanged', { title: item.title, status: t(`status.${status}`) }), saved);
      },
      { t, message },
    );

  const exportAs = (kind: 'csv' | 'ics') =>
    runWithToast(
      async () => {
        const input = { workspaceId, ...range, ...filterInput(filters), language };
        const file = await (kind === 'csv'
          ? call('content.exportCsv', input)
          : call('content.exportIcs', input));
        downloadExport(file);
        void message.success(t('exported', { file: file.fileName }));
      },
      { t, message },
    );

  /** "New item" starts today at 20:00 when today is in view, else on the first day shown. */
  const newAtDefault = () => {
    const today = atTime(todayInZone(timeZone), '20:00', timeZone);
    return today >= range.from && today < range.to
      ? today
      : atTime(wallParts(range.from, timeZone).date, '20:00', timeZone);
  };

  return (
    <Flex vertical gap={12}>
      <PageHeader
        title={t('title')}
        details={
          <Flex gap={8} align="center" wrap style={{ marginTop: 4 }}>
            <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
            {(['brand', 'sales'] as const).map((role) => (
              <Tag key={role} color={roleColors[role].tag} style={{ marginInlineEnd: 0 }}>
                {t(`legend.${role}`)}
              </Tag>
            ))}
            {(['short_video', 'live', 'image_text'] as const).map((f) => (
              <Typography.Text key={f} type="secondary">
                <FormatIcon format={f} /> {t(`format.${f}`)}
              </Typography.Text>
            ))}
          </Flex>
        }
        extra={
          <Space wrap>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => openNew({ newAt: newAtDefault() })}>
              {t('newItem')}
            </Button>
            <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)}>
              {t('import')}
            </Button>
            <Dropdown
              menu={{
                items: [
                  { key: 'csv', label: t('exportCsv'), onClick: () => void exportAs('csv') },
                  { key: 'ics', label: t('exportIcs'), onClick: () => void exportAs('ics') },
                ],
              }}
            >
              <Button icon={<DownloadOutlined />}>{t('export')}</Button>
            </Dropdown>
          </Space>
        }
      />

      <Flex justify="space-between" align="center" wrap gap={12}>
        <Space>
          <Button
            icon={<LeftOutlined />}
            aria-label={t('prev')}
            onClick={() => navigate({ date: shiftAnchor(view, anchor, -1) })}
          />
          <Button onClick={() => navigate({ date: todayInZone(timeZone) })}>{t('today')}</Button>
          <Button
            icon={<RightOutlined />}
            aria-label={t('next')}
            onClick={() => navigate({ date: shiftAnchor(view, anchor, 1) })}
          />
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="calendar-title">
            {viewTitle(view, anchor, language)}
          </Typography.Title>
          {list.isFetching && <Spin size="small" />}
        </Space>
        <Segmented<CalendarView>
          value={view}
          onChange={(v) => navigate({ view: v })}
          // The week and list views' code is loaded when first wanted (viewPlugins.ts): heading for the
          // switcher starts it, so the switch finds it here.
          onPointerEnter={prefetchViewPlugins}
          onFocus={prefetchViewPlugins}
          options={views.map((v) => ({
            value: v,
            label: <span data-testid={`view-${v}`}>{t(`views.${v}`)}</span>,
          }))}
        />
      </Flex>

      <CalendarFilterBar
        workspaceId={workspaceId}
        accounts={accounts}
        filters={filters}
        onFilters={setFilters}
        showApprovals={approvals.mode !== 'off' || approvals.states.size > 0}
        approvals={approvalFilter}
        onApprovals={setApprovalFilter}
        attention={attentionFilter}
        onAttention={setAttentionFilter}
      />

      {(view === 'month' || view === 'week') && (
        <WeekLoadPanel workspaceId={workspaceId} weekStarts={weeksOfView(view, anchor)} />
      )}

      {view === 'board' ? (
        <ContentBoard
          items={items}
          accounts={accountMap}
          timeZone={timeZone}
          onOpen={(item) => void openItem(item)}
          onItemContextMenu={itemMenu.show}
          onSetStatus={(item, status) => void onSetStatus(item, status)}
          onRefused={(item, status) =>
            void message.warning(
              t('transitionNotAllowed', { from: t(`status.${item.status}`), to: t(`status.${status}`) }),
            )
          }
        />
      ) : (
        <ContentCalendar
          view={view}
          anchor={anchor}
          timeZone={timeZone}
          language={language}
          items={items}
          accounts={accountMap}
          deliverables={deliverables}
          approvals={approvals.states}
          attention={attention}
          focusItemId={focusItemId}
          onCreateAt={(iso) => openNew({ newAt: iso })}
          onOpen={(item) => void openItem(item)}
          onMove={(item, plannedAt, revert) => void onMove(item, plannedAt, revert)}
          onItemContextMenu={itemMenu.show}
        />
      )}

      {drawerMounted && (
        <ContentItemDrawer
          workspaceId={workspaceId}
          timeZone={timeZone}
          accounts={accounts}
          suggestions={suggestions.data ?? { pillars: [], owners: [], tags: [] }}
          target={drawer}
          deliverable={drawer && 'item' in drawer ? deliverables.get(drawer.item.id) : undefined}
          onClose={() => setDrawer(null)}
          onSaved={(saved) => {
            const before = drawer && 'item' in drawer ? drawer.item : undefined;
            if (before && before.status !== saved.status) {
              offerUndo(
                t('statusChanged', { title: saved.title, status: t(`status.${saved.status}`) }),
                saved,
              );
            }
          }}
          onDeleted={(deleted) =>
            offerUndo(t('deleted', { title: deleted.title }), { id: deleted.id, revision: deleted.revision })
          }
        />
      )}
      {itemMenu.element}
      {noAccountsMounted && (
        <NoAccountsPrompt open={noAccounts} workspaceId={workspaceId} onClose={() => setNoAccounts(false)} />
      )}
      {importMounted && (
        <ImportModal
          workspaceId={workspaceId}
          open={importOpen}
          onClose={() => setImportOpen(false)}
          onImported={(_result, first) => {
            if (!first) return;
            const date = wallParts(first, timeZone).date;
            const r = viewRange(view, anchor, timeZone);
            if (first < r.from || first >= r.to) navigate({ date });
          }}
        />
      )}
    </Flex>
  );
}
