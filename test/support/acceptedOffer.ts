import { createTestBackend, type TestBackend } from './backend';
import { offerInput, type BrandSetup } from './offers';

/**
 * An offer sent by the brand, accepted by a creator on another machine, and verified: its deliverables
 * tracked on the brand's side (and planned on its calendar).
 */
export async function acceptedOffer(t: TestBackend, s: BrandSetup, overrides: Record<string, unknown> = {}) {
  const creator = await createTestBackend();
  try {
    const draft = await t.call('offers.create', offerInput(s, overrides));
    const sent = await t.call('offers.send', { id: draft.id });
    const file = await t.call('offers.exportFile', { id: sent.id });
    const inbox = await creator.call('offers.importFile', { base64: file.base64 });
    await creator.call('offers.accept', { id: inbox.offer.id });
    const answer = await creator.call('offers.exportFile', { id: inbox.offer.id });
    await t.call('offers.importFile', { base64: answer.base64 });
    const { code } = await creator.call('offers.verification', { offerId: inbox.offer.id });
    return (await t.call('offers.verifyCounterpart', { offerId: sent.id, code: code! })).offer!;
  } finally {
    creator.close();
  }
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
