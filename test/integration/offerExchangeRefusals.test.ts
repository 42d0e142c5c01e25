import { describe, expect, it } from 'vitest';
import { inDays } from '../support/offers';
import type { OfferFile } from '../../shared/offerFile/format';
import {
  decodeOfferFile as decode,
  encodeOfferFile as encode,
  offerExchangeEachTest,
  signOfferFileAs as signAs,
} from '../support/creatorInstall';
import { confirmCodes, deliver, expectOfferFileRefused } from '../support/offerFiles';

/**
 * Offer files an installation refuses whole, changing nothing: tampered, signed by another key, made for
 * another installation, replayed, out of order, overstepping the sender's role, unknown or malformed.
 */
const { brand, creator, s, send, another } = offerExchangeEachTest();

/** Sent; countered by the creator (keys confirmed, so pinned on both sides); revised by the brand (revision 3). */
async function revisedAfterCounter() {
  const { brandOffer, file } = await send();
  const inbox = (await creator.call('offers.importFile', { base64: file.base64 })).offer;
  await creator.call('offers.counter', { id: inbox.id, feeYuan: 55_000 });
  await deliver(creator, inbox.id, brand);
  await brand.call('offers.counter', { id: brandOffer.id, feeYuan: 52_000 });
  return { brandOffer, file, inbox };
}

describe('offer exchange: files that are refused, changing nothing', () => {
  it('refuses a tampered file (signature fails)', async () => {
    const { file } = await send();
    const content = decode(file.base64);
    content.terms.feeFen = 1; // a forger lowering the fee
    await expectOfferFileRefused(creator, encode(content), 'bad_signature');
    const resignedDigestOnly = { ...decode(file.base64), message: '改了' };
    await expectOfferFileRefused(creator, encode(resignedDigestOnly), 'bad_signature');
  });

  it('refuses a file signed by a different key than the one pinned for the offer', async () => {
    const { brandOffer, file } = await send();
    const inbox = (await creator.call('offers.importFile', { base64: file.base64 })).offer;
    await creator.call('offers.counter', { id: inbox.id, feeYuan: 55_000 });
    await deliver(creator, inbox.id, brand); // pins the creator's key at the brand

    // Someone else imports the same first file and answers with their own (valid) signature.
    const impostor = await another();
    const theirInbox = (await impostor.call('offers.importFile', { base64: file.base64 })).offer;
    await impostor.call('offers.accept', { id: theirInbox.id });
    const forged = await impostor.call('offers.exportFile', { id: theirInbox.id });
    await expectOfferFileRefused(brand, forged.base64, 'wrong_key');

    // And a brand revision re-signed by another key is refused by the creator's pinned copy.
    await brand.call('offers.counter', { id: brandOffer.id, feeYuan: 52_000 });
    const real = decode((await brand.call('offers.exportFile', { id: brandOffer.id })).base64);
    const { signature: _sig, ...unsigned } = real;
    await expectOfferFileRefused(
      creator,
      signAs(impostor, { ...unsigned, recipientPublicKey: null }),
      'wrong_key',
    );
  });

  it('refuses a file made for another installation', async () => {
    const { brandOffer } = await revisedAfterCounter();
    const revision = await brand.call('offers.exportFile', { id: brandOffer.id });
    const bystander = await another();
    await expectOfferFileRefused(bystander, revision.base64, 'wrong_recipient');
  });

  it('refuses a replayed (duplicate) file and an older revision', async () => {
    const { brandOffer, file } = await send();
    const inbox = (await creator.call('offers.importFile', { base64: file.base64 })).offer;
    await expectOfferFileRefused(creator, file.base64, 'duplicate', { code: 'conflict' });

    await creator.call('offers.counter', { id: inbox.id, feeYuan: 55_000 });
    const counter = await creator.call('offers.exportFile', { id: inbox.id });
    const held = await brand.call('offers.importFile', { base64: counter.base64 });
    await expectOfferFileRefused(brand, counter.base64, 'duplicate', { code: 'conflict' });
    await confirmCodes(creator, inbox.id, brand, held.offer.id);
    await expectOfferFileRefused(brand, counter.base64, 'duplicate', { code: 'conflict' });

    await brand.call('offers.counter', { id: brandOffer.id, feeYuan: 52_000 });
    await deliver(brand, brandOffer.id, creator);
    // Replays after later revisions are still recognised, on both sides.
    const err = await expectOfferFileRefused(creator, file.base64, 'duplicate', { code: 'conflict' });
    expect(err.message).toMatch(/already imported/);
    await expectOfferFileRefused(brand, counter.base64, 'duplicate', { code: 'conflict' });
  });

  it('refuses files out of order', async () => {
    // The brand revises twice before the creator imports anything: revision 1 after revision 3 is stale.
    const { brandOffer, file, inbox } = await revisedAfterCounter();
    const r3 = await brand.call('offers.exportFile', { id: brandOffer.id });

    // A second creator copy that only ever saw revision 1 answers from there: revision 2 after 3 is stale.
    const stale = await another();
    const early = (await stale.call('offers.importFile', { base64: file.base64 })).offer;
    await stale.call('offers.decline', { id: early.id });
    const staleFile = decode((await stale.call('offers.exportFile', { id: early.id })).base64);
    const { signature: _s, ...unsigned } = staleFile;
    // Signed with the real creator's key so only the ordering is wrong.
    const resigned = signAs(creator, {
      ...unsigned,
      recipientPublicKey: (await brand.call('identity.get', {})).publicKey,
    });
    await expectOfferFileRefused(brand, resigned, 'stale', { code: 'conflict' });

    // A creator file claiming revision 9 for an offer at revision 3: a gap.
    await creator.call('offers.importFile', { base64: r3.base64 });
    await creator.call('offers.accept', { id: inbox.id });
    const acceptance = decode((await creator.call('offers.exportFile', { id: inbox.id })).base64);
    const { signature: _t, ...acc } = acceptance;
    const gap = await expectOfferFileRefused(
      brand,
      signAs(creator, { ...acc, revision: 9 }),
      'out_of_order',
      { code: 'conflict' },
    );
    expect(gap.message).toMatch(/import revision 4 first/);
    // The real revision 4 still goes through afterwards.
    expect((await deliver(creator, inbox.id, brand)).state).toBe('accepted');
  });

  it('refuses a creator file that changes what only the brand may change', async () => {
    const { file } = await send();
    const inbox = (await creator.call('offers.importFile', { base64: file.base64 })).offer;
    await creator.call('offers.counter', { id: inbox.id, feeYuan: 55_000 });
    const counter = decode((await creator.call('offers.exportFile', { id: inbox.id })).base64);
    const { signature: _s, ...unsigned } = counter;
    const longer = signAs(creator, { ...unsigned, terms: { ...unsigned.terms, expiresOn: inDays(90) } });
    const err = await expectOfferFileRefused(brand, longer, 'illegal_transition', { code: 'invalid_state' });
    expect(err.message).toMatch(/expiresOn/);
    const accountSwap = signAs(creator, {
      ...unsigned,
      terms: {
        ...unsigned.terms,
        deliverables: unsigned.terms.deliverables.map((d) => ({ ...d, accountId: s.salesAccountId })),
      },
    });
    await expectOfferFileRefused(brand, accountSwap, 'illegal_transition', { code: 'invalid_state' });
    const illegal = signAs(creator, { ...unsigned, action: 'withdraw', state: 'withdrawn' });
    await expectOfferFileRefused(brand, illegal, 'illegal_transition', { code: 'invalid_state' });
  });

  it('refuses an answer for an offer this installation never sent, and its own files', async () => {
    const { file } = await send();
    const inbox = (await creator.call('offers.importFile', { base64: file.base64 })).offer;
    await creator.call('offers.accept', { id: inbox.id });
    const answer = await creator.call('offers.exportFile', { id: inbox.id });
    const otherBrand = await another();
    const unknown = decode(answer.base64);
    const { signature: _s, ...unsigned } = unknown;
    await expectOfferFileRefused(
      otherBrand,
      signAs(creator, { ...unsigned, recipientPublicKey: null }),
      'unknown_offer',
      { code: 'not_found' },
    );
    await expectOfferFileRefused(brand, file.base64, 'own_file');
    // A creator inbox cannot be opened by a file that closes an offer it never saw.
    await brand.call('offers.withdraw', { id: unknown.offerId });
    const withdrawal = await brand.call('offers.exportFile', { id: unknown.offerId });
    const fresh = await another();
    await expectOfferFileRefused(fresh, withdrawal.base64, 'unknown_offer', { code: 'not_found' });
  });

  it('refuses files larger than 1 MB, malformed files and unknown versions', async () => {
    const { file } = await send();
    const padded = { ...decode(file.base64), message: 'x'.repeat(1_100_000) };
    const big = await expectOfferFileRefused(creator, encode(padded), 'too_large');
    expect(big.message).toMatch(/1 MB/);
    await expectOfferFileRefused(creator, Buffer.from('hello, not json').toString('base64'), 'malformed');
    await expectOfferFileRefused(creator, encode({ some: 'json' }), 'malformed');
    await expectOfferFileRefused(
      creator,
      Buffer.from([0xff, 0xfe, 0x00, 0x01]).toString('base64'),
      'malformed',
    );
    await expectOfferFileRefused(creator, '%%% not base64 %%%', 'malformed');
    const future = { ...decode(file.base64), formatVersion: 5 };
    expect((await expectOfferFileRefused(creator, encode(future), 'unsupported_version')).message).toMatch(
      /newer MatrixDesk/,
    );
    const truncated = decode(file.base64) as Partial<OfferFile>;
    delete truncated.terms;
    expect((await expectOfferFileRefused(creator, encode(truncated), 'malformed')).message).toMatch(/terms/);
  });
});
