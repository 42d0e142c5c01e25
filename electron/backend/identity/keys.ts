import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * This installation's signing identity for offer files: an Ed25519 key pair created on first use.
 *
 * The private key lives in `<dataDir>/keys/offer-signing.key` (PKCS#8 PEM, file mode 0600, folder 0700)
 * and never leaves it: files carry only the public key. It is not in the database on purpose, so a
 * database backup or a copied `.db` file shared for support does not hand someone the power to sign
 * offers in the user's name. Losing the key only means counterparts see a new fingerprint for new offers;
 * offers already pinned to the old key must then be re-sent.
 */
export interface Identity {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** SPKI DER, base64: how the key travels in offer files and is pinned in the database. */
  publicKeyBase64: string;
  fingerprint: string;
}

export const KEY_DIR = 'keys';
export const PRIVATE_KEY_FILE = 'offer-signing.key';

const cache = new Map<string, Identity>();

export function loadIdentity(dataDir: string): Identity {
  const cached = cache.get(dataDir);
  if (cached) return cached;
  const dir = join(dataDir, KEY_DIR);
  const path = join(dir, PRIVATE_KEY_FILE);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    pem = createKeyFile(path);
  }
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(`${path} does not hold an Ed25519 private key`);
  }
  const publicKey = createPublicKey(privateKey);
  const publicKeyBase64 = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
  const identity = { privateKey, publicKey, publicKeyBase64, fingerprint: fingerprintOf(publicKeyBase64) };
  cache.set(dataDir, identity);
  return identity;
}

function createKeyFile(path: string): string {
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  try {
    // `wx`: if another process created the key in the meantime, keep theirs and read it back.
    writeFileSync(path, pem, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(path, 'utf8');
    throw err;
  }
  // The mode given to writeFileSync is filtered by the umask; set it explicitly.
  chmodSync(path, 0o600);
  return pem;
}

/**
 * A short, human-comparable fingerprint: the first 16 hex digits of SHA-256 over the SPKI bytes, in four
 * groups (`3F2A-91C0-77DE-0B14`). Two people read it to each other to confirm the pinned key.
 */
export function fingerprintOf(publicKeyBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').toUpperCase();
  return hex.slice(0, 16).match(/.{4}/g)!.join('-');
}

export function signText(identity: Identity, text: string): string {
  return sign(null, Buffer.from(text, 'utf8'), identity.privateKey).toString('base64');
}

/** False for a bad signature and for anything that is not an Ed25519 public key. */
export function verifyText(publicKeyBase64: string, text: string, signatureBase64: string): boolean {
  let key: KeyObject;
  try {
    key = createPublicKey({ key: Buffer.from(publicKeyBase64, 'base64'), format: 'der', type: 'spki' });
  } catch {
    return false;
  }
  if (key.asymmetricKeyType !== 'ed25519') return false;
  const signature = Buffer.from(signatureBase64, 'base64');
  if (signature.length !== 64) return false;
  try {
    return verify(null, Buffer.from(text, 'utf8'), key, signature);
  } catch {
    return false;
  }
}
