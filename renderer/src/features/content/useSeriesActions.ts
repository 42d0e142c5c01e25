import { App as AntApp } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../shared/api/contract';
import type { ContentItem } from '../../../../shared/content/model';
import type { RepeatRuleInput } from '../../../../shared/content/series';
import { ApiCallError } from '../../lib/api';
import { useScopeDialog } from './SeriesScopeDialog';
import { useSeriesMutations } from './seriesQueries';

type Fields = Omit<MethodInput<'content.update'>, 'id'>;

/** True when a refused call names the repeat rule (its fields may be hidden; say it in a message too). */
export function isRepeatIssue(err: unknown): boolean {
  return err instanceof ApiCallError && err.issues.some((i) => i.path[0] === 'repeat');
}

/**
 * What the content drawer does for repeats: create a series, save or delete an occurrence after asking the
 * scope. Each returns null when the user cancelled the scope dialog (nothing was sent).
 */
export function useSeriesActions(workspaceId: string) {
  const { t } = useTranslation('contentSeries');
  const { message } = AntApp.useApp();
  const mutations = useSeriesMutations(workspaceId);
  const scopeDialog = useScopeDialog();

  const create = async (input: MethodInput<'content.createSeries'>): Promise<ContentItem> => {
    const { items } = await mutations.create.mutateAsync(input);
    void message.success(t('created', { title: input.title, count: items.length }));
    return items[0]!;
  };

  const update = async (
    item: ContentItem,
    fields: Fields,
    repeat: RepeatRuleInput | null,
  ): Promise<ContentItem | null> => {
    const scope = await scopeDialog.ask('save', repeat !== null);
    if (!scope) return null;
    const result = await mutations.update.mutateAsync({
      id: item.id,
      ...fields,
      scope,
      ...(repeat ? { repeat } : {}),
    });
    return result.item;
  };

  const remove = async (item: Pick<ContentItem, 'id'>): Promise<number | null> => {
    const scope = await scopeDialog.ask('delete');
    if (!scope) return null;
    const { deleted } = await mutations.remove.mutateAsync({ id: item.id, scope });
    void message.success(t('deletedCount', { count: deleted }));
    return deleted;
  };

  const pending = mutations.create.isPending || mutations.update.isPending || mutations.remove.isPending;
  return { create, update, remove, pending, dialog: scopeDialog.element };
}
