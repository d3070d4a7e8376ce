import fc from 'fast-check';
import {
  type JsonSchema,
  type Known,
  type Mode,
  HOSTILE_STRINGS,
  fromSchema,
} from './schema-arbitrary.ts';

/** One operation of the OpenAPI document. */
export interface Operation {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** e.g. /api/workspaces/{ws}/scorecards/{id} */
  readonly path: string;
  readonly parameters: readonly Parameter[];
  /** Media type → body schema. */
  readonly bodies: Readonly<Record<string, JsonSchema>>;
}

interface Parameter {
  readonly in: 'path' | 'query' | 'header';
  readonly name: string;
  readonly schema: JsonSchema;
}

export interface FuzzRequest {
  readonly method: Operation['method'];
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly payload?: string;
}

interface OpenApiDocument {
  readonly paths: Readonly<
    Record<
      string,
      Readonly<
        Record<
          string,
          {
            readonly parameters?: readonly Parameter[];
            readonly requestBody?: {
              readonly content: Readonly<Record<string, { schema: JsonSchema }>>;
            };
          }
        >
      >
    >
  >;
}

/** Every operation the document lists (hidden routes, such as the web app's, are not in it). */
export function operationsOf(document: unknown): Operation[] {
  const doc = document as OpenApiDocument;
  const out: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const bodies = Object.fromEntries(
        Object.entries(op.requestBody?.content ?? {}).map(([type, { schema }]) => [type, schema]),
      );
      out.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        parameters: op.parameters ?? [],
        bodies,
      });
    }
  }
  return out;
}

/** Path segments must travel percent-encoded; a lone surrogate cannot, so it is replaced. */
function encodeSegment(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
}

function asText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const YAML_BODIES = [
  'bearing: 1\nscorecards: []\n',
  'bearing: 1\nscorecards:\n  - id: fz\n    name: Fuzz\n    objectives:\n      - name: Grow\n        perspective: financial\n        kpis:\n          - name: Revenue\n            values: {"0000": 1, "2026-13": 2}\n',
  '- [unbalanced',
  'a: &a [1]\nb: *a\n',
  '\u0000',
];

/** Requests for one operation: parameters and bodies from the schemas and the server's state. */
export function requestsFor(op: Operation, known: Known): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(requestsIn(op, known, 'valid'), requestsIn(op, known, 'hostile'));
}

function requestsIn(op: Operation, known: Known, mode: Mode): fc.Arbitrary<FuzzRequest> {
  const value = (p: Parameter) => fromSchema(p.schema, known, mode, p.name);
  // A valid request has every path parameter; optional ones are left out now and then.
  const params = fc.tuple(
    ...op.parameters.map((p) =>
      mode === 'valid' && p.in === 'path'
        ? value(p)
        : fc.option(value(p), { freq: mode === 'valid' ? 2 : 8, nil: undefined }),
    ),
  );
  const bodyTypes = Object.keys(op.bodies);
  const body: fc.Arbitrary<{ type: string; text: string } | undefined> =
    bodyTypes.length === 0
      ? fc.constant(undefined)
      : fc.oneof(
          ...bodyTypes.map((type) =>
            type.includes('yaml')
              ? fc.constantFrom(...YAML_BODIES).map((text) => ({ type, text }))
              : fromSchema(op.bodies[type]!, known, mode).map((v) => ({
                  type,
                  text: (JSON.stringify(v) as string | undefined) ?? 'null',
                })),
          ),
          ...(mode === 'valid'
            ? []
            : [
                fc
                  .constantFrom(...HOSTILE_STRINGS)
                  .map((text) => ({ type: 'application/json', text })),
              ]),
        );
  return fc.tuple(params, body).map(([values, b]) => {
    let url = op.path;
    const query = new URLSearchParams();
    const headers: Record<string, string> = { 'x-bearing-request': '1' };
    op.parameters.forEach((p, i) => {
      const v = values[i];
      if (p.in === 'path') {
        url = url.replace(`{${p.name}}`, encodeSegment(v ?? 'missing'));
      } else if (p.in === 'query') {
        const text = asText(v);
        if (text !== undefined) query.set(p.name, text.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
      } else {
        const text = asText(v);
        // Header values are bytes 0x20–0x7e here; anything else cannot be sent at all.
        if (text !== undefined && /^[\x20-\x7e]*$/.test(text)) headers[p.name] = text;
      }
    });
    const search = query.toString();
    if (b !== undefined) headers['content-type'] = b.type;
    return {
      method: op.method,
      url: search === '' ? url : `${url}?${search}`,
      headers,
      ...(b === undefined ? {} : { payload: b.text }),
    };
  });
}
