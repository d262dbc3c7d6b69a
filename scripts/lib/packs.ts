// Reading pack files into lexicon entities for the CLI tools: validated when the pack validator is there.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { LexiconEntity, Listing } from '../../src/detect/types';

/** The packs that ship with the extension. */
export const BUNDLED_PACKS = new URL('../../public/packs/', import.meta.url).pathname;

type Validator = (raw: unknown) => { ok: true } | { ok: false; errors: Array<{ path: string; message: string }> };

async function validator(): Promise<Validator | null> {
  try {
    const mod = (await import('../../src/packs/validate')) as { validatePack?: Validator };
    return mod.validatePack ?? null;
  } catch {
    return null; // the packs module is not there yet: read tolerantly
  }
}

const asString = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Entities of one parsed pack, skipping anything malformed. */
export function entitiesOf(raw: unknown): LexiconEntity[] {
  const list = (raw as { entities?: unknown })?.entities;
  if (!Array.isArray(list)) return [];
  const out: LexiconEntity[] = [];
  for (const e of list as Array<Record<string, unknown>>) {
    const id = asString(e?.id);
    const name = asString(e?.name);
    if (!id || !name) continue;
    const aliases = Array.isArray(e.aliases) ? e.aliases.filter((a): a is string => typeof a === 'string') : [];
    const listings: Listing[] = [];
    for (const l of Array.isArray(e.listings) ? (e.listings as Array<Record<string, unknown>>) : []) {
      const exchange = asString(l?.exchange);
      const symbol = asString(l?.symbol);
      if (exchange && symbol) listings.push({ exchange, symbol });
    }
    out.push({ id, name, aliases, listings });
  }
  return out;
}

/** Reads and validates a pack file; throws an Error whose message says what is wrong. */
export async function readPack(path: string): Promise<LexiconEntity[]> {
  if (!existsSync(path)) throw new Error(`pack not found: ${path}`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`pack is not JSON: ${path}: ${(e as Error).message}`);
  }
  const validate = await validator();
  if (validate) {
    const r = validate(raw);
    if (!r.ok) {
      const lines = r.errors.slice(0, 20).map((err) => `  ${err.path}: ${err.message}`);
      throw new Error(`pack does not validate: ${path}\n${lines.join('\n')}`);
    }
  } else if (!Array.isArray((raw as { entities?: unknown })?.entities)) {
    throw new Error(`pack has no entities array: ${path}`);
  }
  return entitiesOf(raw);
}

/** The bundled packs' paths (none if the folder is empty or missing). */
export function bundledPacks(): string[] {
  if (!existsSync(BUNDLED_PACKS)) return [];
  return readdirSync(BUNDLED_PACKS)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `${BUNDLED_PACKS}${f}`);
}
