// The compiled lexicon: built from the KB only when packs change, kept serialised so a cold worker just loads it.
import { openDB } from 'idb';
import { compileLexicon, loadLexicon, serializeLexicon, type CompiledLexicon } from '../detect';
import { kbRevision, lexiconEntities } from '../kb/queries';
import { installed, kb } from './kb';

interface CachedLexicon {
  revision: string;
  bytes: Uint8Array;
}

const cacheDb = () =>
  openDB('backstory-cache', 1, {
    upgrade: (db) => {
      db.createObjectStore('lexicon');
    },
  });

let current: { revision: string; lexicon: CompiledLexicon } | undefined;
let building: Promise<CompiledLexicon> | undefined;

/** The lexicon for the KB as it is now: from memory, else from the serialised cache, else compiled. */
export async function lexicon(): Promise<CompiledLexicon> {
  await installed();
  const revision = await kbRevision(await kb());
  if (current?.revision === revision) return current.lexicon;
  building ??= restoreOrCompile(revision).finally(() => (building = undefined));
  return building;
}

async function restoreOrCompile(revision: string): Promise<CompiledLexicon> {
  const cache = await cacheDb();
  const cached = (await cache.get('lexicon', 'current')) as CachedLexicon | undefined;
  let compiled: CompiledLexicon;
  if (cached?.revision === revision) {
    compiled = loadLexicon(cached.bytes);
  } else {
    compiled = compileLexicon(await lexiconEntities(await kb()));
    await cache.put('lexicon', { revision, bytes: serializeLexicon(compiled) } satisfies CachedLexicon, 'current');
  }
  cache.close();
  current = { revision, lexicon: compiled };
  return compiled;
}
