/**
 * The verification code both sides of an offer read to each other (phone, WeChat) before the first file
 * from a new counterpart takes effect, like Signal's safety numbers: derived from both installations'
 * public keys in an order-independent way, so brand and creator see the same 12 digits exactly when each
 * holds the other's genuine key. Computing it needs SHA-256 (backend: identity/verificationCode.ts);
 * reading and writing it is here.
 */
export const VERIFICATION_CODE_DIGITS = 12;

/** `123456789012` → `1234 5678 9012`, the form shown and read aloud. */
export function formatVerificationCode(digits: string): string {
  return digits.match(/.{1,4}/g)?.join(' ') ?? digits;
}

/** What a user typed (spaces, dashes, full-width digits allowed) → 12 digits, or null if it is not a code. */
export function normalizeVerificationCode(typed: string): string | null {
  const ascii = typed.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const digits = ascii.replace(/[\s\-–—_.·]/g, '');
  return new RegExp(`^\\d{${VERIFICATION_CODE_DIGITS}}$`).test(digits) ? digits : null;
}

/** How far the counterpart's key is trusted on one offer (migration 0090 `offers.key_verification`). */
export const keyVerificationStates = ['none', 'unverified', 'verified', 'legacy'] as const;
export type KeyVerificationState = (typeof keyVerificationStates)[number];
