// The service worker (an event page in Firefox): listeners registered at the top level, no state it cannot rebuild.
import browser from 'webextension-polyfill';
import type { ContentCommand } from '../shared/messages';
import { serve } from '../shared/rpc';
import { kbChanged } from './cards';
import { handlers } from './handlers';
import { installing, loadBundledPacks } from './kb';
import { lexicon } from './lexicon';
import { forgetTab } from './pages';

serve(handlers);

async function keepBundledPacks(): Promise<void> {
  const failures = await installing(loadBundledPacks().finally(kbChanged));
  for (const failure of failures) console.error('Backstory: a bundled pack did not load:', failure);
  // Compile now, while nobody waits, rather than on the first page.
  await lexicon();
}

browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install' || reason === 'update') void keepBundledPacks();
});
browser.runtime.onStartup.addListener(() => void keepBundledPacks());

browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'next-mention') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const message: ContentCommand = { type: 'content/next-mention' };
  await browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
});
