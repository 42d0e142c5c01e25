import { Badge, Card, Empty, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/account';
import { contentStatuses, type ContentStatus } from '../../../../shared/content/kinds';
import type { ContentCalendarItem } from '../../../../shared/content/calendarItem';
import { allowedNextStatuses } from '../../../../shared/content/status';
import { FormatIcon, itemScopeWarnings, roleColors, WarningMarker } from './presentation';
import { SeriesMarker } from './SeriesMarker';
import { formatInZone } from './time';
import { isContextMenuKey } from './ItemContextMenu';

interface Props {
  items: ContentCalendarItem[];
  accounts: Map<string, Account>;
  timeZone: string;
  onOpen(item: ContentCalendarItem): void;
  /** Right-click, Shift+F10 or the menu key on a card (ItemContextMenu.tsx). */
  onItemContextMenu?(item: ContentCalendarItem, at: { x: number; y: number } | HTMLElement): void;
  onSetStatus(item: ContentCalendarItem, status: ContentStatus): void;
  /** Called when a card is dropped on a column its status cannot move to. */
  onRefused(item: ContentCalendarItem, status: ContentStatus): void;
}

/** Cards per column before "n more": a month of a busy matrix has hundreds of items. */
const MAX_CARDS = 80;

/**
 * A column never gets narrower than this: about 12 Chinese characters of title beside the format icon.
 * Eight statuses then need more than a 1440 px window offers, so the board scrolls sideways instead of
 * cutting every title to 4–5 characters (issue 11 §6).
 */
export const BOARD_COLUMN_MIN_WIDTH = 220;
const COLUMN_GAP = 8;

/**
 * The production board: one column per status. Dragging a card (native HTML5 drag and drop) moves it
 * only along allowed transitions; while dragging, the columns it cannot go to are dimmed.
 */
export function ContentBoard({
  items,
  accounts,
  timeZone,
  onOpen,
  onSetStatus,
  onRefused,
  onItemContextMenu,
}: Props) {
  const { t } = useTranslation('content');
  const [dragging, setDragging] = useState<ContentCalendarItem | null>(null);
  const [over, setOver] = useState<ContentStatus | null>(null);
  const allowed = dragging ? new Set(allowedNextStatuses(dragging.status, dragging.format)) : null;

  const drop = (status: ContentStatus) => {
    const item = dragging;
    setDragging(null);
    setOver(null);
    if (!item || item.status === status) return;
    if (allowed?.has(status)) onSetStatus(item, status);
    else onRefused(item, status);
  };

  return (
    <div data-testid="content-board" style={{ overflowX: 'auto', paddingBottom: 8 }}>
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
        {t('board.dropHint')}
      </Typography.Text>
      <Flex
        gap={COLUMN_GAP}
        align="flex-start"
        style={{ minWidth: contentStatuses.length * (BOARD_COLUMN_MIN_WIDTH + COLUMN_GAP) }}
      >
        {contentStatuses.map((status) => {
          const cards = items.filter((i) => i.status === status);
          const dimmed = allowed !== null && dragging?.status !== status && !allowed.has(status);
          return (
            <section
              key={status}
              data-testid={`board-column-${status}`}
              aria-label={t(`status.${status}`)}
              onDragOver={(e) => {
                e.preventDefault();
                // Dropping on a dimmed column is allowed so the user is told why nothing moved.
                e.dataTransfer.dropEffect = 'move';
                if (over !== status) setOver(status);
              }}
              onDragLeave={() => over === status && setOver(null)}
              onDrop={(e) => {
                e.preventDefault();
                drop(status);
              }}
              style={{
                flex: `1 0 ${BOARD_COLUMN_MIN_WIDTH}px`,
                minWidth: BOARD_COLUMN_MIN_WIDTH,
                background: over === status && !dimmed ? '#fff2e8' : '#fafafa',
                border: `1px ${over === status ? 'dashed #fa541c' : 'solid #f0f0f0'}`,
                borderRadius: 8,
                padding: 8,
                opacity: dimmed ? 0.4 : 1,
                transition: 'opacity 0.15s',
                minHeight: 240,
              }}
            >
              <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
                <Typography.Text strong>{t(`status.${status}`)}</Typography.Text>
                <Badge count={cards.length} showZero color="#bfbfbf" />
              </Flex>
              <Flex vertical gap={6}>
                {cards.length === 0 && (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('board.empty')} />
                )}
                {cards.slice(0, MAX_CARDS).map((item) => {
                  const account = accounts.get(item.accountId);
                  const color = roleColors[account?.role ?? 'brand'];
                  return (
                    <Card
                      key={item.id}
                      size="small"
                      // Archived cards (显示已归档) are off the plan: muted, tagged, not dragged.
                      draggable={!item.archived}
                      data-testid="board-card"
                      data-item-id={item.id}
                      data-archived={item.archived ? 'true' : undefined}
                      onDragStart={(e) => {
                        e.dataTransfer.setData('text/plain', item.id);
                        e.dataTransfer.effectAllowed = 'move';
                        setDragging(item);
                      }}
                      onDragEnd={() => {
                        setDragging(null);
                        setOver(null);
                      }}
                      onClick={() => onOpen(item)}
                      tabIndex={0}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter' && e.target === e.currentTarget) onOpen(item);
                        else if (isContextMenuKey(e) && onItemContextMenu) {
                          e.preventDefault();
                          onItemContextMenu(item, e.currentTarget);
                        }
                      }}
                      onContextMenu={(e) => {
                        if (!onItemContextMenu) return;
                        e.preventDefault();
                        onItemContextMenu(item, { x: e.clientX, y: e.clientY });
                      }}
                      style={{
                        cursor: item.archived ? 'pointer' : 'grab',
                        borderInlineStart: `4px solid ${color.border}`,
                        opacity: item.archived ? 0.55 : undefined,
                      }}
                      styles={{ body: { padding: '6px 8px' } }}
                    >
                      <Flex vertical gap={2}>
                        <Flex gap={6} align="center">
                          <FormatIcon format={item.format} title={t(`format.${item.format}`)} />
                          <SeriesMarker item={item} />
                          {item.archived && (
                            <Tag data-testid="archived-tag" style={{ marginInlineEnd: 0 }}>
                              {t('archivedTag')}
                            </Tag>
                          )}
                          {/* A plain CSS ellipsis with the full title on hover: antd's measured
                              ellipsis costs a layout pass per card, and a month has hundreds. */}
                          <span
                            title={item.title}
                            data-testid="board-card-title"
                            style={{
                              flex: 1,
                              minWidth: 0,
                              overflow: 'hidden',
                              textOverflow: 'ellipsis',
                              whiteSpace: 'nowrap',
                            }}
                          >
                            {item.title}
                          </span>
                          <WarningMarker warnings={itemScopeWarnings(item)} t={t} />
                        </Flex>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {formatInZone(item.plannedAt, timeZone)} · {account?.displayName}
                        </Typography.Text>
                      </Flex>
                    </Card>
                  );
                })}
                {cards.length > MAX_CARDS && (
                  <Typography.Text type="secondary">
                    {t('board.more', { count: cards.length - MAX_CARDS })}
                  </Typography.Text>
                )}
              </Flex>
            </section>
          );
        })}
      </Flex>
    </div>
  );
}
