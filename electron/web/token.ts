import { randomBytes } from 'node:crypto';

/** Anything shorter is guessable by a page probing the loopback port; the generated token is 32 chars. */
export const MIN_TOKEN_LENGTH = 16;

/** The token from MATRIXDESK_TOKEN (checked), or a random one when it is unset or empty. */
export function resolveToken(fromEnv: string | undefined): string {
  if (!fromEnv) return randomBytes(24).toString('base64url');
  if (fromEnv.length < MIN_TOKEN_LENGTH) {
    throw new Error(
      `MATRIXDESK_TOKEN is too short (${fromEnv.length} characters): use at least ${MIN_TOKEN_LENGTH}, or leave it unset for a random one.`,
    );
  }
  return fromEnv;
}
