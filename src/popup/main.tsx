// The popup: the entities the current page mentions. (A first version; the full view comes with the popup issue.)
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PageReport } from '../shared/messages';
import { call } from '../shared/rpc';

async function currentTabId(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function Popup() {
  const [report, setReport] = useState<PageReport | null | undefined>(undefined);
  useEffect(() => {
    void (async () => {
      const tabId = await currentTabId();
      const answer = tabId === undefined ? null : await call('page/report', { tabId });
      setReport(answer?.ok ? answer.value : null);
    })();
  }, []);
  if (report === undefined) return <p>Loading…</p>;
  if (!report || !report.entities.length) return <p>Backstory found nobody it knows on this page.</p>;
  return (
    <main>
      <h1>On this page</h1>
      <ul>
        {report.entities.map(({ card, count }) => (
          <li key={card.id}>
            <strong>{card.name}</strong> — {count} mention{count === 1 ? '' : 's'}, {card.allegations} allegations,{' '}
            {card.denials} denials
          </li>
        ))}
      </ul>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
