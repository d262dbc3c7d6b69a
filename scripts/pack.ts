// Curators' command: `npm run pack -- validate|stats|format|schema ...` (see docs/pack-format.md).
import { readFileSync, writeFileSync } from 'node:fs';
import { canonicalPackText } from '../src/packs/canonical';
import { formattedSchema } from './pack-schema';
import type { Pack } from '../src/packs/types';
import { validatePack } from '../src/packs/validate';

const USAGE = `usage: npm run pack -- <command> <pack.json>
  validate <pack.json>   print every error with its JSON path; exit 1 if the pack is invalid
  stats <pack.json>      summarise a valid pack
  format <pack.json>     rewrite a valid pack in canonical form
  schema [out.json]      write the JSON Schema (default public/pack.schema.json)`;

/** Reads and validates; prints what is wrong and returns null on any failure. */
function load(file: string | undefined): Pack | null {
  if (!file) return (console.error(USAGE), null);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return (console.error(`${file}: cannot read the file (${e instanceof Error ? e.message : String(e)})`), null);
  }
  const result = validatePack(text);
  if (result.ok) return result.pack;
  for (const { path, message } of result.errors) console.error(`${file}: ${path}: ${message}`);
  console.error(`${file}: invalid, ${result.errors.length} error(s)`);
  return null;
}

function stats(file: string, pack: Pack): string {
  const count = <T>(items: T[], key: (t: T) => string): string =>
    Object.entries(items.reduce<Record<string, number>>((acc, t) => ({ ...acc, [key(t)]: (acc[key(t)] ?? 0) + 1 }), {}))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none';
  const listings = pack.entities.flatMap((e) => e.listings ?? []);
  const dates = pack.events.map((e) => e.date).sort();
  return [
    `${file}: ${pack.title} (${pack.id} ${pack.version}, ${pack.publisher}, ${pack.licence}, updated ${pack.updated})`,
    `entities: ${pack.entities.length} (${count(pack.entities, (e) => e.type)})`,
    `listings: ${listings.length} (${count(listings, (l) => l.exchange)})`,
    `aliases: ${pack.entities.reduce((n, e) => n + (e.aliases?.length ?? 0), 0)}`,
    `articles: ${pack.articles.length}`,
    `events: ${pack.events.length} (${count(pack.events, (e) => e.kind)})${dates.length ? `, ${dates[0]} to ${dates.at(-1)}` : ''}`,
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [command, file] = argv;
  if (command === 'schema') {
    writeFileSync(file ?? 'public/pack.schema.json', await formattedSchema());
    return 0;
  }
  if (command !== 'validate' && command !== 'stats' && command !== 'format') return (console.error(USAGE), 2);
  const pack = load(file);
  if (!pack || !file) return 1;
  if (command === 'validate')
    console.log(`${file}: valid (${pack.entities.length} entities, ${pack.events.length} events)`);
  if (command === 'stats') console.log(stats(file, pack));
  if (command === 'format') writeFileSync(file, canonicalPackText(pack));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
