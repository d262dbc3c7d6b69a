// Generates public/pack.schema.json (JSON Schema 2020-12) from the one declarative spec, so editors can validate.
import { PACK_SPEC, type Spec } from './spec';

type JsonSchema = Record<string, unknown>;

const FORMATS = { url: 'uri', date: undefined, timestamp: undefined, semver: undefined } as const;

function toSchema(spec: Spec): JsonSchema {
  const doc = spec.description ? { description: spec.description } : {};
  switch (spec.kind) {
    case 'const':
      return { ...doc, const: spec.value };
    case 'string': {
      const format = spec.check ? FORMATS[spec.check] : undefined;
      return {
        ...doc,
        type: 'string',
        ...(spec.oneOf ? { enum: [...spec.oneOf] } : {}),
        ...(spec.min ? { minLength: spec.min } : {}),
        maxLength: spec.max,
        ...(spec.pattern ? { pattern: spec.pattern } : {}),
        ...(format ? { format } : {}),
      };
    }
    case 'array':
      return {
        ...doc,
        type: 'array',
        items: toSchema(spec.items),
        ...(spec.min ? { minItems: spec.min } : {}),
        maxItems: spec.max,
      };
    case 'object': {
      const entries = Object.entries(spec.props);
      return {
        ...doc,
        type: 'object',
        properties: Object.fromEntries(entries.map(([k, f]) => [k, toSchema(f.spec)])),
        required: entries.filter(([, f]) => f.required).map(([k]) => k),
        additionalProperties: false,
      };
    }
  }
}

/** The JSON Schema of pack format v1. References between records are checked by validatePack only. */
export function packJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Backstory article pack, format backstory-pack/1',
    ...toSchema(PACK_SPEC),
    $comment:
      'Generated from src/packs/spec.ts by scripts/pack.ts schema. Ids being unique and references resolving are checked by `npm run pack -- validate`, not by this schema.',
  };
}

/** The committed file's text. */
export const packJsonSchemaText = (): string => `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
