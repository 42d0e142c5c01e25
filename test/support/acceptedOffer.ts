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
