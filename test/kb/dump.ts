// Reads a whole KB into plain sorted data, so tests can compare two KBs for equality.
import type { KbDb } from '../../src/kb/db';

export async function dumpKb(db: KbDb) {
  const [packs, facts, entities, articles, events] = await Promise.all([
    db.getAll('packs'),
    db.getAll('facts'),
    db.getAll('entities'),
    db.getAll('articles'),
    db.getAll('events'),
  ]);
  return { packs, facts, entities, articles, events };
}
