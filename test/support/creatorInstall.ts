import { afterEach, beforeEach } from 'vitest';
import { createTestBackend, type TestBackend } from './backend';
import { offerInput, sampleAudience, setUpBrand, type BrandSetup } from './offers';
import { loadIdentity, signText } from '../../electron/backend/identity/keys';
import { canonicalJson } from '../../shared/offerFile/canonical';
import type { OfferFile } from '../../shared/offerFile/format';

/** The creator's own installation as the offer-file tests use it: 小鹿成分党 with an audience and a rate card. */
export async function setUpCreatorProfile(creator: TestBackend): Promise<void> {
  await creator.call('creatorProfile.update', {
    handle: 'xiaolu_skin',
    displayName: '小鹿成分党',
    followers: 356_000,
    medianViews: 80_000,
    engagementRatePct: 4,
    audience: sampleAudience(),
    rateCard: { video21to60s: 12_000, liveSession: 30_000 },
  });
}

export interface TwoInstallations {
  brand: TestBackend;
  creator: TestBackend;
  s: BrandSetup;
}

/** Two installations on two databases and data directories: the brand's (set up) and the creator's. */
export async function setUpTwoInstallations(): Promise<TwoInstallations> {
  const brand = await createTestBackend();
  const creator = await createTestBackend();
  const s = await setUpBrand(brand);
  await setUpCreatorProfile(creator);
  return { brand, creator, s };
}

/** The brand sends, installation `c` accepts, both confirm the codes: each holds the accepted offer. */
export async function acceptOfferBetween(brand: TestBackend, c: TestBackend, s: BrandSetup) {
  const draft = await brand.call('offers.create', offerInput(s));
  const brandOffer = await brand.call('offers.send', { id: draft.id });
  const sent = await brand.call('offers.exportFile', { id: brandOffer.id });
  const inbox = (await c.call('offers.importFile', { base64: sent.base64 })).offer;
  await c.call('offers.accept', { id: inbox.id });
  const answer = await c.call('offers.exportFile', { id: inbox.id });
  await brand.call('offers.importFile', { base64: answer.base64 });
  const brandCode = (await brand.call('offers.verification', { offerId: brandOffer.id })).code!;
  const creatorCode = (await c.call('offers.verification', { offerId: inbox.id })).code!;
  await c.call('offers.verifyCounterpart', { offerId: inbox.id, code: brandCode });
  const atBrand = (
    await brand.call('offers.verifyCounterpart', { offerId: brandOffer.id, code: creatorCode })
  ).offer!;
  return { brandOffer: atBrand, inbox: await c.call('offers.get', { id: inbox.id }) };
}

/** Fresh installations around each test of the calling file: read `brand`, `creator`, `s` inside a test. */
export function twoInstallationsPerTest(): TwoInstallations {
  const two = {} as TwoInstallations;
  beforeEach(async () => {
    Object.assign(two, await setUpTwoInstallations());
  });
  afterEach(() => {
    two.brand.close();
    two.creator.close();
  });
  return two;
}

export const decodeOfferFile = (base64: string) =>
  JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as OfferFile;
export const encodeOfferFile = (file: unknown) =>
  Buffer.from(JSON.stringify(file), 'utf8').toString('base64');

/** Signs a hand-made file with an installation's real key: what a modified copy of the app could send. */
export function signOfferFileAs(b: TestBackend, file: Omit<OfferFile, 'signature'>): string {
  const identity = loadIdentity(b.dataDir);
  const unsigned = { ...file, senderPublicKey: identity.publicKeyBase64 };
  return encodeOfferFile({ ...unsigned, signature: signText(identity, canonicalJson(unsigned)) });
}
