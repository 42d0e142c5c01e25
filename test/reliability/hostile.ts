import fc from 'fast-check';

/**
 * Inputs a hostile or broken client sends: huge strings, deep nesting, prototype keys, lone surrogates,
 * wrong types, NaN-like text and ids belonging to other workspaces.
 */
export function hostileJson(idPool: readonly string[]): fc.Arbitrary<unknown> {
  const nasty = fc.constantFrom(
    '\uD800',
    'a\uDFFFb',
    '\u0000',
    '../../etc/passwd',
    "'; DROP TABLE workspaces; --",
    '=HYPERLINK("http://x")',
    'NaN',
    'Infinity',
    '1e309',
    '-0',
    '__proto__',
    'constructor',
    '\r\nX-Injected: 1',
    '💥'.repeat(50),
  );
  const huge = fc.constantFrom('x'.repeat(100_000), '啊'.repeat(70_000), 'A'.repeat(2_000_001));
  const deep = fc.integer({ min: 50, max: 3000 }).map((n) => {
    let v: unknown = 1;
    for (let i = 0; i < n; i++) v = i % 2 ? { a: v } : [v];
    return v;
  });
  const proto = fc.constantFrom(
    JSON.parse('{"__proto__": {"polluted": true}, "workspaceId": "x"}') as unknown,
    JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
    { toString: 'x', valueOf: 1, hasOwnProperty: 'no' },
  );
  const ids = idPool.length > 0 ? fc.constantFrom(...idPool) : fc.uuid();
  const scalar = fc.oneof(
    nasty,
    ids,
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
  );
  const withIds = fc.dictionary(
    fc.constantFrom(
      'id',
      'workspaceId',
      'accountId',
      'creatorId',
      'offerId',
      'productIds',
      'base64',
      'items',
      'cursor',
      'limit',
    ),
    fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), huge),
    { maxKeys: 5 },
  );
  return fc.oneof(
    { arbitrary: withIds, weight: 4 },
    { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
    { arbitrary: scalar, weight: 1 },
    { arbitrary: huge, weight: 1 },
    { arbitrary: deep, weight: 1 },
    { arbitrary: proto, weight: 1 },
    { arbitrary: fc.constantFrom(undefined, null, [], {}, ''), weight: 1 },
  );
}
