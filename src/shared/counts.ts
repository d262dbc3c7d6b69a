// Marks per entity, as a document reports them: what a scan's answer will mark, and whether the marks came out so.
import type { Mention } from '../detect/types';

/** `base` plus one for each mention of a known entity: what a scan's mentions add to a document's marks. */
export function withMentions(
  base: Readonly<Record<string, number>>,
  mentions: readonly Mention[],
): Record<string, number> {
  const counts = { ...base };
  for (const { entity } of mentions) if (entity) counts[entity] = (counts[entity] ?? 0) + 1;
  return counts;
}

export function sameCounts(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((id) => a[id] === b[id]);
}
