// A tab's record over its page and same-origin frames: which reports replace, which start afresh.
import { describe, expect, test } from 'vitest';
import type { Mention } from '../../src/detect/types';
import { withMarks, withScan, type ScanOf, type TabRecord } from '../../src/background/tab-record';

const ticker = (symbol: string): Mention => ({
  start: 0,
  end: 1,
  text: symbol,
  kind: 'ticker',
  exchange: null,
  symbol,
  form: null,
  entity: null,
});

const scanOf = (frame: string, page = 'load-1', url = 'https://news.test/a'): ScanOf => ({
  url,
  title: frame === 'top' ? 'The article' : 'a frame',
  published: null,
  append: false,
  frame: { page, id: frame },
});

type Step = (record: TabRecord | null) => TabRecord;
const scanned =
  (frame: string, mentions: Mention[] = [], page?: string, url?: string): Step =>
  (record) =>
    withScan(record, scanOf(frame, page, url), mentions);
const marked =
  (frame: string, counts: Record<string, number>, page = 'load-1', url = 'https://news.test/a'): Step =>
  (record) =>
    withMarks(record, { url, frame: { page, id: frame } }, counts);
const after = (...steps: Step[]): TabRecord => steps.reduce<TabRecord | null>((r, step) => step(r), null)!;

describe('the tab record', () => {
  test('a frame that finishes before the page still counts, and the title is the top page’s', () => {
    const record = after(scanned('f1'), marked('f1', { baba: 1 }), scanned('top'), marked('top', { baba: 1, pla: 1 }));
    expect(record.counts).toEqual({ baba: 2, pla: 1 });
    expect(record.title).toBe('The article');
  });

  test('a document’s report of its marks replaces its last one (moved content is marked, and counted, once)', () => {
    const record = after(scanned('top'), marked('top', { baba: 2 }), scanned('top'), marked('top', { baba: 2 }));
    expect(record.counts).toEqual({ baba: 2 });
  });

  test('another load of the page, or another URL of a single-page app, starts afresh', () => {
    const first = after(scanned('top'), marked('top', { baba: 1 }), marked('f1', { pla: 1 }));
    expect(after(() => first, scanned('top', [], 'load-2'), marked('top', { xi: 1 }, 'load-2')).counts).toEqual({
      xi: 1,
    });
    const moved = after(() => first, scanned('top', [], 'load-1', 'https://news.test/b'));
    expect(moved.counts).toEqual({});
    expect(moved.url).toBe('https://news.test/b');
  });

  test('a frame reading the top page’s URL with a #hash still adds to the page’s record', () => {
    const record = after(
      scanned('top'),
      marked('top', { baba: 1 }),
      marked('f1', { pla: 1 }, 'load-1', 'https://news.test/a#c'),
    );
    expect(record.counts).toEqual({ baba: 1, pla: 1 });
    expect(record.url).toBe('https://news.test/a');
  });

  test('a scan counts its mentions of known entities as marked, on top of the document’s marks before it', () => {
    const alibaba = { ...ticker('BABA'), entity: 'baba' };
    const step: Step = (record) =>
      withScan(record, { ...scanOf('top'), append: true }, [alibaba, alibaba, ticker('ZZZ')], { baba: 1, pla: 1 });
    expect(after(scanned('f1'), marked('f1', { xi: 1 }), step).counts).toEqual({ xi: 1, baba: 3, pla: 1 });
    // The document's own report, when its marks came out otherwise, has the last word.
    expect(after(step, marked('top', { baba: 1, pla: 1 })).counts).toEqual({ baba: 1, pla: 1 });
  });

  test('unknown tickers are kept once each, and only so many', () => {
    const many = Array.from({ length: 300 }, (_, i) => ticker(`Q${i}`));
    const record = after(scanned('top', [ticker('ZZZ'), ticker('ZZZ'), ...many]));
    expect(record.unknownTickers[0]).toBe('ZZZ');
    expect(record.unknownTickers).toHaveLength(200);
  });
});
