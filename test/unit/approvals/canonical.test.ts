import { describe, expect, it } from 'vitest';
import { canonicalJson, macPayload, webCryptoHmacHex } from '../../../shared/approvals/canonical';
import { nodeHmacHex } from '../../../electron/backend/approvals/fingerprint';

/** The functions exactly as the pack page gets them: their source text, evaluated on its own. */
const embeddedCanonical = new Function(`return (${canonicalJson.toString()});`)() as typeof canonicalJson;
const embeddedHmac = new Function(`return (${webCryptoHmacHex.toString()});`)() as typeof webCryptoHmacHex;

const tricky: unknown[] = [
  { b: 1, a: { d: [3, 1, 2], c: 'x' }, A: null, _: true },
  { 青柠: '夏日第一杯 "引号" \\ 反斜杠', emoji: '😀👍🏽', é: 'e\u0301', lone: '\ud800', sep: '\u2028\u2029' },
  { numbers: [0, -0, 1e21, 1e-7, 0.1 + 0.2, 123456789012345680000, -1.5, 2 ** 53] },
  { nested: [{ z: 1, y: [{ x: 'deep', w: [] }] }, {}, []] },
  { keyOrder: { b: 1, a: 2, B: 3, '10': 4, '9': 5, aa: 6, 'a\u0000': 7 } },
  { skipped: undefined, kept: 'yes' },
];

describe('canonical JSON', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: 'x' } })).toBe('{"a":{"c":"x","d":[1,2]},"b":1}');
  });

  it('gives the same text for objects that differ only in key order', () => {
    expect(canonicalJson({ x: 1, y: { q: 2, p: 3 } })).toBe(canonicalJson({ y: { p: 3, q: 2 }, x: 1 }));
  });

  it('writes numbers in their shortest round-trip form', () => {
    expect(canonicalJson([-0, 1e21, 1e-7, 0.1 + 0.2, 100])).toBe('[0,1e+21,1e-7,0.30000000000000004,100]');
  });

  it('keeps unicode as it is and escapes only what JSON requires', () => {
    expect(canonicalJson({ t: '青柠 😀 "q" \\ \n' })).toBe('{"t":"青柠 😀 \\"q\\" \\\\ \\n"}');
    expect(canonicalJson('\ud800')).toBe('"\\ud800"');
  });

  it('refuses NaN and Infinity instead of writing null', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson([Infinity])).toThrow(TypeError);
  });

  it.each(tricky.map((v, i) => [i, v] as const))(
    'the embedded copy agrees on tricky input %i',
    (_i, value) => {
      expect(embeddedCanonical(value)).toBe(canonicalJson(value));
    },
  );
});

describe('answers MAC', () => {
  it('matches the published HMAC-SHA-256 test vector in both implementations', async () => {
    const expected = 'f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8';
    expect(nodeHmacHex('key', 'The quick brown fox jumps over the lazy dog')).toBe(expected);
    expect(await webCryptoHmacHex('key', 'The quick brown fox jumps over the lazy dog')).toBe(expected);
  });

  it.each(tricky.map((v, i) => [i, v] as const))(
    'node:crypto and the page’s WebCrypto give the same MAC for tricky input %i',
    async (_i, value) => {
      const secret = 'a3f1c2e4b5d6978812345678deadbeef0011223344556677889900aabbccddee';
      const text = canonicalJson(value);
      expect(await embeddedHmac(secret, embeddedCanonical(value))).toBe(nodeHmacHex(secret, text));
    },
  );

  it('covers everything but the mac, so any edit changes it', async () => {
    const file = { packId: 'p', answers: [{ itemId: 'i', decision: 'approve', comment: '' }], mac: 'x' };
    const secret = 's';
    const before = await webCryptoHmacHex(secret, canonicalJson(macPayload(file)));
    const edited = { ...file, answers: [{ itemId: 'i', decision: 'request_changes', comment: '' }] };
    expect(await webCryptoHmacHex(secret, canonicalJson(macPayload(edited)))).not.toBe(before);
    expect(canonicalJson(macPayload(file))).not.toContain('mac');
  });
});
