// The 10,000-entity lexicon the Chromium benches use: the bundled SEC directory plus a generated filler pack.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../test/e2e/serve';
import type { Pack } from '../../src/packs/types';
import { generatedPack } from '../kb';

/** How many entities the KB must hold for the benches (issue 5 and 6: "10,000 entities"). */
export const targetEntities = 10_000;

const secPackFile = join(root, 'public/packs/sec-directory.json');

/** Names and aliases of every entity in a pack. */
function namesOf(pack: Pick<Pack, 'entities'>): string[] {
  return pack.entities.flatMap((entity) => [entity.name, ...(entity.aliases ?? [])]);
}

/** The bundled SEC directory pack, as shipped. */
export function secPack(): Pick<Pack, 'entities'> {
  return JSON.parse(readFileSync(secPackFile, 'utf8')) as Pick<Pack, 'entities'>;
}

/**
 * A generated pack of `n` companies that cannot merge with real ones: its own pack id, CIKs past any the SEC
 * has issued, and symbols no exchange lists (the merge joins entities on CIK and on listing).
 */
export function fillerPack(n: number): Pack {
  const pack = generatedPack(n);
  const entities = pack.entities.map((entity, i) => ({
    ...entity,
    identifiers: { cik: String(9_000_000 + i) },
    listings: [{ exchange: i % 2 ? 'XNAS' : 'XNYS', symbol: `QZ${i.toString(36).toUpperCase()}` }],
  }));
  return { ...pack, id: 'bench-filler', title: 'Bench filler', entities };
}

/** How many filler entities bring the bundled packs (`bundled` entities) to the target. */
export const fillerSize = (bundled: number): number => Math.max(0, Math.ceil((targetEntities - bundled) / 2) * 2);

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What most highlighting extensions build: one alternation of every name and alias (longest first, so the
 * longest wins), whole words, for mark.js's `markRegExp`.
 */
export function alternationSource(packs: Pick<Pack, 'entities'>[]): { source: string; aliases: number } {
  const aliases = [...new Set(packs.flatMap(namesOf))].sort((a, b) => b.length - a.length);
  return { source: `\\b(?:${aliases.map(escapeRegExp).join('|')})\\b`, aliases: aliases.length };
}
