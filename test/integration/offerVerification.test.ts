import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, snapshotTables, type TestBackend } from '../support/backend';
import { offerInput, sampleAudience, setUpBrand, type BrandSetup } from '../support/offers';
import { loadIdentity, signText } from '../../electron/backend/identity/keys';
import { verificationCodeOf } from '../../electron/backend/identity/verificationCode';
import { canonicalJson } from '../../shared/offerFile/canonical';
import type { OfferFile } from '../../shared/offerFile/format';

/** First contact: the attacks of issue 9 §3 reproduced, and the genuine flow after verification. */
let brand: TestBackend;
let creator: TestBackend;
let attacker: TestBackend;
let s: BrandSetup;

beforeEach(async () => {
  [brand, creator, attacker] = await Promise.all([
    createTestBackend(),
    createTestBackend(),
    createTestBackend(),
  ]);
  s = await setUpBrand(brand);
  await creator.call('creatorProfile.update', {
    handle: 'xiaolu_skin',
    displayName: '小鹿成分党',
    followers: 356_000,
    audience: sampleAudience(),
  });
});
afterEach(() => {
  for (const b of [brand, creator, attacker]) b.close();
});

const decode = (base64: string) => JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as OfferFile;
const encode = (file: unknown) => Buffer.from(JSON.stringify(file), 'utf8').toString('base64');

async function sendOffer() {
  const draft = await brand.call('offers.create', offerInput(s));
  const sent = await brand.call('offers.send', { id: draft.id });
  return { brandOfferId: sent.id, file: (await brand.call('offers.exportFile', { id: sent.id })).base64 };
}

/** A creator's first answer: imports the brand's file and counters with a fee. */
async function counterFrom(who: TestBackend, brandFile: string, feeYuan: number) {
  const inbox = (await who.call('offers.importFile', { base64: brandFile })).offer;
  await who.call('offers.counter', { id: inbox.id, feeYuan });
  return { inboxId: inbox.id, file: (await who.call('offers.exportFile', { id: inbox.id })).base64 };
}

const codeAt = async (b: TestBackend, offerId: string) =>
  (await b.call('offers.verification', { offerId })).code!;

describe('offer files: first contact must be verified', () => {
  it('derives the same 12-digit code on both sides, whatever the order of the keys', () => {
    const a = loadIdentity(brand.dataDir).publicKeyBase64;
    const b = loadIdentity(creator.dataDir).publicKeyBase64;
    const c = loadIdentity(attacker.dataDir).publicKeyBase64;
    expect(verificationCodeOf(a, b)).toMatch(/^\d{12}$/);
    expect(verificationCodeOf(a, b)).toBe(verificationCodeOf(b, a));
    expect(verificationCodeOf(a, c)).not.toBe(verificationCodeOf(a, b));
  });

  it('stops the forged creator counter: held unapplied, discarded on mismatch, the genuine creator gets through', async () => {
    const { brandOfferId, file } = await sendOffer();
    const beforeForgery = snapshotTables(brand.backend);

    // Whoever holds the brand's first file answers with their own key and a fee of ¥999,999.
    const forged = await counterFrom(attacker, file, 999_999);
    const held = await brand.call('offers.importFile', { base64: forged.file });
    expect(held.pendingVerification).toBe(true);
    expect(held.offer).toMatchObject({
      state: 'sent',
      terms: { feeYuan: 50_000 },
      counterpartFingerprint: null,
    });
    const view = await brand.call('offers.verification', { offerId: brandOfferId });
    expect(view).toMatchObject({ status: 'pending', pending: { terms: { feeFen: 99_999_900 } } });

    // On the phone the genuine creator reads their code: it does not match, and the forgery is discarded.
    const genuine = await counterFrom(creator, file, 58_000);
    const genuineCode = await codeAt(creator, genuine.inboxId);
    expect(view.code).not.toBe(genuineCode);
    const mismatch = await brand.call('offers.verifyCounterpart', {
      offerId: brandOfferId,
      code: genuineCode,
    });
    expect(mismatch).toMatchObject({ outcome: 'mismatch', discarded: 'file' });
    expect(snapshotTables(brand.backend)).toEqual(beforeForgery);

    // The genuine creator's counter is not refused as wrong_key: it is held, verified and applied.
    const real = await brand.call('offers.importFile', { base64: genuine.file });
    expect(real.pendingVerification).toBe(true);
    expect(await codeAt(brand, brandOfferId)).toBe(genuineCode);
    const ok = await brand.call('offers.verifyCounterpart', {
      offerId: brandOfferId,
      code: genuineCode.replace(/ /g, '-'),
    });
    expect(ok.outcome).toBe('verified');
    expect(ok.offer).toMatchObject({ state: 'countered', terms: { feeYuan: 58_000 } });

    // From now on the forger is refused as before (pinned key), and nothing changes.
    const before = snapshotTables(brand.backend);
    const again = await brand.fail('offers.importFile', { base64: forged.file });
    expect(again.message).toMatch(/^Offer file refused \(wrong_key\)/);
    expect(snapshotTables(brand.backend)).toEqual(before);
  });

  it('holds only one unverified file per offer and recognises a replay of it', async () => {
    const { brandOfferId, file } = await sendOffer();
    const forged = await counterFrom(attacker, file, 999_999);
    const genuine = await counterFrom(creator, file, 58_000);
    await brand.call('offers.importFile', { base64: forged.file });
    const before = snapshotTables(brand.backend);
    const second = await brand.fail('offers.importFile', { base64: genuine.file });
    expect(second).toMatchObject({ code: 'conflict', reason: 'offerVerification.verificationPending' });
    const replay = await brand.fail('offers.importFile', { base64: forged.file });
    expect(replay.message).toMatch(/^Offer file refused \(duplicate\)/);
    expect(snapshotTables(brand.backend)).toEqual(before);
    // A malformed code is refused as input and discards nothing.
    const typo = await brand.fail('offers.verifyCounterpart', { offerId: brandOfferId, code: '1234' });
    expect(typo).toMatchObject({ code: 'invalid_input', reason: 'offerVerification.verificationCodeFormat' });
    expect(snapshotTables(brand.backend)).toEqual(before);
  });

  it('stops a re-signed brand file at the creator: unverified, no binding move, discarded on reject', async () => {
    const { brandOfferId, file } = await sendOffer();
    // The attacker re-signs the brand's offer with their own key and sends it to the creator.
    const { signature: _sig, ...unsigned } = decode(file);
    const attackerIdentity = loadIdentity(attacker.dataDir);
    const resignedUnsigned = { ...unsigned, senderPublicKey: attackerIdentity.publicKeyBase64 };
    const resigned = encode({
      ...resignedUnsigned,
      signature: signText(attackerIdentity, canonicalJson(resignedUnsigned)),
    });
    const inbox = (await creator.call('offers.importFile', { base64: resigned })).offer;
    expect((await creator.call('offers.verification', { offerId: inbox.id })).status).toBe('unverified');

    // The genuine brand's file is refused as before (the offer is pinned to the first key seen) …
    const wrong = await creator.fail('offers.importFile', { base64: file });
    expect(wrong.message).toMatch(/^Offer file refused \(wrong_key\)/);

    // … and the attacker cannot make terms binding: their acceptance of the creator's counter waits.
    await creator.call('offers.counter', { id: inbox.id, feeYuan: 58_000 });
    const counterFile = (await creator.call('offers.exportFile', { id: inbox.id })).base64;
    const counter = decode(counterFile);
    const forgedAcceptance = {
      ...counter,
      signature: undefined,
      senderRole: 'brand' as const,
      senderPublicKey: attackerIdentity.publicKeyBase64,
      recipientPublicKey: loadIdentity(creator.dataDir).publicKeyBase64,
      revision: counter.revision + 1,
      action: 'accept' as const,
      state: 'accepted' as const,
      message: '成交',
    };
    delete forgedAcceptance.signature;
    const beforeForgedAccept = snapshotTables(creator.backend);
    const waits = await creator.fail('offers.importFile', {
      base64: encode({
        ...forgedAcceptance,
        signature: signText(attackerIdentity, canonicalJson(forgedAcceptance)),
      }),
    });
    expect(waits).toMatchObject({ code: 'invalid_state', reason: 'offerVerification.verifyFirst' });
    expect(snapshotTables(creator.backend)).toEqual(beforeForgedAccept);

    // The brand has no code to read (the creator's answer was made for another key): the creator rejects.
    const brandView = await brand.call('offers.verification', { offerId: brandOfferId });
    expect(brandView).toMatchObject({ status: 'none', code: null });
    const rejected = await creator.call('offers.verifyCounterpart', { offerId: inbox.id, reject: true });
    expect(rejected).toMatchObject({ outcome: 'mismatch', discarded: 'offer', offer: null });
    expect((await creator.call('offers.list', {})).items).toEqual([]);

    // Now the genuine brand's file opens the offer, and the full genuine flow works after verification.
    const genuine = await counterFrom(creator, file, 58_000);
    await brand.call('offers.importFile', { base64: genuine.file });
    const brandCode = await codeAt(brand, brandOfferId);
    expect(await codeAt(creator, genuine.inboxId)).toBe(brandCode);
    await brand.call('offers.verifyCounterpart', { offerId: brandOfferId, code: brandCode });
    await brand.call('offers.accept', { id: brandOfferId });
    const acceptance = (await brand.call('offers.exportFile', { id: brandOfferId })).base64;
    // The creator has not confirmed yet: the brand's acceptance (binding terms) waits for it.
    const before = snapshotTables(creator.backend);
    const waitsToo = await creator.fail('offers.importFile', { base64: acceptance });
    expect(waitsToo).toMatchObject({ code: 'invalid_state', reason: 'offerVerification.verifyFirst' });
    expect(snapshotTables(creator.backend)).toEqual(before);
    await creator.call('offers.verifyCounterpart', { offerId: genuine.inboxId, code: brandCode });
    const done = await creator.call('offers.importFile', { base64: acceptance });
    expect(done.offer).toMatchObject({ state: 'accepted', terms: { feeYuan: 58_000 } });
  });

  it('lets an unverified brand withdraw (nothing binding) and refuses to verify what has no key', async () => {
    const { brandOfferId, file } = await sendOffer();
    const nothing = await brand.fail('offers.verifyCounterpart', {
      offerId: brandOfferId,
      code: '1234 5678 9012',
    });
    expect(nothing).toMatchObject({ code: 'invalid_state', reason: 'offerVerification.nothingToVerify' });
    const inbox = (await creator.call('offers.importFile', { base64: file })).offer;
    await brand.call('offers.withdraw', { id: brandOfferId });
    const withdrawal = (await brand.call('offers.exportFile', { id: brandOfferId })).base64;
    const closed = await creator.call('offers.importFile', { base64: withdrawal });
    expect(closed.offer).toMatchObject({ id: inbox.id, state: 'withdrawn' });
  });
});
