import fc from 'fast-check';

/**
 * fast-check arbitraries from the OpenAPI document's JSON schemas (the subset zod emits:
 * object, array, string, number, integer, boolean, enum, anyOf/oneOf, nullable). Most values
 * follow the schema, so requests reach the handlers; the rest break it the ways a fuzzer
 * would — wrong types, missing and extra fields, huge strings, odd unicode, odd numbers, odd
 * periods — so validation and everything behind it are tried too.
 */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema | readonly JsonSchema[];
  readonly enum?: readonly unknown[];
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly nullable?: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** Strings that have broken servers: empty, huge, control and lone-surrogate characters, markup, SQL, paths, periods at the edges. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  'x'.repeat(5_000),
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uFFFF\uFFFE',
  '💥'.repeat(40),
  'é\u0301 ﬁ Ⅻ ١٢٣',
  '\u202Eevil',
  '<script>alert(1)</script>',
  "'; DROP TABLE scorecards; --",
  '../../etc/passwd',
  '%00',
  'null',
  '__proto__',
  'constructor',
  '0000',
  '0999-12',
  '0000-W01',
  '9999-12-31',
  '9999-W53',
  '2026-02-30',
  '2026-13',
  '2026-Q0',
  '1e309',
  'NaN',
  '-0',
];

export const HOSTILE_NUMBERS: readonly number[] = [
  0,
  -0,
  -1,
  0.1,
  1e-300,
  1e308,
  -1e308,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 31),
  4294967296,
  123456789.12345679,
];

const hostileString = fc.constantFrom(...HOSTILE_STRINGS);
const hostileNumber = fc.constantFrom(...HOSTILE_NUMBERS);
/** Any JSON value, for a field of the wrong type. */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.array(hostileNumber, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), hostileString, { maxKeys: 2 }),
);

/** Values the server's own state offers for a field, e.g. ids that exist, by field name. */
export type Known = (field: string) => readonly unknown[];

/**
 * `valid`: values the schema allows, real ids where the field has them, so the request reaches
 * the handler and its domain checks. `hostile`: now and then anything at all, in any field.
 */
export type Mode = 'valid' | 'hostile';

export function fromSchema(
  schema: JsonSchema,
  known: Known,
  mode: Mode,
  field = '',
  depth = 0,
): fc.Arbitrary<unknown> {
  const conforming = conformingValue(schema, known, mode, field, depth);
  const own = known(field);
  if (mode === 'valid') return own.length > 0 ? fc.constantFrom(...own) : conforming;
  const choices: fc.WeightedArbitrary<unknown>[] = [
    { arbitrary: conforming, weight: 6 },
    { arbitrary: anyJson, weight: 1 },
  ];
  if (own.length > 0) choices.push({ arbitrary: fc.constantFrom(...own), weight: 4 });
  return fc.oneof(...choices);
}

function conformingValue(
  schema: JsonSchema,
  known: Known,
  mode: Mode,
  field: string,
  depth: number,
): fc.Arbitrary<unknown> {
  const alternatives = schema.anyOf ?? schema.oneOf;
  let value: fc.Arbitrary<unknown>;
  if (alternatives !== undefined && alternatives.length > 0) {
    value = fc.oneof(...alternatives.map((s) => fromSchema(s, known, mode, field, depth + 1)));
  } else if (schema.allOf !== undefined && schema.allOf.length > 0) {
    value = fromSchema(schema.allOf[0]!, known, mode, field, depth + 1);
  } else if (schema.enum !== undefined && schema.enum.length > 0) {
    const listed = fc.constantFrom(...schema.enum);
    value = mode === 'valid' ? listed : fc.oneof(listed, hostileString);
  } else {
    value = byType(schema, known, mode, field, depth);
  }
  return schema.nullable === true ? fc.oneof(value, fc.constant(null)) : value;
}

function byType(
  schema: JsonSchema,
  known: Known,
  mode: Mode,
  field: string,
  depth: number,
): fc.Arbitrary<unknown> {
  const odd = <T>(normal: fc.Arbitrary<T>, strange: fc.Arbitrary<T>) =>
    mode === 'valid'
      ? normal
      : fc.oneof({ arbitrary: normal, weight: 3 }, { arbitrary: strange, weight: 2 });
  const type = Array.isArray(schema.type)
    ? (schema.type[0] as string)
    : (schema.type as string | undefined);
  switch (type) {
    case 'string':
      return odd(
        fc.string({
          minLength: Math.max(schema.minLength ?? 0, mode === 'valid' ? 1 : 0),
          maxLength: Math.min(schema.maxLength ?? 30, 30),
        }),
        hostileString,
      );
    case 'integer':
      return odd(
        fc.integer({
          min: Math.max(schema.minimum ?? -1000, -1e6),
          max: Math.min(schema.maximum ?? 1000, 1e6),
        }),
        hostileNumber,
      );
    case 'number':
      return odd(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
        hostileNumber,
      );
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const item = Array.isArray(schema.items)
        ? (schema.items[0] as JsonSchema | undefined)
        : (schema.items as JsonSchema | undefined);
      if (depth > 4 || item === undefined) return fc.constant([]);
      return fc.array(fromSchema(item, known, mode, field, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      });
    }
    case 'object':
      return objectValue(schema, known, mode, depth);
    default:
      return mode === 'valid' ? fc.constant(null) : anyJson;
  }
}

function objectValue(
  schema: JsonSchema,
  known: Known,
  mode: Mode,
  depth: number,
): fc.Arbitrary<unknown> {
  if (depth > 4) return fc.constant({});
  const properties = Object.entries(schema.properties ?? {});
  const required = new Set(schema.required ?? []);
  const fields = Object.fromEntries(
    properties.map(([name, s]) => [name, fromSchema(s, known, mode, name, depth + 1)]),
  );
  const requiredKeys = properties.map(([name]) => name).filter((name) => required.has(name));
  const record = fc.record(fields, { requiredKeys });
  const extra =
    typeof schema.additionalProperties === 'object' ? schema.additionalProperties : null;
  const withExtra =
    extra === null
      ? record
      : fc
          .tuple(
            record,
            fc.dictionary(
              fc.oneof(hostileString, fc.string({ maxLength: 10 })),
              fromSchema(extra, known, mode, '', depth + 1),
              { maxKeys: 3 },
            ),
          )
          .map(([r, d]) => ({ ...d, ...r }));
  if (mode === 'valid') return withExtra;
  // Now and then: a required field missing, or a field the schema does not know.
  return fc.oneof(
    { arbitrary: withExtra, weight: 8 },
    {
      arbitrary: fc
        .tuple(withExtra, fc.constantFrom(...(requiredKeys.length > 0 ? requiredKeys : ['-'])))
        .map(([r, drop]) => {
          const copy: Record<string, unknown> = { ...(r as Record<string, unknown>) };
          Reflect.deleteProperty(copy, drop);
          return copy;
        }),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(withExtra, hostileString, anyJson)
        .map(([r, key, value]) => ({ ...(r as object), [key || 'extra']: value })),
      weight: 1,
    },
  );
}
