// Fixture pages for detection bugs fixed (readability's rule): each page holds the traps of one fix.

import { describe, expect, test } from 'vitest';
import { aliasesForDirectory } from '../../src/detect/aliases';
import { compileLexicon } from '../../src/detect/lexicon';
import { scan } from '../../src/detect/scan';
import type { LexiconEntity } from '../../src/detect/types';
import { loadPageText } from '../../scripts/lib/page';

/** Entities from legal names as the SEC directory prints them, aliases derived as for the bundled pack. */
function fromLegalNames(names: string[]): LexiconEntity[] {
  const aliases = aliasesForDirectory(names);
  return names.map((name, i) => ({ id: `e${i}`, name, aliases: aliases[i]!.slice(1), listings: [] }));
}

const LEGAL = [
  'KONINKLIJKE PHILIPS NV',
  'Jazz Pharmaceuticals plc',
  'Tesla, Inc.',
  'Nikola Corp',
  'Tencent Music Entertainment Group',
  'Apple Inc.',
  'HARTFORD INSURANCE GROUP, INC.',
  'lululemon athletica inc.',
  'Financial Institutions Inc',
];

describe('names in context (names-in-context.html)', () => {
  const page = new URL('../fixtures/detect/names-in-context.html', import.meta.url).pathname;
  const entities = fromLegalNames(LEGAL);
  const found = scan(loadPageText(page), compileLexicon(entities))
    .filter((m) => m.kind === 'name')
    .map((m) => `${LEGAL[Number(m.entity!.slice(1))]!.split(/[ ,]/)[0]}:${m.text}`);

  test('a leading "Koninklijke" is dropped: Philips, also in "Royal Philips"', () => {
    expect(found.filter((f) => f.startsWith('KONINKLIJKE'))).toEqual([
      'KONINKLIJKE:Philips N.V.',
      'KONINKLIJKE:Philips',
      'KONINKLIJKE:Philips',
    ]);
  });
  test('a dictionary first word counts where the text names the company in full', () => {
    expect(found.filter((f) => f.startsWith('Jazz'))).toEqual(['Jazz:Jazz Pharmaceuticals plc', 'Jazz:Jazz']);
    expect(found.filter((f) => f.startsWith('HARTFORD'))).toEqual([
      'HARTFORD:Hartford Insurance Group, Inc.',
      'HARTFORD:Hartford',
    ]);
  });
  test('a surname after a capitalised first name, a first word before another name: not a company', () => {
    // "Nikola" itself still counts: a one-word full name before a capitalised word is left alone (Apple Watch).
    expect(found.filter((f) => /^(Tesla|Nikola|Tencent)/.test(f))).toEqual([
      'Nikola:Nikola',
      'Tencent:Tencent Music Entertainment Group',
    ]);
  });
  test('a common word the text also writes in lower case is the word', () => {
    expect(found.filter((f) => f.startsWith('Apple'))).toEqual([]);
  });
  test('lower case: only aliases written so', () => {
    expect(found.filter((f) => /^(lululemon|Financial)/.test(f))).toEqual(['lululemon:lululemon']);
  });
});
