// What a tab mentions, over its top page and the same-origin frames in it: the pure part of src/background/pages.ts.
import type { Mention } from '../detect/types';
import type { ScanFrame } from '../shared/messages';

export interface TabRecord {
  url: string;
  title: string;
  published: string | null;
  /** The top page's load this record belongs to (ScanFrame.page). */
  page: string;
  /** Entity id -> how many mentions, over the page and its frames. */
  counts: Record<string, number>;
  /** Per document (the top page, each frame): entity id -> how many mentions. */
  frames: Record<string, Record<string, number>>;
  unknownTickers: string[];
}

export interface ScanOf {
  url: string;
  title: string;
  published: string | null;
  append: boolean;
  frame: ScanFrame;
}

/** A page full of made-up cashtags must not grow the record (storage.session has a quota) without end. */
const maxUnknownTickers = 200;
/** Nor a page full of frames (each keeps its own counts). */
const maxFrames = 50;

/**
 * The tab's record after one scan. A scan of another page load, or of another URL of the same load (a single-page
 * app moved on), starts the record afresh; a document's first scan replaces what that document said before, its
 * later (`append`) scans add to it.
 */
export function withScan(previous: TabRecord | null, scan: ScanOf, mentions: Mention[]): TabRecord {
  const samePage = previous !== null && previous.page === scan.frame.page && previous.url === scan.url;
  const record: TabRecord = samePage
    ? { ...previous, frames: { ...previous.frames } }
    : { url: scan.url, title: '', published: null, page: scan.frame.page, counts: {}, frames: {}, unknownTickers: [] };
  const top = scan.frame.id === 'top';
  if (top) {
    record.title = scan.title;
    record.published = scan.published ?? record.published;
  }
  const known = record.frames[scan.frame.id];
  if (!known && Object.keys(record.frames).length >= maxFrames) return record;
  const counts = scan.append && known ? { ...known } : {};
  const unknown = new Set(record.unknownTickers);
  for (const mention of mentions) {
    if (mention.entity) counts[mention.entity] = (counts[mention.entity] ?? 0) + 1;
    else if (mention.kind === 'ticker' && mention.symbol && unknown.size < maxUnknownTickers)
      unknown.add(mention.exchange ? `${mention.exchange}: ${mention.symbol}` : mention.symbol);
  }
  record.frames[scan.frame.id] = counts;
  record.counts = sumCounts(Object.values(record.frames));
  record.unknownTickers = [...unknown];
  return record;
}

function sumCounts(all: Record<string, number>[]): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const counts of all) for (const [id, n] of Object.entries(counts)) sum[id] = (sum[id] ?? 0) + n;
  return sum;
}
