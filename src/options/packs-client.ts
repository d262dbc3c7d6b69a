// The options page's questions to the background about packs.
import type { EntityCard, ImportReport, PackSummary } from '../kb/types';
import { call } from '../shared/rpc';

export async function listPacks(): Promise<PackSummary[] | null> {
  const answer = await call('packs/list', undefined);
  return answer.ok ? answer.value : null;
}

/** The import report; a failure to reach the background reads as one error on the whole file. */
export async function importPackText(json: string, source: 'file' | 'url', url?: string): Promise<ImportReport> {
  const answer = await call('packs/import', url ? { json, source, url } : { json, source });
  return answer.ok ? answer.value : { ok: false, errors: [{ path: '$', message: answer.error }] };
}

export async function removePack(id: string): Promise<boolean> {
  const answer = await call('packs/remove', { id });
  return answer.ok && answer.value;
}

export async function exportPack(entityId?: string): Promise<string | null> {
  const answer = await call('packs/export', entityId ? { entityId } : {});
  return answer.ok ? answer.value : null;
}

export async function searchKb(query: string): Promise<EntityCard[] | null> {
  const answer = await call('kb/search', { query, limit: 8 });
  return answer.ok ? answer.value : null;
}
