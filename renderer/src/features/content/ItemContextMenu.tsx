import {
  CopyOutlined,
  DeleteOutlined,
  FolderOpenOutlined,
  InboxOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { App as AntApp, Menu } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/account';
import type { ContentCalendarItem } from '../../../../shared/content/calendarItem';
import { call } from '../../lib/api';
import { runWithToast } from '../../lib/runWithToast';
import { lazyDialog } from '../../lib/lazyDialog';
import { useContentMutations } from './queries';
import { useSeriesActions } from './useSeriesActions';
import { useUndoToast } from './useUndoToast';
import { useArchiveAction } from './useArchiveAction';

// The duplicate dialog's form (DatePicker, Select) downloads when first used, not with the calendar.
const DuplicateModal = lazyDialog(() => import('./DuplicateModal'), 'DuplicateModal');

/** Shift+F10 and the context-menu key open the menu of the focused item, as right-click does. */
export function isContextMenuKey(e: React.KeyboardEvent): boolean {
  return e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10');
}

/** The item under a right-click or a key press: the marked element itself, or the one inside a focused event. */
export function itemIdAt(target: EventTarget | null): { id: string; element: HTMLElement } | null {
  if (!(target instanceof HTMLElement)) return null;
  const marked =
    target.closest<HTMLElement>('[data-item-id]') ??
    // A focused calendar event is FullCalendar's element around ours; only then look inside.
    (target.matches('a, [tabindex]') && target.querySelectorAll('[data-item-id]').length === 1
      ? target.querySelector<HTMLElement>('[data-item-id]')
      : null);
  const id = marked?.dataset.itemId;
  return id && marked ? { id, element: marked } : null;
}

interface MenuTarget {
  item: ContentCalendarItem;
  x: number;
  y: number;
  /** Focus goes back here when the menu closes without an action. */
  returnFocus: HTMLElement | null;
}

interface Options {
  workspaceId: string;
  timeZone: string;
  accounts: Account[];
  onOpen(item: ContentCalendarItem): void;
}

/**
 * One shared menu for every calendar event and board card (a month holds hundreds; a menu per item would
 * cost as many components): 打开, 复制到… (the content drawer's duplicate dialog) and 删除 with 撤销 — a
 * repeating item asks which occurrences first, as the drawer does.
 */
export function useItemContextMenu({ workspaceId, timeZone, accounts, onOpen }: Options) {
  const { t } = useTranslation(['contentMenu', 'content']);
  const { message } = AntApp.useApp();
  const [target, setTarget] = useState<MenuTarget | null>(null);
  const [duplicating, setDuplicating] = useState<ContentCalendarItem | null>(null);
  const mutations = useContentMutations(workspaceId);
  const seriesActions = useSeriesActions(workspaceId);
  const offerUndo = useUndoToast(workspaceId);
  const archiveAction = useArchiveAction(workspaceId);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (target) menuRef.current?.querySelector<HTMLElement>('[role="menu"]')?.focus();
  }, [target]);

  const close = (restoreFocus: boolean) => {
    const back = target?.returnFocus;
    setTarget(null);
    if (restoreFocus) back?.focus();
  };

  const remove = (item: ContentCalendarItem) =>
    runWithToast(
      async () => {
        if (item.series) {
          await seriesActions.remove(item);
          return;
        }
        // The revision comes from the stored item: 撤销 puts back exactly that version.
        const full = await call('content.get', { id: item.id });
        await mutations.remove.mutateAsync(item.id);
        offerUndo(t('content:deleted', { title: full.title }), { id: full.id, revision: full.revision });
      },
      { t, message },
    );

  const run = (key: string) => {
    if (!target) return;
    const { item } = target;
    close(false);
    if (key === 'open') onOpen(item);
    else if (key === 'duplicate') setDuplicating(item);
    else if (key === 'delete') void remove(item);
    else if (key === 'archive' || key === 'restore') {
      // The calendar's lean item has no revision: the stored one is what the user sees.
      void runWithToast(async () => archiveAction(await call('content.get', { id: item.id }), key), {
        t,
        message,
      });
    }
  };

  const menu = target
    ? createPortal(
        <div
          style={{ position: 'fixed', inset: 0, zIndex: 1050 }}
          onMouseDown={(e) => {
            if (e.target === e.currentTarget) close(false);
          }}
          onContextMenu={(e) => {
            e.preventDefault();
            close(false);
          }}
        >
          <div
            ref={menuRef}
            data-testid="item-context-menu"
            onKeyDown={(e) => {
              if (e.key === 'Escape' || e.key === 'Tab') {
                e.preventDefault();
                close(true);
              } else if (e.key === 'Enter') {
                // The menu acts on Enter's keydown and 复制到… mounts its dialog at once; without this the
                // same key press goes on (keypress) to the dialog's focused close button and shuts it.
                e.preventDefault();
              }
            }}
            style={{
              position: 'fixed',
              left: Math.min(target.x, window.innerWidth - 180),
              top: Math.min(target.y, window.innerHeight - 180),
              boxShadow: '0 6px 16px rgba(0,0,0,0.12)',
              borderRadius: 8,
              background: '#fff',
            }}
          >
            <Menu
              selectable={false}
              aria-label={t('label', { title: target.item.title })}
              style={{ minWidth: 160, borderRadius: 8 }}
              onClick={({ key }) => run(key)}
              items={[
                { key: 'open', icon: <FolderOpenOutlined />, label: t('open') },
                { key: 'duplicate', icon: <CopyOutlined />, label: t('duplicate') },
                target.item.archived
                  ? { key: 'restore', icon: <UndoOutlined />, label: t('restore') }
                  : { key: 'archive', icon: <InboxOutlined />, label: t('archive') },
                { key: 'delete', icon: <DeleteOutlined />, label: t('delete'), danger: true },
              ]}
            />
          </div>
        </div>,
        document.body,
      )
    : null;

  const element = (
    <>
      {menu}
      {duplicating && (
        <DuplicateModal
          workspaceId={workspaceId}
          timeZone={timeZone}
          accounts={accounts}
          item={duplicating}
          onClose={() => setDuplicating(null)}
        />
      )}
      {seriesActions.dialog}
    </>
  );

  /** Opens the menu for an item at a point (right-click) or beside the element (keyboard). */
  const show = (item: ContentCalendarItem, at: { x: number; y: number } | HTMLElement) => {
    if (at instanceof HTMLElement) {
      const r = at.getBoundingClientRect();
      setTarget({ item, x: r.left, y: r.bottom, returnFocus: at });
    } else {
      const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setTarget({ item, ...at, returnFocus: focused });
    }
  };
  return { show, element };
}
