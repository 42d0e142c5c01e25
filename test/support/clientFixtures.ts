import { upsertAccountMetrics } from '../../electron/backend/metrics/repo';
import { metricFields, type MetricValues } from '../../shared/domain/metrics';
import type { MethodInput } from '../../shared/api/contract';
import type { TestBackend } from './backend';

type AccountSpec<Role> = Omit<
  Extract<MethodInput<'accounts.create'>, { role: Role }>,
  'workspaceId' | 'role'
>;

/**
 * A client workspace (food & beverage unless said) with a brand-building and a sales account, as the
 * portfolio and report tests build their clients.
 */
export async function createClient(
  t: TestBackend,
  spec: { name: string; brand: AccountSpec<'brand'>; sales: AccountSpec<'sales'> },
): Promise<{ workspaceId: string; brand: string; sales: string }> {
  const workspaceId = (await t.call('workspaces.create', { name: spec.name, industry: 'food_beverage' })).id;
  const brand = await t.call('accounts.create', { workspaceId, role: 'brand', ...spec.brand });
  const sales = await t.call('accounts.create', { workspaceId, role: 'sales', ...spec.sales });
  return { workspaceId, brand: brand.id, sales: sales.id };
}

type ItemSpec = Omit<MethodInput<'content.create'>, 'workspaceId' | 'format' | 'objective'> &
  Partial<Pick<MethodInput<'content.create'>, 'format' | 'objective'>>;

/** A client's content items, created in order through the API: short seeding videos unless an item says otherwise. */
export async function planItems(
  t: TestBackend,
  workspaceId: string,
  items: readonly ItemSpec[],
): Promise<void> {
  for (const item of items) {
    await t.call('content.create', { workspaceId, format: 'short_video', objective: 'seed', ...item });
  }
}

/**
 * The client is asked to approve `from`..`to` (YYYY-MM-DD): approval switched to `mode`, a Chinese review
 * pack exported, so the range's open items await the client's answer.
 */
export async function askApproval(
  t: TestBackend,
  workspaceId: string,
  mode: 'optional' | 'required',
  from: string,
  to: string,
): Promise<void> {
  await t.call('approvals.settings.set', { workspaceId, mode });
  await t.call('approvals.exportPack', { workspaceId, from, to, language: 'zh-CN' });
}

const noValues = Object.fromEntries(metricFields.map((f) => [f, null])) as MetricValues;

/** Daily account metrics written straight to the database in one transaction (only the values given). */
export function putDailyMetrics(
  t: TestBackend,
  rows: readonly { accountId: string; date: string; values: Partial<MetricValues> }[],
  importedAt: Date,
): void {
  const db = t.backend.context.db;
  db.transaction(() => {
    for (const { accountId, date, values } of rows) {
      upsertAccountMetrics(
        db,
        { accountId, granularity: 'day', periodStart: date, values: { ...noValues, ...values } },
        'test',
        importedAt.toISOString(),
      );
    }
  })();
}
