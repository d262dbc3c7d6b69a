// The records the knowledge base stores, and the typed idb schema over them.
import type { DBSchema } from 'idb';
import type { Listing } from '../detect/types';
import type { EntityType, EventKind, EventStatus, PackSummary, SourceRef } from './types';

/** Identifiers an entity may carry; the same names as the pack format. */
export type Identifiers = Partial<Record<'isin' | 'lei' | 'wikidata' | 'cik', string>>;

/** One installed pack: its header, where it came from, and what it brought. */
export interface PackRecord extends PackSummary {
  licence: string;
  homepage?: string;
  description?: string;
}

/** What a pack says an entity is; a KB entity merges these from its facts. */
export interface EntityFields {
  type: EntityType;
  name: string;
  aliases: string[];
  listings: Listing[];
  identifiers: Identifiers;
  country?: string;
  website?: string;
}

/**
 * What one pack says about one entity. Facts are the truth; entities are derived from them
 * (a connected group of facts that share an identifier or listing is one entity, see docs/adr).
 */
export interface FactRecord extends EntityFields {
  packId: string;
  localId: string;
  /** The KB entity this fact belongs to now. */
  entityId: string;
  /** Merge precedence: the fact of the pack with fewer entities (the more curated) speaks first. */
  rank: string;
  /** Merge keys: `wikidata:Q1359568`, `cik:1577552`, `listing:XNYS:BABA`. */
  keys: string[];
  background?: { text: string; sources: SourceRef[] };
}

/** A KB entity: the merged view of its facts, kept so cards, search and the lexicon need one read. */
export interface EntityRecord extends EntityFields {
  id: string;
  /** Normalised name and aliases, for prefix search. */
  terms: string[];
  /** Listed symbols, upper case, for ticker search. */
  symbols: string[];
}

export interface ArticleRecord {
  packId: string;
  id: string;
  url: string;
  title: string;
  publisher: string;
  published: string;
  authors: string[];
}

export interface EventRecord {
  packId: string;
  id: string;
  kind: EventKind;
  date: string;
  /** `entity` is a local id of the pack (resolved to a KB entity when read), or a free `name`. */
  by: { entity?: string; name?: string }[];
  about: string[];
  /** `packId/localId` of each entity it is about: indexed, so a timeline is one index read per fact. */
  aboutRefs: string[];
  summary: string;
  quotes: string[];
  status: EventStatus;
  sources: SourceRef[];
  respondsTo?: string;
  /** `packId/eventId` of the event it answers. */
  respondsRef?: string;
}

export interface KbSchema extends DBSchema {
  packs: { key: string; value: PackRecord };
  facts: {
    key: [string, string];
    value: FactRecord;
    indexes: { 'by-pack': string; 'by-entity': string; 'by-key': string };
  };
  entities: { key: string; value: EntityRecord; indexes: { 'by-term': string; 'by-symbol': string } };
  articles: { key: [string, string]; value: ArticleRecord; indexes: { 'by-pack': string } };
  events: {
    key: [string, string];
    value: EventRecord;
    indexes: { 'by-pack': string; 'by-about': string; 'by-responds': string };
  };
}

export const STORES = ['packs', 'facts', 'entities', 'articles', 'events'] as const;

/** `packId/localId`: unambiguous, since pack ids never contain a slash. */
export const ref = (packId: string, localId: string): string => `${packId}/${localId}`;
