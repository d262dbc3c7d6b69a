// What each tab mentions, kept in storage.session so the popup can read it after the worker slept.
import browser from 'webextension-polyfill';
import type { Mention } from '../detect/types';

export interface TabRecord {
  url: string;
  title: string;
  published: string | null;
  /** Entity id -> how many mentions. */
  counts: Record<string, number>;
  unknownTickers: string[];
}

const keyOf = (tabId: number) => `tab:${tabId}`;
/** A page full of made-up cashtags must not grow the record (storage.session has a quota) without end. */
const maxUnknownTickers = 200;

export async function readTab(tabId: number): Promise<TabRecord | null> {
  const key = keyOf(tabId);
  return ((await browser.storage.session.get(key))[key] as TabRecord | undefined) ?? null;
}

/** Adds a scan's mentions to the tab's record (or starts it afresh), and returns the new record. */
export async function recordScan(
  tabId: number,
  page: { url: string; title: string; published: string | null; append: boolean },
  mentions: Mention[],
): Promise<TabRecord> {
  const previous = page.append ? await readTab(tabId) : null;
  const record: TabRecord =
    previous && previous.url === page.url
      ? previous
      : { url: page.url, title: page.title, published: null, counts: {}, unknownTickers: [] };
  record.title = page.title;
  const unknown = new Set(record.unknownTickers);
  record.published = page.published ?? record.published;
  for (const mention of mentions) {
    if (mention.entity) record.counts[mention.entity] = (record.counts[mention.entity] ?? 0) + 1;
    else if (mention.kind === 'ticker' && mention.symbol && unknown.size < maxUnknownTickers)
      unknown.add(mention.exchange ? `${mention.exchange}: ${mention.symbol}` : mention.symbol);
  }
  record.unknownTickers = [...unknown];
  await browser.storage.session.set({ [keyOf(tabId)]: record });
  await showBadge(tabId, Object.keys(record.counts).length);
  return record;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}

async function showBadge(tabId: number, entities: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#263a66' });
  await browser.action.setBadgeText({ tabId, text: entities ? String(entities) : '' });
}
