// A tab's record over its page and same-origin frames: which scans add, which replace, which start afresh.
import { describe, expect, test } from 'vitest';
import type { Mention } from '../../src/detect/types';
import { withScan, type ScanOf, type TabRecord } from '../../src/background/tab-record';

const mention = (entity: string | null, symbol: string | null = null): Mention => ({
  start: 0,
  end: 1,
  text: 'x',
  kind: entity ? 'name' : 'ticker',
  exchange: null,
  symbol,
  form: null,
  entity,
});

const scanOf = (frame: string, append = false, page = 'load-1', url = 'https://news.test/a'): ScanOf => ({
  url,
  title: frame === 'top' ? 'The article' : 'a frame',
  published: null,
  append,
  frame: { page, id: frame },
});

const after = (...scans: [ScanOf, Mention[]][]): TabRecord =>
  scans.reduce<TabRecord | null>((record, [scan, mentions]) => withScan(record, scan, mentions), null)!;

describe('withScan', () => {
  test('a frame that finishes before the page still counts, and the page title is the top page’s', () => {
    const record = after([scanOf('f1'), [mention('baba')]], [scanOf('top'), [mention('baba'), mention('pla')]]);
    expect(record.counts).toEqual({ baba: 2, pla: 1 });
    expect(record.title).toBe('The article');
  });

  test('a document’s later scans add to what it said; its first scan replaces it', () => {
    const record = after(
      [scanOf('top'), [mention('baba')]],
      [scanOf('top', true), [mention('baba')]],
      [scanOf('f1'), [mention('pla')]],
      [scanOf('f1'), [mention('pla')]],
    );
    expect(record.counts).toEqual({ baba: 2, pla: 1 });
  });

  test('another load of the page, or another URL of a single-page app, starts afresh', () => {
    const first = after([scanOf('top'), [mention('baba')]], [scanOf('f1'), [mention('pla')]]);
    expect(withScan(first, scanOf('top', false, 'load-2'), [mention('xi')]).counts).toEqual({ xi: 1 });
    const moved = withScan(first, scanOf('top', false, 'load-1', 'https://news.test/b'), [mention('xi')]);
    expect(moved.counts).toEqual({ xi: 1 });
    expect(moved.url).toBe('https://news.test/b');
  });

  test('unknown tickers are kept once each, and only so many', () => {
    const many = Array.from({ length: 300 }, (_, i) => mention(null, `Q${i}`));
    const record = after([scanOf('top'), [mention(null, 'ZZZ'), mention(null, 'ZZZ'), ...many]]);
    expect(record.unknownTickers[0]).toBe('ZZZ');
    expect(record.unknownTickers).toHaveLength(200);
  });
});
