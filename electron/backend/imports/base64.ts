import { invalidInput } from '../errors';

/**
 * Files cross the API as base64 (JSON has no bytes). This is the one place that says what a valid upload
 * looks like: a data-URL prefix and whitespace are tolerated, anything else outside the alphabet is not
 * (Node's decoder would skip it silently and hand the reader garbage). Returns the canonical text, or null
 * when it is not base64, so callers with their own refusal (offer files, bundles) share the rule.
 */
export function cleanBase64(text: string): string | null {
  const clean = text.replace(/^data:[^,]*,/, '').replace(/\s+/g, '');
  return /^[A-Za-z0-9+/]*={0,2}$/.test(clean) && clean.length % 4 !== 1 ? clean : null;
}

/** The bytes of an uploaded table file; a malformed string is the caller's error, named on `path`. */
export function decodeBase64(text: string, path: (string | number)[]): Uint8Array {
  const clean = cleanBase64(text);
  if (clean === null) {
    throw invalidInput(path, 'Must be the file content encoded as base64', 'importFile.notBase64');
  }
  return new Uint8Array(Buffer.from(clean, 'base64'));
}
