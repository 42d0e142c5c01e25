import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchPicker } from '../../lib/useSearchPicker';
import { useAccounts } from '../accounts';
import { useCreator, useCreators } from '../creators';

/** How many creators the room list shows as the user types (the roster may hold tens of thousands). */
const ROOM_CREATOR_MATCHES = 50;

/**
 * The room a whole import file belongs to: one of the workspace's own sales accounts (自播), or a creator
 * (达播) found by searching the roster on the server as the user types, at most 50 matches at a time. A
 * creator beyond the first page of the roster is found by name or handle, and the chosen one is read on
 * its own so it keeps its label whatever is typed next. Values are `account:<id>` / `creator:<id>`.
 */
export function LiveRoomPicker({
  workspaceId,
  active,
  value,
  onChange,
}: {
  workspaceId: string;
  /** False while the dialog is closed: nothing is fetched. */
  active: boolean;
  value: string | undefined;
  onChange(room: string | undefined): void;
}) {
  const { t } = useTranslation('live');
  const picker = useSearchPicker();
  const { search } = picker;
  const accounts = useAccounts(workspaceId, false);
  const matches = useCreators(
    { workspaceId, limit: ROOM_CREATOR_MATCHES, ...(search ? { search } : {}) },
    active,
  );
  const chosenId = value?.startsWith('creator:') ? value.slice('creator:'.length) : undefined;
  const chosen = useCreator(active ? chosenId : undefined);
  const creators = matches.data?.items ?? [];
  const creatorLabel = (c: { displayName: string; handle: string }) =>
    `${c.displayName} @${c.handle} · ${t('creatorRoom')}`;
  const needle = search.toLowerCase();
  const options = [
    ...(accounts.data ?? [])
      .filter((a) => a.role === 'sales')
      .map((a) => ({ value: `account:${a.id}`, label: `${a.displayName} @${a.handle} · ${t('ownRoom')}` }))
      .filter((o) => !needle || o.label.toLowerCase().includes(needle)),
    ...creators.map((c) => ({ value: `creator:${c.id}`, label: creatorLabel(c) })),
  ];
  if (chosen.data && !creators.some((c) => c.id === chosen.data.id))
    options.push({ value: `creator:${chosen.data.id}`, label: creatorLabel(chosen.data) });
  return (
    <Select
      allowClear
      aria-label={t('import.roomForFile')}
      placeholder={t('import.roomPlaceholder')}
      showSearch={picker.showSearch}
      loading={matches.isFetching}
      value={value}
      options={options}
      onChange={(v: string | undefined) => {
        picker.clearTyped();
        onChange(v);
      }}
      popupRender={picker.popupWithMore(
        matches.data,
        (count) => t('import.roomMore', { count }),
        'room-picker-more',
      )}
    />
  );
}
