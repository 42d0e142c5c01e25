import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchPicker } from '../../lib/useSearchPicker';
import { useCreator, useCreators } from './queries';

/** How many matches the picker shows: enough to choose from, small enough to send as the user types. */
export const CREATOR_PICKER_LIMIT = 50;

/**
 * Chooses one creator of a workspace by searching as you type (name, handle, contact, notes) instead of
 * loading the whole roster: the backend returns at most 50 matches. The chosen creator is read on its own,
 * so it shows by name even when it is not among the current matches.
 */
export function CreatorPicker({
  workspaceId,
  value,
  onChange,
  disabled,
  id,
  active = true,
  allowClear,
}: {
  workspaceId: string;
  /** False while the picker is not on screen (e.g. in a closed drawer): nothing is fetched. */
  active?: boolean;
  value?: string;
  /** Cleared (allowClear, e.g. as a filter): called with undefined. */
  onChange?: (id: string | undefined) => void;
  disabled?: boolean;
  id?: string;
  allowClear?: boolean;
}) {
  const { t } = useTranslation('creators');
  const picker = useSearchPicker();
  const { search } = picker;
  const matches = useCreators(
    {
      workspaceId,
      limit: CREATOR_PICKER_LIMIT,
      ...(search ? { search } : {}),
    },
    active,
  );
  const chosen = useCreator(active && value ? value : undefined);
  const options = (matches.data?.items ?? []).map((c) => ({
    value: c.id,
    label: `${c.displayName} @${c.handle}`,
  }));
  if (chosen.data && !options.some((o) => o.value === chosen.data.id)) {
    options.unshift({ value: chosen.data.id, label: `${chosen.data.displayName} @${chosen.data.handle}` });
  }
  return (
    <Select
      id={id}
      showSearch={picker.showSearch}
      value={value || undefined}
      onChange={(v: string | undefined) => onChange?.(v)}
      allowClear={allowClear}
      disabled={disabled}
      loading={matches.isFetching}
      options={options}
      placeholder={t('picker.placeholder')}
      notFoundContent={matches.isFetching ? null : t('picker.none')}
      popupRender={picker.popupWithMore(
        matches.data,
        (count) => t('picker.more', { count }),
        'creator-picker-more',
      )}
    />
  );
}
