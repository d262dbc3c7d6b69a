// The engine on every page of ../shared/corpus against its labels (scoring rules of the labels READMEs).

import { beforeAll, describe, expect, test } from 'vitest';
import { compileLexicon, type CompiledLexicon } from '../src/detect/lexicon';
import type { LexiconEntity } from '../src/detect/types';
import { precision, recall, scoreNames, scoreTickers } from '../scripts/lib/score';
import { secEntities } from '../scripts/lib/sec';

let entities: LexiconEntity[];
let lex: CompiledLexicon;
beforeAll(() => {
  entities = secEntities();
  lex = compileLexicon(entities);
});

describe('corpus', () => {
  test('prefixed tickers (exchange, list, reversed, cashtag, suffix): precision >= 0.98, recall >= 0.95', () => {
    const s = scoreTickers(lex);
    expect(precision(s.prefixed)).toBeGreaterThanOrEqual(0.98);
    expect(recall(s.prefixed)).toBeGreaterThanOrEqual(0.95);
    // Bare symbols: reported by npm run eval; guard against regressions only.
    expect(precision(s.bare)).toBeGreaterThanOrEqual(0.9);
    expect(recall(s.bare)).toBeGreaterThanOrEqual(0.85);
  }, 120_000);

  test('company names with the SEC directory: floors just under what the engine reaches', () => {
    const s = scoreNames(lex, entities);
    expect(precision(s.all)).toBeGreaterThanOrEqual(0.89);
    expect(recall(s.name)).toBeGreaterThanOrEqual(0.845);
  }, 120_000);
});
