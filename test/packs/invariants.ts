// Checks that a KB is consistent: entities are exactly the connected groups of facts, nothing dangles.
import type { KbDb } from '../../src/kb/db';
import { entityIdOf, groupFacts, mergeFacts } from '../../src/kb/merge';
import { dumpKb } from '../kb/dump';

/** Every violated invariant, as a sentence; [] for a consistent KB. */
export async function kbProblems(db: KbDb): Promise<string[]> {
  const kb = await dumpKb(db);
  const problems: string[] = [];
  const packs = new Set(kb.packs.map((p) => p.id));
  const entities = new Map(kb.entities.map((e) => [e.id, e]));
  for (const f of kb.facts) {
    if (!packs.has(f.packId)) problems.push(`fact ${f.packId}/${f.localId} of no pack`);
    if (!entities.has(f.entityId)) problems.push(`fact ${f.packId}/${f.localId} of missing entity ${f.entityId}`);
  }
  for (const r of [...kb.events, ...kb.articles])
    if (!packs.has(r.packId)) problems.push(`record ${r.packId}/${r.id} of no pack`);
  const groups = groupFacts(kb.facts);
  if (groups.length !== kb.entities.length)
    problems.push(`${groups.length} groups of facts but ${kb.entities.length} entities`);
  for (const group of groups) {
    const id = entityIdOf(group);
    if (group.some((f) => f.entityId !== id)) problems.push(`group ${id} is split across entities`);
    const stored = entities.get(id);
    if (JSON.stringify(stored) !== JSON.stringify(mergeFacts(group)))
      problems.push(`entity ${id} is not its facts merged`);
  }
  for (const p of kb.packs) {
    const count = (items: { packId: string }[]) => items.filter((r) => r.packId === p.id).length;
    const actual = { entities: count(kb.facts), events: count(kb.events), articles: count(kb.articles) };
    if (JSON.stringify(actual) !== JSON.stringify(p.counts))
      problems.push(`pack ${p.id} counts ${JSON.stringify(p.counts)}, has ${JSON.stringify(actual)}`);
  }
  return problems;
}
