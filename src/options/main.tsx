// The options page: the user's packs. (A first version; the full page comes with the options issue.)
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PackSummary } from '../kb/types';
import { call } from '../shared/rpc';

function Options() {
  const [packs, setPacks] = useState<PackSummary[]>([]);
  useEffect(() => {
    void call('packs/list', undefined).then((answer) => answer.ok && setPacks(answer.value));
  }, []);
  return (
    <main>
      <h1>Backstory packs</h1>
      <ul>
        {packs.map((pack) => (
          <li key={pack.id}>
            {pack.title} {pack.version} — {pack.counts.entities} entities, {pack.counts.events} events
          </li>
        ))}
      </ul>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
