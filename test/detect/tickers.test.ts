// Table tests for every ticker form the issue lists, and for the traps.

import { describe, expect, test } from 'vitest';
import { scan } from '../../src/detect/scan';
import { LEX } from './helpers';

const tickers = (text: string): string[] =>
  scan(text, LEX)
    .filter((m) => m.kind === 'ticker')
    .map((m) => `${m.form}:${m.exchange ?? '-'}:${m.symbol}:${m.entity ?? '?'}`);

describe('exchange-qualified forms', () => {
  test.each([
    ['NYSE:BABA', 'exchange:NYSE:BABA:baba'],
    ['NYSE: BABA', 'exchange:NYSE:BABA:baba'],
    ['Alibaba (NYSE: BABA) rose', 'exchange:NYSE:BABA:baba'],
    ['(NASDAQ:AAPL)', 'exchange:NASDAQ:AAPL:aapl'],
    ['Nasdaq: AAPL', 'exchange:NASDAQ:AAPL:aapl'],
    ['NASDAQGS:AAPL', 'exchange:NASDAQ:AAPL:aapl'],
    ['(NYSE American: UAMY)', 'exchange:NYSE AMERICAN:UAMY:?'],
    ['(NYSE Arca: SPY)', 'exchange:NYSE ARCA:SPY:?'],
    ['(NYSEARCA: SPY)', 'exchange:NYSE ARCA:SPY:?'],
    ['(OTC: VWAGY)', 'exchange:OTC:VWAGY:?'],
    ['(OTCQX: ABCD)', 'exchange:OTCQX:ABCD:?'],
    ['(OTC Markets: ABCD)', 'exchange:OTC:ABCD:?'],
    ['(OTCBB: TASA)', 'exchange:OTCBB:TASA:?'],
    ['(TSX: SHOP)', 'exchange:TSX:SHOP:shop'],
    ['(TSXV: ABC)', 'exchange:TSXV:ABC:?'],
    ['(TSX-V: ABC)', 'exchange:TSXV:ABC:?'],
    ['(LSE: VOD)', 'exchange:LSE:VOD:vod'],
    ['(LON: VOD)', 'exchange:LSE:VOD:vod'],
    ['(AIM: ABC)', 'exchange:AIM:ABC:?'],
    ['(HKEX: 9988)', 'exchange:HKEX:9988:baba'],
    ['(HKSE: 09988)', 'exchange:HKEX:09988:baba'],
    ['(SEHK: 9988)', 'exchange:HKEX:9988:baba'],
    ['(TSE: 7203)', 'exchange:TSE:7203:toyota'],
    ['(TYO: 7203)', 'exchange:TSE:7203:toyota'],
    ['(ASX: BHP)', 'exchange:ASX:BHP:?'],
    ['(SSE: 600519)', 'exchange:SSE:600519:?'],
    ['(SZSE: 000858)', 'exchange:SZSE:000858:?'],
    ['(Euronext: MC)', 'exchange:EURONEXT:MC:?'],
    ['(EPA: MC)', 'exchange:EPA:MC:?'],
    ['(ETR: SAP)', 'exchange:XETRA:SAP:?'],
    ['(XETRA: SAP)', 'exchange:XETRA:SAP:?'],
    ['(FRA: SAP)', 'exchange:FRA:SAP:?'],
    ['(SIX: NESN)', 'exchange:SIX:NESN:nestle'],
    ['(KRX: 005930)', 'exchange:KRX:005930:?'],
    ['(NSE: RELIANCE)', 'exchange:NSE:RELIANCE:?'],
    ['(BSE: 500325)', 'exchange:BSE:500325:?'],
    ['(SGX: D05)', 'exchange:SGX:D05:?'],
    ['(AEX: PHIA)', 'exchange:AEX:PHIA:?'],
    ['XNYS:BABA', 'exchange:NYSE:BABA:baba'],
    ['(NYSE: A)', 'exchange:NYSE:A:a'],
    ['Hyatt (NYSE: H)', 'exchange:NYSE:H:?'],
    ['(NYSE: BRK.B)', 'exchange:NYSE:BRK.B:brk'],
    ['(NYSE: BRK/B)', 'exchange:NYSE:BRK/B:brk'],
    ['(NYSE: RDS-A)', 'exchange:NYSE:RDS-A:?'],
    ['NASDAQ<: ADBE'.replace('<', ''), 'exchange:NASDAQ:ADBE:?'],
  ])('%s', (text, want) => expect(tickers(text)).toEqual([want]));
});

describe('lists, reversed, suffixes, cashtags', () => {
  test.each([
    ['(NYSE: ABC, DEF)', ['exchange:NYSE:ABC:?', 'list:NYSE:DEF:?']],
    ['(NASDAQ: GOOG, GOOGL)', ['exchange:NASDAQ:GOOG:?', 'list:NASDAQ:GOOGL:?']],
    ['(NYSE: PHG, AEX: PHIA)', ['exchange:NYSE:PHG:?', 'exchange:AEX:PHIA:?']],
    ['shares of ATKR:NYSE fell', ['reversed:NYSE:ATKR:?']],
    ['BABA.N', ['suffix:NYSE:BABA:baba']],
    ['9988.HK', ['suffix:HKEX:9988:baba']],
    ['龙湖集团（00960.HK）来说', ['suffix:HKEX:00960:longfor']],
    ['7203.T', ['suffix:TSE:7203:toyota']],
    ['VOD.L', ['suffix:LSE:VOD:vod']],
    ['SHOP.TO', ['suffix:TSX:SHOP:shop']],
    ['AAPL.O', ['suffix:NASDAQ:AAPL:aapl']],
    ['$TSLA is up', ['cashtag:-:TSLA:tsla']],
    ['buy $NOW', ['cashtag:-:NOW:now']],
    ['the token $RON', ['cashtag:-:RON:?']],
  ])('%s', (text, want) => expect(tickers(text)).toEqual(want));
});

describe('bare symbols in ticker context', () => {
  test.each([
    ['Apple (AAPL) fell', ['bare:-:AAPL:aapl']],
    ['Apple Inc. (aapl) fell', ['bare:-:AAPL:aapl']],
    ['Salesforce (CRM +0.47%) needs', ['bare:-:CRM:crm']],
    ["That's ServiceNow's (NOW +1.11%) software", ['bare:-:NOW:now']],
    ['listed under the symbol AAPL.', ['bare:-:AAPL:aapl']],
    ['Ticker: TSLA', ['bare:-:TSLA:tsla']],
    ['S&P 500\n6,834.50\n+0.9%\nTSLA\n$481.15\n-0.5%\n-$2.41', ['bare:-:TSLA:tsla']],
    ['Common Stock\nAAPL\nNew York Stock Exchange', ['bare:-:AAPL:aapl']],
  ])('%s', (text, want) => expect(tickers(text)).toEqual(want));
});

describe('traps', () => {
  test.each([
    ['it costs $5 today'],
    ['US$ 12 billion'],
    ['the $USD rose'],
    ['$A strikes two-year high'],
    ['require_once "$IP/extensions/Cite/Cite.php";'],
    ['$rl = 5'],
    ['let $F$ be a field'],
    ['$F = ma$'],
    ['customer relationship management (CRM) tools'],
    ['earnings per share (EPS) rose'],
    ["Japan's Nikkei 225 (N225) declined"],
    ['IT is a word, and A is an article'],
    ['Gartner said IT spending rose'],
    ['the U.N. General Assembly'],
    ['P.O. Box 12'],
    ['E.T. level hiding'],
    ['at the New York Stock Exchange (NYSE) in New York'],
    ['Börsenwert an Nasdaq: 334,48 Milliarden US-Dollar'],
    ['see https://example.com/q?s=NYSE:BABA'.replace('NYSE:BABA', 'BABA.HKX')],
    ['the S&P 500 .SPX lost 1.85 points'],
    ['listed on the NYSE: A company statement'],
  ])('%s', (text) => expect(tickers(text)).toEqual([]));
});
