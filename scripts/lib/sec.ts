// The SEC directory of ~10,000 listed companies (../shared/corpus/tickers/sec) as lexicon entities.

import { readFileSync } from 'node:fs';
import { aliasesForDirectory } from '../../src/detect/aliases';
import { micForSecExchange } from '../../src/detect/exchanges';
import type { LexiconEntity } from '../../src/detect/types';

/** Where the shared corpus sits, beside the repository. */
export const CORPUS = new URL('../../../shared/corpus/', import.meta.url).pathname;
export const SEC_FILE = `${CORPUS}tickers/sec/company_tickers_exchange.json`;

interface SecFile {
  fields: string[];
  data: Array<[number, string, string, string | null]>;
}

/** One entity per CIK, id `sec:<cik>`, listings in file order (the first is the primary ticker). */
export function secEntities(path = SEC_FILE): LexiconEntity[] {
  const file = JSON.parse(readFileSync(path, 'utf8')) as SecFile;
  const byCik = new Map<number, LexiconEntity>();
  for (const [cik, name, ticker, exchange] of file.data) {
    let e = byCik.get(cik);
    if (!e) {
      e = { id: `sec:${cik}`, name, aliases: [], listings: [] };
      byCik.set(cik, e);
    }
    e.listings.push({ exchange: micForSecExchange(exchange) ?? 'XXXX', symbol: ticker });
  }
  const entities = [...byCik.values()];
  const aliases = aliasesForDirectory(entities.map((e) => e.name));
  entities.forEach((e, i) => (e.aliases = aliases[i]!.slice(1)));
  return entities;
}
