import { invalidInput } from '../errors';

/** Files cross the API as base64 (JSON has no bytes); a malformed string is the caller's error, named. */
export function decodeBase64(text: string, path: (string | number)[]): Uint8Array {
  const clean = text.replace(/^data:[^,]*,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) {
    throw invalidInput(path, 'Must be the file content encoded as base64', 'metricsImport.notBase64');
  }
  return new Uint8Array(Buffer.from(clean, 'base64'));
}
