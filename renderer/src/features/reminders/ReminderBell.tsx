import { BellOutlined, ClockCircleOutlined, CloseOutlined } from '@ant-design/icons';
import { App as AntApp, Badge, Button, Flex, List, Popover, Space, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Reminder, ReminderKind } from '../../../../shared/reminders/model';
import { runWithToast } from '../../lib/runWithToast';
import { useFormat } from '../../lib/format';
import { notificationPermission, notifyNew, requestNotificationPermission } from './desktopNotify';
import { snoozeUntilIso, useDismissReminder, useReminders } from './queries';

const kindColor: Record<ReminderKind, string> = {
  deliverable_overdue: 'red',
  deliverable_due: 'orange',
  offer_expiring: 'gold',
  approval_pending: 'blue',
};

/** Where a reminder leads: the item on the calendar (scrolled to and highlighted), or the offer. */
export function reminderPath(r: Reminder): string {
  if (r.contentItemId) return `/w/${r.workspaceId}/calendar?view=week&focus=${r.contentItemId}`;
  return `/w/${r.workspaceId}/offers/${r.offerId ?? ''}`;
}

/**
 * The bell in the sidebar: due and overdue creator deliverables, offers about to expire and items awaiting
 * the client, across every workspace (an agency runs many). Checked on start and hourly; new reminders also
 * raise one desktop notification when the user turned them on.
 */
export function ReminderBell() {
  const { t } = useTranslation('reminders');
  const { message } = AntApp.useApp();
  const format = useFormat();
  const navigate = useNavigate();
  const reminders = useReminders();
  const dismiss = useDismissReminder();
  const [open, setOpen] = useState(false);
  const [permission, setPermission] = useState(notificationPermission());
  const pages = reminders.data?.pages ?? [];
  const items = pages.flatMap((p) => p.items);
  const total = pages[0]?.total ?? 0;
  const firstPage = pages[0];

  const describe = (r: Reminder) => `${t(`kind.${r.kind}`)}：${r.title}`;
  useEffect(() => {
    // The most urgent page only: later pages are ones the user asked to see.
    if (firstPage) notifyNew(firstPage.items, t('notificationTitle'), describe);
    // describe only depends on t, which the language switch also re-renders.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [firstPage]);

  const act = (r: Reminder, snooze: boolean) =>
    runWithToast(
      () =>
        dismiss.mutateAsync({
          workspaceId: r.workspaceId,
          key: r.key,
          ...(snooze ? { snoozeUntil: snoozeUntilIso() } : {}),
        }),
      { t, message },
    );

  const list = (
    <Flex
      vertical
      gap={8}
      style={{ width: 380, maxHeight: '70vh', overflow: 'auto' }}
      data-testid="reminder-list"
    >
      {permission === 'default' && (
        <Button
          size="small"
          type="link"
          style={{ alignSelf: 'flex-start', padding: 0 }}
          onClick={() => void requestNotificationPermission().then(setPermission)}
        >
          {t('enableNotifications')}
        </Button>
      )}
      <List
        size="small"
        dataSource={items}
        locale={{ emptyText: t('empty') }}
        renderItem={(r) => (
          <List.Item
            data-testid="reminder"
            data-kind={r.kind}
            actions={[
              <Tooltip key="snooze" title={t('snooze')}>
                <Button
                  size="small"
                  type="text"
                  icon={<ClockCircleOutlined />}
                  aria-label={t('snooze')}
                  onClick={() => void act(r, true)}
                />
              </Tooltip>,
              <Tooltip key="dismiss" title={t('dismiss')}>
                <Button
                  size="small"
                  type="text"
                  icon={<CloseOutlined />}
                  aria-label={t('dismiss')}
                  onClick={() => void act(r, false)}
                />
              </Tooltip>,
            ]}
          >
            <Flex vertical gap={2} style={{ minWidth: 0 }}>
              <Space size={4} wrap>
                <Tag color={kindColor[r.kind]} style={{ marginInlineEnd: 0 }}>
                  {t(`kind.${r.kind}`)}
                </Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.workspaceName}
                </Typography.Text>
              </Space>
              <Typography.Link
                onClick={() => {
                  setOpen(false);
                  void navigate(reminderPath(r));
                }}
                ellipsis
              >
                {r.title}
              </Typography.Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.kind === 'approval_pending'
                  ? t('planned', { when: format.dateTime(r.at) })
                  : t('due', { when: format.dateTime(r.at) })}
                {r.creatorName ? ` · ${t('creator', { name: r.creatorName })}` : ''}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      {reminders.hasNextPage && (
        <Button
          size="small"
          type="link"
          style={{ alignSelf: 'flex-start', padding: 0 }}
          loading={reminders.isFetchingNextPage}
          onClick={() => void reminders.fetchNextPage()}
          data-testid="reminder-more"
        >
          {t('more', { count: total - items.length })}
        </Button>
      )}
    </Flex>
  );

  return (
    <Popover content={list} trigger="click" open={open} onOpenChange={setOpen} placement="rightTop">
      <Badge count={total} size="small" overflowCount={99}>
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={`${t('bell')} (${total})`}
          data-testid="reminder-bell"
        />
      </Badge>
    </Popover>
  );
}
