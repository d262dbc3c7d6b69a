// What a tab mentions, over its top page and the same-origin frames in it: the pure part of src/background/pages.ts.
import type { Mention } from '../detect/types';
import { withMentions } from '../shared/counts';
import type { ScanFrame } from '../shared/messages';

export interface TabRecord {
  url: string;
  title: string;
  published: string | null;
  /** The top page's load this record belongs to (ScanFrame.page). */
  page: string;
  /** Entity id -> how many marks, over the page and its frames. */
  counts: Record<string, number>;
  /** Per document (the top page, each frame): entity id -> how many marks. */
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
 * The record of this page load and URL: the previous one, or a fresh one (another load, or a single-page app moved
 * on). Only the top page says where the tab is: a frame reports the top's URL as it reads it, #hash and all.
 */
function recordFor(previous: TabRecord | null, url: string, frame: ScanFrame): TabRecord {
  return previous !== null && previous.page === frame.page && (frame.id !== 'top' || previous.url === url)
    ? { ...previous, frames: { ...previous.frames } }
    : { url, title: '', published: null, page: frame.page, counts: {}, frames: {}, unknownTickers: [] };
}

/**
 * The tab's record after one scan: the top page's title and date, the tickers nobody lists, and the document's
 * marks as they will be once the scan's mentions are marked (`marked`: its marks before the scan). A document whose
 * marks come out otherwise (text gone, content moved and marked already) reports them with withMarks.
 */
export function withScan(
  previous: TabRecord | null,
  scan: ScanOf,
  mentions: Mention[],
  marked: Record<string, number> = {},
): TabRecord {
  const record = withMarks(previous, scan, withMentions(marked, mentions));
  if (scan.frame.id === 'top') {
    record.title = scan.title;
    record.published = scan.published ?? record.published;
  }
  const unknown = new Set(record.unknownTickers);
  for (const mention of mentions) {
    if (!mention.entity && mention.kind === 'ticker' && mention.symbol && unknown.size < maxUnknownTickers)
      unknown.add(mention.exchange ? `${mention.exchange}: ${mention.symbol}` : mention.symbol);
  }
  record.unknownTickers = [...unknown];
  return record;
}

/** The tab's record once a document reported its marks: they replace what that document reported before. */
export function withMarks(
  previous: TabRecord | null,
  report: { url: string; frame: ScanFrame },
  counts: Record<string, number>,
): TabRecord {
  const record = recordFor(previous, report.url, report.frame);
  if (!record.frames[report.frame.id] && Object.keys(record.frames).length >= maxFrames) return record;
  record.frames[report.frame.id] = counts;
  record.counts = sumCounts(Object.values(record.frames));
  return record;
}

function sumCounts(all: Record<string, number>[]): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const counts of all) for (const [id, n] of Object.entries(counts)) sum[id] = (sum[id] ?? 0) + n;
  return sum;
}
