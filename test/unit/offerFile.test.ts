import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/offerFile/canonical';
import { refusalReasonOf } from '../../shared/offerFile/format';

describe('canonical JSON', () => {
  it('sorts keys at every depth and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('gives the same text for the same value however it was built', () => {
    const a = { revision: 2, terms: { feeFen: 100, title: '防晒' }, offerId: 'x' };
    const b = JSON.parse('{"offerId":"x","terms":{"title":"防晒","feeFen":100},"revision":2}') as unknown;
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });

  it('escapes strings as JSON does and drops undefined members', () => {
    expect(canonicalJson({ s: 'a"b\n', u: undefined })).toBe('{"s":"a\\"b\\n"}');
  });

  it('refuses values JSON cannot hold exactly', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ n: Infinity })).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
  });
});

describe('refusal reasons', () => {
  it('reads the reason code from a refusal message', () => {
    expect(refusalReasonOf('Offer file refused (bad_signature): the signature…')).toBe('bad_signature');
    expect(refusalReasonOf('Offer file refused (nonsense): x')).toBeNull();
    expect(refusalReasonOf('Something else')).toBeNull();
  });
});
