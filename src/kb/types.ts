// The shapes the knowledge base stores and the views it answers the UI with.
import type { Listing } from '../detect/types';

export type EntityType = 'company' | 'organisation' | 'government-body' | 'person';
export type EventKind = 'allegation' | 'denial' | 'response' | 'action' | 'ruling' | 'correction';
export type EventStatus = 'alleged' | 'denied' | 'disputed' | 'confirmed' | 'refuted' | 'withdrawn' | 'unresolved';

/** A source: an article of the pack, and the passage quoted from it where there is one. */
export interface SourceRef {
  article: string;
  quote?: string;
}

/** An article as the UI shows it with a source. */
export interface ArticleView {
  id: string;
  url: string;
  title: string;
  publisher: string;
  published: string;
}

/** The few facts the hover card shows. */
export interface EntityCard {
  id: string;
  name: string;
  type: EntityType;
  listings: Listing[];
  /** First sentence of the background, or ''. */
  summary: string;
  allegations: number;
  denials: number;
  latest: {
    kind: EventKind;
    date: string;
    summary: string;
    source: ArticleView | null;
  } | null;
}

/** One event in a timeline, with the pack it came from and its sources resolved. */
export interface EventView {
  id: string;
  packId: string;
  packTitle: string;
  kind: EventKind;
  date: string;
  by: { id: string | null; name: string }[];
  summary: string;
  quotes: string[];
  status: EventStatus;
  sources: (ArticleView & { quote?: string })[];
}

/** An allegation (or other top-level event) with the denials and responses that answer it, in date order. */
export interface TimelineItem extends EventView {
  responses: EventView[];
}

/** Everything the popup and details page show for one entity. */
export interface EntityDetail {
  card: EntityCard;
  aliases: string[];
  identifiers: Record<string, string>;
  country: string | null;
  website: string | null;
  background: { text: string; packId: string; packTitle: string; sources: ArticleView[] }[];
  timeline: TimelineItem[];
}

/** A pack as the options page lists it. */
export interface PackSummary {
  id: string;
  title: string;
  version: string;
  publisher: string;
  updated: string;
  source: 'bundled' | 'file' | 'url';
  url?: string;
  counts: { entities: number; events: number; articles: number };
}

/** One validation error: where (JSON path such as `events[3].respondsTo`) and what. */
export interface PackError {
  path: string;
  message: string;
}

export type ImportReport =
  { ok: true; pack: PackSummary; outcome: 'imported' | 'updated' | 'unchanged' } | { ok: false; errors: PackError[] };
