// npm run scan -- <page.html> [--pack p.json ...] [--json]: what Backstory would mark on a saved page.

import { compileLexicon } from '../src/detect/lexicon';
import { scan } from '../src/detect/scan';
import type { LexiconEntity } from '../src/detect/types';
import { loadPage } from './lib/page';
import { bundledPacks, readPack } from './lib/packs';

interface Args {
  page: string;
  packs: string[];
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const packs: string[] = [];
  let page = '';
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--pack') {
      const p = argv[++i];
      if (!p) throw new Error('--pack needs a file');
      packs.push(p);
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else if (page) throw new Error(`one page at a time (got ${page} and ${a})`);
    else page = a;
  }
  if (!page) throw new Error('usage: npm run scan -- <page.html> [--pack <pack.json> ...] [--json]');
  return { page, packs, json };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const entities: LexiconEntity[] = [];
  for (const p of [...bundledPacks(), ...args.packs]) entities.push(...(await readPack(p)));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const page = loadPage(args.page);
  const mentions = scan(page.text, compileLexicon(entities)).map((m) => ({
    text: m.text,
    kind: m.kind,
    exchange: m.exchange,
    symbol: m.symbol,
    entity: m.entity,
    entityName: m.entity ? (byId.get(m.entity)?.name ?? null) : null,
    start: m.start,
    end: m.end,
  }));
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ mentions })}\n`);
    return;
  }
  for (const m of mentions) {
    const what = m.kind === 'ticker' ? `${m.exchange ?? ''}${m.exchange ? ':' : ''}${m.symbol}` : (m.symbol ?? '');
    console.log(
      `${String(m.start).padStart(7)}  ${m.kind.padEnd(6)} ${m.text.padEnd(32)} ${what.padEnd(14)} ${m.entityName ?? '(unknown)'}`,
    );
  }
  console.log(
    `${mentions.length} mentions (${entities.length} entities from ${bundledPacks().length + args.packs.length} packs)`,
  );
}

main().catch((e: unknown) => {
  console.error(`scan: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
