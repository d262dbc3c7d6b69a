// The background's answers to every message of the protocol.
import browser, { type Runtime } from 'webextension-polyfill';
// crxjs builds the card as a module of its own, web-accessible, and gives its path: the content script is a classic
// script (no loader, no module requests on every page) that imports the card from there on first hover.
import cardModule from '../content/card?script&module';
import { scan } from '../detect';
import { getDetail, searchEntities } from '../kb/queries';
import { canonicalPackText } from '../packs/canonical';
import { exportPack, importPack, listPacks, removePack } from '../packs/import';
import type { Handlers, PageReport } from '../shared/messages';
import { mutedFor } from '../shared/settings';
import { loadSettings, saveSettings } from '../shared/settings-store';
import { cardsOf, kbChanged } from './cards';
import { kb, rememberRemovedBundled } from './kb';
import { lexicon } from './lexicon';
import { readTab, recordMarks, recordScan } from './pages';

/** Packs from outside are bounded before parsing, so a huge file cannot exhaust the worker. */
const maxPackBytes = 20 * 1024 * 1024;
/** A page's text is scanned up to this length (the longest corpus page, a 10-K filing, has 0.5 M characters). */
const maxScanChars = 4_000_000;

/**
 * The host of the page that asked, for its per-site mutes: the browser's own word (the frame's URL, then its tab's)
 * before the URL the content script wrote in the request. An address that does not parse, or has no host
 * (about:blank), falls through to the next; none at all is the empty host, where only the everywhere mutes apply.
 */
function hostOfSender(sender: Runtime.MessageSender, requestUrl: string): string {
  for (const url of [sender.url, sender.tab?.url, requestUrl]) {
    if (!url || !URL.canParse(url)) continue;
    const host = new URL(url).hostname;
    if (host) return host;
  }
  return '';
}

export const handlers: Handlers = {
  async 'page/scan'(req, sender) {
    const [lex, settings] = await Promise.all([lexicon(), loadSettings()]);
    const mentions = scan(req.text.slice(0, maxScanChars), lex, {
      muted: mutedFor(settings, hostOfSender(sender, req.url)),
    });
    const tabId = sender.tab?.id;
    if (tabId !== undefined && validFrame(req.frame))
      await recordScan(tabId, req, mentions, sanitiseCounts(req.marked));
    const ids = [...new Set(mentions.flatMap((m) => (m.entity ? [m.entity] : [])))];
    const cards = await cardsOf(ids);
    const notable = cards.filter((c) => c.allegations + c.denials > 0 || c.latest).map((c) => c.id);
    return { mentions, notable, cardModule };
  },

  async 'page/marks'(req, sender) {
    const tabId = sender.tab?.id;
    if (tabId !== undefined && validFrame(req.frame)) await recordMarks(tabId, req, sanitiseCounts(req.counts));
  },

  async 'page/report'({ tabId }) {
    const record = await readTab(tabId);
    if (!record) return null;
    const cards = await cardsOf(Object.keys(record.counts));
    const entities = cards
      .map((card) => ({ card, count: record.counts[card.id] ?? 0 }))
      .sort((a, b) => b.count - a.count || a.card.name.localeCompare(b.card.name));
    return {
      url: record.url,
      title: record.title,
      published: record.published,
      entities,
      unknownTickers: record.unknownTickers,
    } satisfies PageReport;
  },

  async 'kb/card'({ id }) {
    return (await cardsOf([id]))[0] ?? null;
  },

  async 'kb/entity'({ id }) {
    return getDetail(await kb(), id);
  },

  async 'kb/search'({ query, limit }) {
    return searchEntities(await kb(), query, limit ?? 20);
  },

  async 'packs/list'() {
    return listPacks(await kb());
  },

  async 'packs/import'({ json, source, url }) {
    if (json.length > maxPackBytes)
      return { ok: false, errors: [{ path: '$', message: `the file is larger than ${maxPackBytes >> 20} MB` }] };
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch (error) {
      return { ok: false, errors: [{ path: '$', message: `not JSON: ${String(error)}` }] };
    }
    try {
      return await importPack(await kb(), raw, url ? { source, url } : { source });
    } finally {
      kbChanged();
    }
  },

  async 'packs/remove'({ id }) {
    const db = await kb();
    const bundled = (await listPacks(db)).some((pack) => pack.id === id && pack.source === 'bundled');
    const removed = await removePack(db, id).finally(kbChanged);
    if (removed && bundled) await rememberRemovedBundled(id);
    return removed;
  },

  async 'packs/export'({ entityId }) {
    return canonicalPackText(await exportPack(await kb(), entityId ? { entityId } : {}));
  },

  async 'settings/get'() {
    return loadSettings();
  },

  async 'settings/set'(change) {
    return saveSettings(change);
  },

  async 'ui/details'({ id }, sender) {
    const tabId = sender.tab?.id;
    const page = browser.runtime.getURL('src/popup/index.html');
    const query = new URLSearchParams({ entity: id, ...(tabId !== undefined ? { tab: String(tabId) } : {}) });
    await browser.tabs.create({ url: `${page}?${query}`, index: (sender.tab?.index ?? -1) + 1 });
  },
};

/** The frame a content script names, before it becomes a key in storage: two short strings. */
const validFrame = (frame: unknown): boolean => {
  const { page, id } = (frame ?? {}) as Record<string, unknown>;
  return typeof page === 'string' && typeof id === 'string' && page.length <= 64 && id.length <= 64;
};

/** A content script runs beside page scripts: its counts are bounded and checked before they are stored. */
function sanitiseCounts(counts: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (typeof counts !== 'object' || counts === null) return out;
  for (const [id, n] of Object.entries(counts).slice(0, 10_000)) {
    if (id.length <= 200 && typeof n === 'number' && Number.isInteger(n) && n > 0) out[id] = n;
  }
  return out;
}
