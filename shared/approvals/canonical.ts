/**
 * Canonical JSON and the answers MAC. Both functions are self-contained on purpose: the review pack embeds
 * their source text (`fn.toString()`) in its inline script, so the page and the backend canonicalise with
 * one implementation. Keep them free of imports, closures and helpers.
 *
 * Canonical form: object keys sorted by UTF-16 code units, no whitespace, undefined members dropped, strings
 * and numbers as JSON.stringify writes them (shortest round-trip numbers, -0 as 0); NaN and Infinity refused.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonical JSON has no ' + String(value));
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return '[' + value.map((v: unknown) => canonicalJson(v)).join(',') + ']';
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonicalJson(record[k])).join(',') + '}';
  }
  throw new TypeError('canonical JSON cannot hold a ' + typeof value);
}

/** HMAC-SHA-256 (WebCrypto) of a text with the pack's secret (its UTF-8 bytes as the key), lowercase hex. */
export async function webCryptoHmacHex(secret: string, text: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await globalThis.crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const signature = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(text)));
  return Array.from(signature, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The answers file without its `mac`: what the MAC covers. */
export function macPayload<T extends { mac?: unknown }>(file: T): Omit<T, 'mac'> {
  const { mac: _mac, ...rest } = file;
  return rest;
}
