// Regenerates public/packs/sec-directory.json from the SEC's company_tickers_exchange.json, deterministically.
// Usage: npx tsx scripts/build-sec-pack.ts [input.json] [output.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { aliasesForDirectory } from '../src/detect/aliases';
import type { Listing } from '../src/detect/types';
import { canonicalPackText } from '../src/packs/canonical';
import type { Pack, PackEntity } from '../src/packs/types';
import { validatePack } from '../src/packs/validate';

const INPUT = '../shared/corpus/tickers/sec/company_tickers_exchange.json';
const OUTPUT = 'public/packs/sec-directory.json';
/** Bump with each regeneration from a newer SEC file; a constant, so the output depends on the input only. */
const VERSION = '1.0.0';
const UPDATED = '2025-11-27';

/** The SEC's exchange names as ISO 10383 MICs; rows without an exchange get no listing. */
const MIC: Readonly<Record<string, string>> = { Nasdaq: 'XNAS', NYSE: 'XNYS', OTC: 'OTCM', CBOE: 'XCBO' };

type Row = [number, string, string, string | null];

function readRows(file: string): Row[] {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { fields: string[]; data: Row[] };
  if (json.fields.join() !== 'cik,name,ticker,exchange')
    throw new Error(`${file}: unexpected fields ${json.fields.join()}`);
  return json.data;
}

/** One entity per CIK; several rows of one CIK are several listings of it. */
export function directoryEntities(rows: Row[]): PackEntity[] {
  const byCik = new Map<number, { name: string; listings: Listing[] }>();
  for (const [cik, name, ticker, exchange] of rows) {
    const entry = byCik.get(cik) ?? { name, listings: [] };
    byCik.set(cik, entry);
    const mic = exchange ? MIC[exchange] : undefined;
    if (exchange && !mic) throw new Error(`unknown SEC exchange '${exchange}' (CIK ${cik})`);
    if (mic) entry.listings.push({ exchange: mic, symbol: ticker.toUpperCase() });
  }
  const ciks = [...byCik.keys()].sort((a, b) => a - b);
  const names = ciks.map((cik) => byCik.get(cik)?.name ?? '');
  const aliases = aliasesForDirectory(names);
  return ciks.map((cik, i) => {
    const [name = names[i] ?? '', ...rest] = aliases[i] ?? [];
    const listings = byCik.get(cik)?.listings ?? [];
    return {
      id: `cik-${cik}`,
      type: 'company',
      name,
      ...(rest.length ? { aliases: rest } : {}),
      ...(listings.length ? { listings } : {}),
      identifiers: { cik: String(cik) },
    };
  });
}

export function buildSecPack(rows: Row[]): Pack {
  return {
    format: 'backstory-pack/1',
    id: 'sec-directory',
    title: 'US-listed companies (SEC EDGAR directory)',
    version: VERSION,
    publisher: 'Backstory, from U.S. SEC EDGAR data',
    licence: 'Public domain (U.S. government data)',
    updated: UPDATED,
    homepage: 'https://www.sec.gov/files/company_tickers_exchange.json',
    description:
      'The companies in the SEC company_tickers_exchange.json file: name, ticker listings (Nasdaq, NYSE, OTC, Cboe) and CIK, with aliases derived from the legal name. No background and no events. Regenerate with `npx tsx scripts/build-sec-pack.ts`.',
    entities: directoryEntities(rows),
    articles: [],
    events: [],
  };
}

function main(): void {
  const [input = INPUT, output = OUTPUT] = process.argv.slice(2);
  const checked = validatePack(buildSecPack(readRows(input)));
  if (!checked.ok) {
    for (const e of checked.errors) console.error(`${e.path}: ${e.message}`);
    process.exitCode = 1;
    return;
  }
  writeFileSync(output, canonicalPackText(checked.pack));
  console.log(`${output}: ${checked.pack.entities.length} entities`);
}

if (process.argv[1]?.endsWith('build-sec-pack.ts')) main();
