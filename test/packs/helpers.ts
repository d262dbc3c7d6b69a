// Test helpers: fresh databases and small packs to vary.
import 'fake-indexeddb/auto';
import { openKb, type KbDb } from '../../src/kb/db';
import type { Pack, PackEntity, PackEvent } from '../../src/packs/types';

let n = 0;
/** A new, empty KB under a name no other test uses. */
export const freshDb = (): Promise<KbDb> => openKb(`test-${process.pid}-${Date.now()}-${n++}`);

export const ARTICLE = {
  id: 'a1',
  url: 'https://news.example.com/a1',
  title: 'An article',
  publisher: 'Example News',
  published: '2025-11-15',
};

export function entity(id: string, extra: Partial<PackEntity> = {}): PackEntity {
  return { id, type: 'company', name: `Entity ${id}`, ...extra };
}

export function event(id: string, about: string[], extra: Partial<PackEvent> = {}): PackEvent {
  return {
    id,
    kind: 'allegation',
    date: '2025-11-01',
    by: ['Someone'],
    about,
    summary: `Event ${id}`,
    status: 'alleged',
    sources: [{ article: 'a1' }],
    ...extra,
  };
}

/** A small valid pack; override any part. */
export function makePack(extra: Partial<Pack> = {}): Pack {
  return {
    format: 'backstory-pack/1',
    id: 'test-pack',
    title: 'Test pack',
    version: '1.0.0',
    publisher: 'Tests',
    licence: 'CC0-1.0',
    updated: '2025-11-16',
    entities: [
      entity('acme', { listings: [{ exchange: 'XNYS', symbol: 'ACME' }] }),
      entity('bob', { type: 'person', name: 'Bob Smith' }),
    ],
    articles: [ARTICLE],
    events: [
      event('e1', ['acme'], { by: ['bob'] }),
      event('e2', ['acme'], { kind: 'denial', by: ['acme'], respondsTo: 'e1', date: '2025-11-02' }),
    ],
    ...extra,
  };
}

export const clone = <T>(v: T): T => structuredClone(v);
