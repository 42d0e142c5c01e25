import { Alert, Flex, Form, Typography, type FormInstance } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/account';
import type { TrackedDeliverable } from '../../../../shared/domain/offer';
import type { ContentItem } from '../../../../shared/content/model';
import { itemRoleWarnings } from '../../../../shared/content/guardrails';
import type { ContentWarning } from '../../../../shared/content/warnings';
import { ContentFitAlert } from '../match';
import { useProducts } from '../products';
import { LiveResultLink } from '../live';
import { DeliverableSummary } from '../offers';
import type { ContentFormValues } from './contentItemForm';
import { warningText } from './presentation';

/** Findings the drawer recomputes as the user types; the rest need the whole calendar (server). */
const draftCodes = new Set([
  'sales_objective_on_brand_account',
  'brand_story_on_sales_account',
  'convert_without_product',
  'discontinued_product',
]);

/**
 * The guardrails on the item being edited: the account/objective/product rules recomputed from the form
 * as the user types, and the edited item's other findings (they need the calendar) as the server gave them.
 */
export function useItemWarnings(
  form: FormInstance<ContentFormValues>,
  {
    workspaceId,
    accounts,
    editing,
    active,
  }: { workspaceId: string; accounts: readonly Account[]; editing: ContentItem | undefined; active: boolean },
): ContentWarning[] {
  const accountId = Form.useWatch('accountId', form);
  const objective = Form.useWatch('objective', form);
  const format = Form.useWatch('format', form) ?? 'short_video';
  const status = Form.useWatch('status', form) ?? 'idea';
  const productIds = Form.useWatch('productIds', form);
  // The linked products are read by id (the catalogue may hold thousands), for the draft's checks.
  const linkedIds = useMemo(() => [...(productIds ?? [])].sort(), [productIds]);
  const linked = useProducts({ workspaceId, ids: linkedIds, limit: 200 }, active && linkedIds.length > 0);
  const productMap = useMemo(
    () => new Map((linkedIds.length > 0 ? (linked.data?.items ?? []) : []).map((p) => [p.id, p])),
    [linked.data, linkedIds],
  );
  const draftWarnings = useMemo((): ContentWarning[] => {
    const account = accounts.find((a) => a.id === accountId);
    if (!account || !objective) return [];
    return itemRoleWarnings(
      {
        id: 'draft',
        accountId: account.id,
        title: '',
        format,
        objective,
        status,
        startMs: 0,
        endMs: 0,
        productIds: productIds ?? [],
      },
      {
        id: account.id,
        role: account.role,
        displayName: account.displayName,
        targets: { postsPerWeek: null },
      },
      productMap,
    );
  }, [accounts, accountId, objective, format, status, productIds, productMap]);
  const contextWarnings = (editing?.warnings ?? []).filter((w) => !draftCodes.has(w.code));
  return [...draftWarnings, ...contextWarnings];
}

interface Props {
  warnings: readonly ContentWarning[];
  workspaceId: string;
  editing: ContentItem | undefined;
  deliverable: TrackedDeliverable | undefined;
}

/** Above the form: the item's findings, then what other screens know of it (fit, live result, deliverable). */
export function ItemWarnings({ warnings, workspaceId, editing, deliverable }: Props) {
  const { t } = useTranslation('content');
  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }} data-testid="item-warnings">
      {warnings.length === 0 ? (
        <Typography.Text type="secondary">{t('noWarnings')}</Typography.Text>
      ) : (
        warnings.map((w, i) => (
          <Alert
            key={`${w.code}-${i}`}
            data-testid="guardrail-warning"
            data-code={w.code}
            type={w.severity === 'error' ? 'error' : w.scope === 'week' ? 'info' : 'warning'}
            showIcon
            title={warningText(w, t)}
          />
        ))
      )}
      {editing && <ContentFitAlert workspaceId={workspaceId} contentId={editing.id} />}
      {editing?.format === 'live' && <LiveResultLink workspaceId={workspaceId} contentId={editing.id} />}
      {editing && deliverable && <DeliverableSummary deliverable={deliverable} />}
    </Flex>
  );
}
