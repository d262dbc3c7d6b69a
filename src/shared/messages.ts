// The one typed protocol between the content script, the extension pages and the background.
import type { Runtime } from 'webextension-polyfill';
import type { Mention } from '../detect/types';
import type { EntityCard, EntityDetail, ImportReport, PackSummary } from '../kb/types';
import type { Settings } from './settings';

/** An entity the page mentions, with how often. */
export interface PageEntity {
  card: EntityCard;
  count: number;
}

export interface PageReport {
  url: string;
  title: string;
  /** When the article on the page was published (ISO 8601, as the page declares it), if it says. */
  published: string | null;
  entities: PageEntity[];
  /** Tickers nobody in the knowledge base lists. */
  unknownTickers: string[];
}

/**
 * Which document of a tab a scan comes from: the top page or a same-origin frame in it. `page` identifies the top
 * page's load (its performance.timeOrigin), so a frame that finishes before the top page adds to the same record.
 */
export interface ScanFrame {
  page: string;
  /** 'top', or an id of the frame's document. */
  id: string;
}

export type Protocol = {
  /**
   * Content script: find the mentions in the page's extracted text, and record them for the tab.
   * `append` adds to what the tab already reported (new content); `marked`: the document's marks before this scan,
   * which the tab's counts take to be these plus the mentions found (page/marks corrects them where the marks come
   * out otherwise). `notable` lists the entities with events on record; `cardModule` is the path of the card's module
   * in the extension, which the content script imports on first hover.
   */
  'page/scan': {
    req: {
      text: string;
      url: string;
      title: string;
      published: string | null;
      append: boolean;
      frame: ScanFrame;
      marked: Record<string, number>;
    };
    res: { mentions: Mention[]; notable: string[]; cardModule: string };
  };
  /**
   * Content script, after a scan whose marks came out otherwise than page/scan took them to (text gone, content a
   * page moved around and marked already), and when it stops marking: how many marks of each entity this document
   * now has. The tab's counts are what is marked, not what was scanned.
   */
  'page/marks': { req: { url: string; frame: ScanFrame; counts: Record<string, number> }; res: void };
  /** Popup: what the given tab mentions. */
  'page/report': { req: { tabId: number }; res: PageReport | null };
  'kb/card': { req: { id: string }; res: EntityCard | null };
  'kb/entity': { req: { id: string }; res: EntityDetail | null };
  'kb/search': { req: { query: string; limit?: number }; res: EntityCard[] };
  'packs/list': { req: void; res: PackSummary[] };
  'packs/import': { req: { json: string; source: 'file' | 'url'; url?: string }; res: ImportReport };
  'packs/remove': { req: { id: string }; res: boolean };
  'packs/export': { req: { entityId?: string }; res: string };
  'settings/get': { req: void; res: Settings };
  'settings/set': { req: Partial<Settings>; res: Settings };
  /** Content script: open the details of an entity (the popup where possible, else a tab). */
  'ui/details': { req: { id: string }; res: void };
};

export type MessageName = keyof Protocol;

/**
 * What a content script may ask. It runs inside web pages, so a compromised page renderer could speak for it:
 * everything else (the packs, the settings, the whole knowledge base) answers extension pages only.
 */
export const contentScriptMessages: ReadonlySet<MessageName> = new Set<MessageName>([
  'page/scan',
  'page/marks',
  'kb/card',
  'settings/get',
  'ui/details',
]);
export type Request<N extends MessageName> = Protocol[N]['req'];
export type Response<N extends MessageName> = Protocol[N]['res'];

/** What crosses the boundary: failures come back as values, never as thrown errors. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Message<N extends MessageName = MessageName> {
  type: N;
  req: Request<N>;
}

export type Handlers = {
  [N in MessageName]: (req: Request<N>, sender: Runtime.MessageSender) => Promise<Response<N>>;
};

/** What the background tells a tab's content script. */
export type ContentCommand = { type: 'content/next-mention' };
