import { afterEach, beforeEach } from 'vitest';
import { createTestBackend, type TestBackend } from './backend';
import { sampleAudience, setUpBrand, type BrandSetup } from './offers';
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
async function setUpTwoInstallations(): Promise<TwoInstallations> {
  const brand = await createTestBackend();
  const creator = await createTestBackend();
  const s = await setUpBrand(brand);
  await setUpCreatorProfile(creator);
  return { brand, creator, s };
}

/**
 * Every test gets both installations afresh, closed afterwards (the preamble the offer-file tests shared
 * line for line). `receive` hands them to the file's own variables, so the tests keep reading plain
 * `brand`, `creator` and `s`, as `freshBackendEachTest` does for one backend.
 */
export function twoInstallationsEachTest(receive: (two: TwoInstallations) => void): void {
  let current: TwoInstallations | undefined;
  beforeEach(async () => {
    current = await setUpTwoInstallations();
    receive(current);
  });
  afterEach(() => {
    current?.brand.close();
    current?.creator.close();
  });
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
