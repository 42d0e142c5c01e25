import { createHash } from 'node:crypto';
import { VERIFICATION_CODE_DIGITS } from '../../../shared/offerFile/verificationCode';

/**
 * The 12-digit code of a pair of Ed25519 public keys (SPKI, base64): SHA-256 over the two keys' bytes in
 * sorted order, its first 8 bytes as a number modulo 10^12. Sorting makes it the same on both sides;
 * 40 bits of the hash leave a forger about one chance in a trillion of matching a given pair.
 */
export function verificationCodeOf(keyA: string, keyB: string): string {
  const [first, second] = [Buffer.from(keyA, 'base64'), Buffer.from(keyB, 'base64')].sort(Buffer.compare);
  const hash = createHash('sha256').update(first!).update(second!).digest();
  const n = hash.readBigUInt64BE(0) % 10n ** BigInt(VERIFICATION_CODE_DIGITS);
  return n.toString().padStart(VERIFICATION_CODE_DIGITS, '0');
}
