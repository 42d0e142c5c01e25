import { expect } from 'vitest';
import { snapshotTables, type TestBackend } from './backend';

/**
 * Offer files moving between two installations, as the exchange tests drive them: the first-contact phone
 * call, one move carried across, and a refused import. One copy each (five files kept their own before).
 */

/**
 * The phone call of first contact: each side types the code the other side's app shows. `aId` and `bId`
 * are the same offer's ids in the two installations. Returns `b`'s offer once it is verified there.
 */
export async function confirmCodes(a: TestBackend, aId: string, b: TestBackend, bId: string) {
  const aView = await a.call('offers.verification', { offerId: aId });
  const bView = await b.call('offers.verification', { offerId: bId });
  expect(aView.code).not.toBeNull();
  expect(aView.code).toBe(bView.code);
  let result = null;
  for (const [side, id, code] of [
    [a, aId, bView.code!],
    [b, bId, aView.code!],
  ] as const) {
    const status = (await side.call('offers.verification', { offerId: id })).status;
    if (status === 'pending' || status === 'unverified') {
      const r = await side.call('offers.verifyCounterpart', { offerId: id, code });
      expect(r.outcome).toBe('verified');
      if (side === b) result = r.offer;
    }
  }
  return result;
}

/**
 * Imports `from`'s first answer (`base64`) at `to`, where it is held until the codes match, then confirms
 * them. Returns `to`'s offer with the answer applied.
 */
export async function importFirstAnswer(
  base64: string,
  from: TestBackend,
  fromId: string,
  to: TestBackend,
  toId: string,
) {
  const held = await to.call('offers.importFile', { base64 });
  expect(held.pendingVerification).toBe(true);
  return (await confirmCodes(from, fromId, to, toId))!;
}

/** Exports the latest move and imports it on the other side, confirming the codes on first contact. */
export async function deliver(from: TestBackend, id: string, to: TestBackend) {
  const file = await from.call('offers.exportFile', { id });
  const imported = await to.call('offers.importFile', { base64: file.base64 });
  if (!imported.pendingVerification) return imported.offer;
  return (await confirmCodes(from, id, to, imported.offer.id))!;
}

export interface Refusal {
  /** The error code; every refusal of a damaged or forged file is `invalid_input`. */
  code?: string;
  /** The translated reason the user reads, where the test pins it. */
  reason?: string;
}

/**
 * Asserts that `b` refuses the offer file: the refusal named in the message, the code, the `base64` field,
 * the reason when given, and that nothing in the receiver changed.
 */
export async function expectOfferFileRefused(
  b: TestBackend,
  base64: string,
  refusal: string,
  { code = 'invalid_input', reason }: Refusal = {},
) {
  const before = snapshotTables(b.backend);
  const err = await b.fail('offers.importFile', { base64 });
  expect(err.message).toMatch(new RegExp(`^Offer file refused \\(${refusal}\\)`));
  expect(err.code).toBe(code);
  expect(err.issues?.[0]?.path).toEqual(['base64']);
  if (reason !== undefined) expect(err.reason).toBe(reason);
  expect(snapshotTables(b.backend)).toEqual(before);
  return err;
}
