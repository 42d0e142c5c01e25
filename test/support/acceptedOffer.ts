import type { TestBackend } from './backend';
import { acceptedByCreator } from './creatorInstall';
import { offerInput, type BrandSetup } from './offers';

/** An offer sent by the brand, accepted by a creator on another machine, and verified (deliverables tracked). */
export async function acceptedOffer(t: TestBackend, s: BrandSetup, overrides: Record<string, unknown> = {}) {
  const draft = await t.call('offers.create', offerInput(s, overrides));
  return acceptedByCreator(t, (await t.call('offers.send', { id: draft.id })).id);
}

/** More deliverables on an accepted brand offer (key = id), each due on a date in a status, in one transaction. */
export function addDeliverableRows(
  t: TestBackend,
  offer: { id: string; workspaceId: string | null },
  rows: { id: string; dueOn: string; status: 'due' | 'submitted' | 'approved' | 'published' }[],
): void {
  const db = t.backend.context.db;
  const insert = db.prepare(
    `INSERT INTO offer_deliverables (id, offer_id, workspace_id, key, position, format, count, due_on, account_label,
       status, status_changed_at, created_at)
     VALUES (@id, @offerId, @workspaceId, @id, 9, 'video', 1, @dueOn, '官方号', @status, 'now', 'now')`,
  );
  db.transaction(() => {
    for (const row of rows) insert.run({ ...row, offerId: offer.id, workspaceId: offer.workspaceId });
  })();
}
