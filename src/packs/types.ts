// The shape of a valid pack (format backstory-pack/1), as validatePack returns it.
import type { Listing } from '../detect/types';
import type { EntityType, EventKind, EventStatus, SourceRef } from '../kb/types';

export const PACK_FORMAT = 'backstory-pack/1';

/** Identifiers, named after FollowTheMoney's isinCode / leiCode / wikidataId and the SEC's CIK. */
export interface PackIdentifiers {
  isin?: string;
  lei?: string;
  wikidata?: string;
  cik?: string;
}

export interface PackBackground {
  text: string;
  sources: SourceRef[];
}

export interface PackEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases?: string[];
  listings?: Listing[];
  identifiers?: PackIdentifiers;
  country?: string;
  website?: string;
  background?: PackBackground;
}

export interface PackArticle {
  id: string;
  url: string;
  title: string;
  publisher: string;
  published: string;
  authors?: string[];
}

export interface PackEvent {
  id: string;
  kind: EventKind;
  date: string;
  /** Entity ids of this pack, or free names (anything that is not an id: `Anonymous US officials`). */
  by: string[];
  about: string[];
  summary: string;
  quotes?: string[];
  status: EventStatus;
  sources: SourceRef[];
  respondsTo?: string;
}

export interface PackHeader {
  format: typeof PACK_FORMAT;
  id: string;
  title: string;
  version: string;
  publisher: string;
  licence: string;
  updated: string;
  homepage?: string;
  description?: string;
}

export interface Pack extends PackHeader {
  entities: PackEntity[];
  articles: PackArticle[];
  events: PackEvent[];
}
