// Names and aliases: variants real text has, whole words, longest match, capitals for common words, URLs.

import { describe, expect, test } from 'vitest';
import { aliasesFromLegalName } from '../../src/detect/aliases';
import { compileLexicon, loadLexicon, serializeLexicon } from '../../src/detect/lexicon';
import { scan } from '../../src/detect/scan';
import { ENTITIES, LEX } from './helpers';

const names = (text: string): string[] =>
  scan(text, LEX)
    .filter((m) => m.kind === 'name')
    .map((m) => `${m.entity}:${m.text}`);

describe('names', () => {
  test.each([
    ['Alibaba Group Holding Ltd. said', ['baba:Alibaba Group Holding Ltd']],
    // A headline capitalises every word: the capitals around a name do not make it part of another name.
    ['Secret White House Document Alleges Alibaba Aided Chinese Military Cyberattacks', ['baba:Alibaba']],
    ["Alibaba's cloud", ['baba:Alibaba']],
    ['Alibaba’s cloud', ['baba:Alibaba']],
    ['ALIBABA shares', ['baba:ALIBABA']],
    ['Alibaba Group Holding Limited', ['baba:Alibaba Group Holding Limited']],
    ['the People’s Liberation Army', ['pla:People’s Liberation Army']],
    ["the People's\u00a0Liberation Army", ["pla:People's\u00a0Liberation Army"]],
    ['President Xi Jinping said', ['xi:Xi Jinping']],
    ['Nestle and Nestlé', ['nestle:Nestle', 'nestle:Nestlé']],
    ['Berkshire  Hathaway', ['brk:Berkshire  Hathaway']],
    ['Goldman Sachs Group, Inc. rose', ['gs:Goldman Sachs Group, Inc.']],
    // A common-word alias counts capitalised, and only where the text names the company otherwise too.
    ['Target said', []],
    ['Target Corp said that Target shares rose', ['tgt:Target Corp', 'tgt:Target']],
    ['Target (TGT) fell; Target said', ['tgt:Target', 'tgt:Target']],
    ['Target Corp missed its target; Target said', ['tgt:Target Corp']],
    ['our target is', []],
    ['an apple a day', []],
    ['Alibabas', []],
    ['Vodafonelike', []],
    ['visit www.alibaba.com today', []],
    ['mail ben@apple.com', []],
    ['see https://x.com/Alibaba/status', []],
    // Names start with a capital; only aliases their owners write in lower case match in lower case.
    ['banks and financial institutions said', []],
    ['Financial Institutions Inc. said', ['fisi:Financial Institutions Inc']],
    ['shares of lululemon rose', ['lulu:lululemon']],
    ['Lululemon said', ['lulu:Lululemon']],
    ['sold on eBay and EBAY', ['ebay:eBay', 'ebay:EBAY']],
    ['the insurer the Hartford said', ['hig:the Hartford']],
    ['The Hartford said', ['hig:The Hartford']],
    ['alibaba group', []],
  ])('%s', (text, want) => expect(names(text)).toEqual(want));

  test('names carry the primary listing', () => {
    const [m] = scan('Alibaba', LEX);
    expect(m).toMatchObject({ kind: 'name', exchange: 'NYSE', symbol: 'BABA', form: null, entity: 'baba' });
  });

  test('mentions are sorted and never overlap', () => {
    const ms = scan('Alibaba Group Holding Ltd. (NYSE: BABA, 9988.HK) and Apple (AAPL)', LEX);
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
    expect(ms.map((m) => m.kind)).toEqual(['name', 'ticker', 'ticker', 'name', 'ticker']);
  });

  test('muted entities are not reported', () => {
    expect(scan('Apple (AAPL) and Alibaba', LEX, { muted: new Set(['aapl']) }).map((m) => m.entity)).toEqual(['baba']);
  });
});

describe('serialise and load', () => {
  test('a loaded lexicon scans exactly like the compiled one', () => {
    const text = 'Alibaba Group (NYSE: BABA) and 9988.HK; Apple (AAPL); $TSLA; Target; Xi Jinping';
    const loaded = loadLexicon(serializeLexicon(compileLexicon(ENTITIES)));
    expect(scan(text, loaded)).toEqual(scan(text, LEX));
  });

  test('an unaligned copy loads too, and garbage is refused', () => {
    const bytes = serializeLexicon(LEX);
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    expect(scan('Alibaba', loadLexicon(shifted))).toHaveLength(1);
    expect(() => loadLexicon(new Uint8Array(16))).toThrow(/not a Backstory lexicon/);
  });
});

describe('aliasesFromLegalName', () => {
  test.each([
    ['ALIBABA GROUP HOLDING LTD', ['Alibaba Group Holding Ltd', 'Alibaba Group', 'Alibaba']],
    ['AMAZON COM INC', ['Amazon.com Inc', 'Amazon.com', 'Amazon']],
    // First words and common-word cores are aliases too; the lexicon marks the dictionary ones WEAK.
    ['Cisco Systems, Inc.', ['Cisco Systems, Inc.', 'Cisco Systems', 'Cisco']],
    ['THOMSON REUTERS CORP /CAN/', ['Thomson Reuters Corp', 'Thomson Reuters', 'Thomson']],
    ['KONINKLIJKE PHILIPS NV', ['Koninklijke Philips NV', 'Philips', "Philip's"]],
    ['MOODYS CORP /DE/', ['Moodys Corp', 'Moodys', "Moody's"]],
    ['Target Corp', ['Target Corp', 'Target']],
    ['News Corp', ['News Corp', 'News']],
    ['American Airlines Group Inc.', ['American Airlines Group Inc.', 'American Airlines Group', 'American Airlines']],
  ])('%s', (legal, want) => expect(aliasesFromLegalName(legal)).toEqual(want));
});
