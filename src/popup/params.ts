// What the popup was opened for: `?tab=<id>` (a tab's page), `?entity=<id>` (the details page), or neither.
import { ext } from '../shared/ext';
import type { PageReport } from '../shared/messages';

export interface PopupParams {
  tabId: number | null;
  entity: string | null;
}

export function readParams(search = location.search): PopupParams {
  const query = new URLSearchParams(search);
  const tab = Number(query.get('tab'));
  return { tabId: Number.isInteger(tab) && tab > 0 ? tab : null, entity: query.get('entity') || null };
}

/** The tab to report on: the one named in the URL, else the active tab of this window (the action popup). */
export async function tabToReport(params: PopupParams): Promise<number | null> {
  if (params.tabId !== null) return params.tabId;
  if (params.entity) return null;
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The article's publication date, as the page declared it; null (shown as unknown) when it did not. */
export function articleDateOf(report: PageReport | null): string | null {
  return report?.published || null;
}
