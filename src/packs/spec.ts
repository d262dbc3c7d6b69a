// The one declarative description of pack format v1: the validator walks it, the JSON Schema is generated from it.

/** A format check the validator runs in code (beyond the pattern, which the JSON Schema also carries). */
export type Check = 'url' | 'date' | 'timestamp' | 'semver';

export type Spec =
  | {
      kind: 'string';
      max: number;
      min?: number;
      /** Regular expression source, ECMA-262, valid in JSON Schema too. */
      pattern?: string;
      /** What the pattern means, for the curator's error message. */
      hint?: string;
      oneOf?: readonly string[];
      check?: Check;
      description?: string;
    }
  | { kind: 'const'; value: string; description?: string }
  | { kind: 'array'; items: Spec; max: number; min?: number; description?: string }
  | { kind: 'object'; props: Readonly<Record<string, Field>>; description?: string };

export interface Field {
  spec: Spec;
  required?: boolean;
}

/** Size bounds: generous for the SEC directory (~8k entities), small enough that a hostile pack cannot hurt. */
export const LIMITS = {
  fileChars: 16 * 1024 * 1024,
  entities: 50_000,
  articles: 50_000,
  events: 100_000,
} as const;

// Free text: no control characters (tabs and newlines allowed where text may be long).
const LINE = '^[^\\u0000-\\u001f\\u007f]*$';
const TEXT = '^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$';
const NO_CONTROL = 'text without control characters';

const line = (max: number, description?: string): Spec => ({
  kind: 'string',
  min: 1,
  max,
  pattern: LINE,
  hint: NO_CONTROL,
  description,
});
const text = (max: number, description?: string): Spec => ({
  kind: 'string',
  min: 1,
  max,
  pattern: TEXT,
  hint: NO_CONTROL,
  description,
});
const url = (description: string): Spec => ({
  kind: 'string',
  max: 2048,
  pattern: '^https?://',
  hint: 'an http(s) URL',
  check: 'url',
  description,
});
const list = (items: Spec, max: number, description?: string, min = 0): Spec => ({
  kind: 'array',
  items,
  max,
  min,
  description,
});

/** Pack ids: lower case, digits and hyphens. */
export const PACK_ID_PATTERN = '^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$';
/** Entity, article and event ids within a pack. A `by` string that looks like this must be an entity id. */
export const LOCAL_ID_PATTERN = '^[a-z0-9][a-z0-9._:-]{0,127}$';
const localId = (description: string): Spec => ({
  kind: 'string',
  max: 128,
  pattern: LOCAL_ID_PATTERN,
  hint: 'an id: lower-case letters, digits and . _ : - (starting with a letter or digit)',
  description,
});

const DATE_PATTERN = '^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$';
const TIMESTAMP_PATTERN =
  '^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,3})?)?(?:Z|[+-]\\d{2}:\\d{2}))?$';

const sourceRef: Spec = {
  kind: 'object',
  description: 'A source: an article of this pack, and the passage quoted from it where there is one.',
  props: {
    article: { spec: localId('The id of an article in this pack.'), required: true },
    quote: { spec: text(2000, 'The passage of the article that supports the statement.') },
  },
};

const listing: Spec = {
  kind: 'object',
  description: 'A listing on an exchange (as Wikidata models a ticker): ISO 10383 MIC and symbol.',
  props: {
    exchange: {
      spec: { kind: 'string', max: 4, pattern: '^[A-Z0-9]{4}$', hint: 'an ISO 10383 MIC such as XNYS' },
      required: true,
    },
    symbol: {
      spec: { kind: 'string', max: 16, pattern: '^[A-Z0-9][A-Z0-9.-]{0,15}$', hint: 'a ticker symbol in upper case' },
      required: true,
    },
  },
};

const identifiers: Spec = {
  kind: 'object',
  description:
    'Identifiers (FollowTheMoney isinCode, leiCode, wikidataId; SEC CIK). They decide which entities of different packs are one.',
  props: {
    isin: { spec: { kind: 'string', max: 12, pattern: '^[A-Z]{2}[A-Z0-9]{9}[0-9]$', hint: 'an ISIN (12 characters)' } },
    lei: { spec: { kind: 'string', max: 20, pattern: '^[A-Z0-9]{18}[0-9]{2}$', hint: 'an LEI (20 characters)' } },
    wikidata: {
      spec: { kind: 'string', max: 12, pattern: '^Q[1-9][0-9]{0,10}$', hint: 'a Wikidata item id such as Q1359568' },
    },
    cik: { spec: { kind: 'string', max: 10, pattern: '^[1-9][0-9]{0,9}$', hint: 'an SEC CIK without leading zeros' } },
  },
};

const entity: Spec = {
  kind: 'object',
  description:
    'A company, organisation, government body or person (schema.org Organization / Person; FtM LegalEntity).',
  props: {
    id: { spec: localId('Unique within the pack.'), required: true },
    type: {
      spec: { kind: 'string', max: 32, oneOf: ['company', 'organisation', 'government-body', 'person'] },
      required: true,
    },
    name: { spec: line(300, 'The name a reader knows it by.'), required: true },
    aliases: { spec: list(line(300), 50, 'Further names a reader would recognise.') },
    listings: { spec: list(listing, 50, 'Several for dual listings and share classes.') },
    identifiers: { spec: identifiers },
    country: { spec: { kind: 'string', max: 2, pattern: '^[A-Z]{2}$', hint: 'an ISO 3166-1 alpha-2 code' } },
    website: { spec: url('Its own website.') },
    background: {
      spec: {
        kind: 'object',
        props: {
          text: { spec: text(5000, 'A short background. Plain text, never rendered as HTML.'), required: true },
          sources: { spec: list(sourceRef, 20), required: true },
        },
      },
    },
  },
};

const article: Spec = {
  kind: 'object',
  description: 'A news article (schema.org NewsArticle).',
  props: {
    id: { spec: localId('Unique within the pack.'), required: true },
    url: { spec: url('Where the article is published.'), required: true },
    title: { spec: line(500), required: true },
    publisher: { spec: line(200), required: true },
    published: {
      spec: {
        kind: 'string',
        max: 29,
        pattern: TIMESTAMP_PATTERN,
        hint: 'a date (2025-11-15) or date-time with offset',
        check: 'timestamp',
      },
      required: true,
    },
    authors: { spec: list(line(200), 20) },
  },
};

const event: Spec = {
  kind: 'object',
  description: 'Something said or done about entities (schema.org Claim for allegations, denials and responses).',
  props: {
    id: { spec: localId('Unique within the pack.'), required: true },
    kind: {
      spec: { kind: 'string', max: 16, oneOf: ['allegation', 'denial', 'response', 'action', 'ruling', 'correction'] },
      required: true,
    },
    date: {
      spec: {
        kind: 'string',
        max: 10,
        pattern: DATE_PATTERN,
        hint: 'a date: 2025, 2025-11 or 2025-11-01',
        check: 'date',
      },
      required: true,
    },
    by: { spec: list(line(300), 20, 'Who made it: entity ids of this pack, or free names.'), required: true },
    about: { spec: list(localId('An entity id of this pack.'), 50, 'Whom it is about.', 1), required: true },
    summary: { spec: text(2000, 'Plain text, never rendered as HTML.'), required: true },
    quotes: { spec: list(text(2000), 20) },
    status: {
      spec: {
        kind: 'string',
        max: 16,
        oneOf: ['alleged', 'denied', 'disputed', 'confirmed', 'refuted', 'withdrawn', 'unresolved'],
      },
      required: true,
    },
    sources: { spec: list(sourceRef, 20, 'Articles that report it.', 1), required: true },
    respondsTo: { spec: localId('The id of the event (in this pack) this one answers.') },
  },
};

/** Pack format v1. Property order here is the canonical key order. */
export const PACK_SPEC: Spec = {
  kind: 'object',
  description:
    'A Backstory article pack: entities, the articles that report on them, and the events the articles report.',
  props: {
    format: { spec: { kind: 'const', value: 'backstory-pack/1' }, required: true },
    id: {
      spec: {
        kind: 'string',
        max: 64,
        pattern: PACK_ID_PATTERN,
        hint: 'lower-case letters, digits and hyphens',
        description: 'Stable across versions.',
      },
      required: true,
    },
    title: { spec: line(200), required: true },
    version: {
      spec: {
        kind: 'string',
        max: 32,
        pattern: '^(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})$',
        hint: 'a version MAJOR.MINOR.PATCH such as 1.2.0',
        check: 'semver',
      },
      required: true,
    },
    publisher: { spec: line(200), required: true },
    licence: { spec: line(200, 'An SPDX licence id (CC-BY-4.0) or a short licence statement.'), required: true },
    updated: {
      spec: {
        kind: 'string',
        max: 10,
        pattern: '^\\d{4}-\\d{2}-\\d{2}$',
        hint: 'a date such as 2025-11-16',
        check: 'date',
      },
      required: true,
    },
    homepage: { spec: url('Where the pack is maintained.') },
    description: { spec: text(5000) },
    entities: { spec: { kind: 'array', items: entity, max: LIMITS.entities }, required: true },
    articles: { spec: { kind: 'array', items: article, max: LIMITS.articles }, required: true },
    events: { spec: { kind: 'array', items: event, max: LIMITS.events }, required: true },
  },
};
