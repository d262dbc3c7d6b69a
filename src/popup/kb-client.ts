// The popup's questions to the background, each a failure-tolerant function.
import type { EntityCard, EntityDetail } from '../kb/types';
import type { PageReport } from '../shared/messages';
import { call } from '../shared/ext';
import { tabToReport, type PopupParams } from './params';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: string };

export async function loadReport(tabId: number): Promise<Loaded<PageReport | null>> {
  const answer = await call('page/report', { tabId });
  return answer.ok ? { status: 'ready', value: answer.value } : { status: 'failed', error: answer.error };
}

/** What the popup was opened for reports; never rejects (a failure is a `failed` state). */
export async function loadReportFor(params: PopupParams): Promise<Loaded<PageReport | null>> {
  try {
    const tabId = await tabToReport(params);
    return tabId === null ? { status: 'ready', value: null } : await loadReport(tabId);
  } catch (error) {
    return { status: 'failed', error: String(error) };
  }
}

export async function loadEntity(id: string): Promise<Loaded<EntityDetail | null>> {
  const answer = await call('kb/entity', { id });
  return answer.ok ? { status: 'ready', value: answer.value } : { status: 'failed', error: answer.error };
}

/** Search the whole knowledge base; null when the background could not answer. */
export async function searchKb(query: string): Promise<EntityCard[] | null> {
  const answer = await call('kb/search', { query, limit: 20 });
  return answer.ok ? answer.value : null;
}
