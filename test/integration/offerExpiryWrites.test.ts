import { describe, expect, it } from 'vitest';
import { snapshotTables } from '../support/backend';
import { freshSetupEachTest } from '../support/eachTest';
import { inDays, offerInput, setUpBrand } from '../support/offers';

const { t, s } = freshSetupEachTest(setUpBrand);

describe('lazy offer expiry never writes during a refused call', () => {
  it('refuses actions and the export of a lapsed offer without storing its expiry; a read then records it', async () => {
    const draft = await t.call(
      'offers.create',
      offerInput(s, {
        expiresOn: inDays(2),
        deliverables: [{ format: 'live', count: 1, dueOn: inDays(1), accountId: s.salesAccountId }],
      }),
    );
    const sent = await t.call('offers.send', { id: draft.id });
    const later = new Date(Date.now() + 5 * 86_400_000);
    t.backend.context.now = () => later;

    const before = snapshotTables(t.backend);
    const version = t.backend.context.db.pragma('data_version', { simple: true });
    for (const method of ['offers.withdraw', 'offers.complete', 'offers.exportFile']) {
      const err = await t.fail(method, { id: sent.id });
      expect(err.message, method).toMatch(/expired/);
    }
    expect(await t.fail('offers.counter', { id: sent.id, message: 'x' })).toMatchObject({
      code: expect.stringMatching(/invalid_state|invalid_input/),
    });
    expect(snapshotTables(t.backend)).toEqual(before);
    expect(t.backend.context.db.pragma('data_version', { simple: true })).toBe(version);

    const detail = await t.call('offers.get', { id: sent.id });
    expect(detail.state).toBe('expired');
    expect(detail.revisions.at(-1)).toMatchObject({ action: 'expire', actor: 'system' });
  });
});
