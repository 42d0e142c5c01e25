import fc from 'fast-check';
import type { z } from 'zod';

/**
 * A small zod 4 → fast-check generator for the schema kinds the contract uses. It aims at inputs that get
 * past parsing (right shape, often within the limits) so the handlers' own rules are exercised, mixed
 * with values just outside the limits. Strings can be drawn from a pool of real ids (this workspace's and
 * another's) so that cross-workspace references are tried too.
 */
export interface ArbitraryOptions {
  idPool: readonly string[];
  depth?: number;
}

interface Def {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> & { check: string } } }[];
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  options?: z.ZodType[];
  values?: unknown[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  in?: z.ZodType;
  items?: z.ZodType[];
  getter?: () => z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

function check(def: Def, name: string): Record<string, unknown> | undefined {
  return def.checks?.map((c) => c._zod.def).find((c) => c.check === name);
}

function stringArb(def: Def, opts: ArbitraryOptions): fc.Arbitrary<string> {
  const min = (check(def, 'min_length')?.minimum as number | undefined) ?? 0;
  const max = Math.min((check(def, 'max_length')?.maximum as number | undefined) ?? 40, 60);
  const format = check(def, 'string_format')?.format as string | undefined;
  const formatted: Record<string, fc.Arbitrary<string>> = {
    datetime: fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    date: fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    uuid: fc.uuid(),
    url: fc.webUrl(),
    email: fc.emailAddress(),
  };
  const base = (format && formatted[format]) || fc.string({ minLength: min, maxLength: Math.max(min, max) });
  const pool = opts.idPool.length > 0 ? [fc.constantFrom(...opts.idPool)] : [];
  return fc.oneof({ arbitrary: base, weight: 4 }, ...pool.map((arbitrary) => ({ arbitrary, weight: 4 })), {
    arbitrary: fc.constantFrom('', ' ', 'douyin', 'brand', 'sales', '2025-08-06', 'beauty.skincare'),
    weight: 1,
  });
}

function numberArb(def: Def): fc.Arbitrary<number> {
  const min = check(def, 'greater_than')?.value as number | undefined;
  const max = check(def, 'less_than')?.value as number | undefined;
  const int = check(def, 'number_format')?.format?.toString().includes('int') ?? false;
  const lo = typeof min === 'number' ? min : -1000;
  const hi = typeof max === 'number' ? max : 1_000_000;
  const inRange = int
    ? fc.integer({ min: Math.max(Math.ceil(lo), -(2 ** 31)), max: Math.min(Math.floor(hi), 2 ** 31 - 1) })
    : fc.double({ min: lo, max: hi, noNaN: true });
  return fc.oneof(
    { arbitrary: inRange, weight: 5 },
    { arbitrary: fc.constantFrom(0, 1, -1, 7, 100, 0.5), weight: 1 },
  );
}

export function arbitraryFor(schema: z.ZodType, opts: ArbitraryOptions): fc.Arbitrary<unknown> {
  const depth = opts.depth ?? 0;
  const next = { ...opts, depth: depth + 1 };
  const def = defOf(schema);
  if (depth > 6) return fc.constant(undefined);
  switch (def.type) {
    case 'string':
      return stringArb(def, opts);
    case 'number':
    case 'int':
      return numberArb(def);
    case 'bigint':
      return fc.bigInt();
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { x: 'x' }));
    case 'optional':
      return fc.option(arbitraryFor(def.innerType!, next), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(arbitraryFor(def.innerType!, next), { nil: null, freq: 4 });
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return arbitraryFor(def.innerType!, next);
    case 'pipe':
      return arbitraryFor(def.in!, next);
    case 'lazy':
      return def.getter ? arbitraryFor(def.getter(), next) : fc.constant(undefined);
    case 'array':
      return fc.array(arbitraryFor(def.element!, next), { maxLength: depth > 2 ? 2 : 5 });
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map((i) => arbitraryFor(i, next)));
    case 'record':
      return fc.dictionary(arbitraryFor(def.keyType!, next).map(String), arbitraryFor(def.valueType!, next), {
        maxKeys: 4,
      });
    case 'object': {
      const shape = def.shape ?? {};
      return fc.record(
        Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, arbitraryFor(v, next)])),
        { requiredKeys: [] },
      );
    }
    case 'union':
      return fc.oneof(...(def.options ?? []).map((o) => arbitraryFor(o, next)));
    case 'intersection':
      return fc
        .tuple(arbitraryFor(def.left!, next), arbitraryFor(def.right!, next))
        .map(([a, b]) => (typeof a === 'object' && typeof b === 'object' ? { ...a, ...b } : a));
    default:
      // any, unknown, date, custom…: hostile JSON is the honest generator for these.
      return fc.jsonValue({ maxDepth: 2 });
  }
}
