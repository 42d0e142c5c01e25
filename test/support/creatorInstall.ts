import { afterEach, beforeEach } from 'vitest';
import { createTestBackend, type TestBackend } from './backend';
import { forwardingBackend } from './eachTest';
import { importFirstAnswer } from './offerFiles';
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

/**
 * Every test gets both installations afresh, closed afterwards (the preamble the offer-file tests shared
 * line for line). The handles returned are stable and always reach the running test's installations, so a
 * file destructures them once at the top and its tests read plain `brand`, `creator` and `s`.
 */
export function twoInstallationsEachTest(): TwoInstallations {
  let current: TwoInstallations | undefined;
  const now = (): TwoInstallations => {
    if (!current) throw new Error('the two installations exist only inside a test');
    return current;
  };
  beforeEach(async () => {
    current = await setUpTwoInstallations();
  });
  afterEach(() => {
    current?.brand.close();
    current?.creator.close();
    current = undefined;
  });
  return {
    brand: forwardingBackend(() => now().brand),
    creator: forwardingBackend(() => now().creator),
    s: {
      get workspaceId() {
        return now().s.workspaceId;
      },
      get brandAccountId() {
        return now().s.brandAccountId;
      },
      get salesAccountId() {
        return now().s.salesAccountId;
      },
      get creatorId() {
        return now().s.creatorId;
      },
    },
  };
}

/**
 * The brand sends, installation `c` accepts, its first answer is held at the brand until both confirm the
 * codes: each then holds the accepted offer. `answer` is the creator's acceptance file.
 */
export async function acceptOfferBetween(brand: TestBackend, c: TestBackend, s: BrandSetup) {
  const draft = await brand.call('offers.create', offerInput(s));
  const brandOffer = await brand.call('offers.send', { id: draft.id });
  const sent = await brand.call('offers.exportFile', { id: brandOffer.id });
  const inbox = (await c.call('offers.importFile', { base64: sent.base64 })).offer;
  await c.call('offers.accept', { id: inbox.id });
  const answer = await c.call('offers.exportFile', { id: inbox.id });
  const atBrand = await importFirstAnswer(answer.base64, c, inbox.id, brand, brandOffer.id);
  return { brandOffer: atBrand, inbox: await c.call('offers.get', { id: inbox.id }), answer };
}

/**
 * `twoInstallationsEachTest` for the exchange tests: also `another()`, a further installation closed after
 * the test (an impostor, a bystander), and `send()`, the brand's sent offer and its file.
 */
export function offerExchangeEachTest() {
  const two = twoInstallationsEachTest();
  const extra: TestBackend[] = [];
  afterEach(() => {
    for (const b of extra.splice(0)) b.close();
  });
  const another = async (): Promise<TestBackend> => {
    const b = await createTestBackend();
    extra.push(b);
    return b;
  };
  const send = async (overrides: Record<string, unknown> = {}) => {
    const draft = await two.brand.call('offers.create', offerInput(two.s, overrides));
    const sent = await two.brand.call('offers.send', { id: draft.id });
    const file = await two.brand.call('offers.exportFile', { id: sent.id });
    return { brandOffer: sent, file };
  };
  return { ...two, another, send };
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

/**
 * The creator's acceptance of the brand's sent offer `offerId`, as users do it: the offer file goes to a
 * second installation (closed afterwards), which accepts; its answer comes back, and on first contact the
 * brand types the code the creator reads out. Returns the brand's accepted offer, deliverables tracked.
 */
export async function acceptedByCreator(t: TestBackend, offerId: string) {
  const creator = await createTestBackend();
  try {
    const file = await t.call('offers.exportFile', { id: offerId });
    const inbox = await creator.call('offers.importFile', { base64: file.base64 });
    await creator.call('offers.accept', { id: inbox.offer.id });
    const answer = await creator.call('offers.exportFile', { id: inbox.offer.id });
    await t.call('offers.importFile', { base64: answer.base64 });
    const { code } = await creator.call('offers.verification', { offerId: inbox.offer.id });
    return (await t.call('offers.verifyCounterpart', { offerId, code: code! })).offer!;
  } finally {
    creator.close();
  }
}
