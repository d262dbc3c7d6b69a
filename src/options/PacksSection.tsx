// The options page's library of packs: import (file or URL), what each pack holds, removal, export.
import { useEffect, useState } from 'preact/hooks';
import type { PackSummary } from '../kb/types';
import { t } from '../ui/i18n';
import { ExportPanel } from './ExportPanel';
import { ImportFile } from './ImportFile';
import { ImportOutcome } from './ImportOutcome';
import { ImportUrl } from './ImportUrl';
import type { Outcome } from './outcome';
import { PackItem } from './PackItem';
import { listPacks, removePack } from './packs-client';

function usePacks(): [PackSummary[] | null, () => Promise<void>] {
  const [packs, setPacks] = useState<PackSummary[] | null>(null);
  const refresh = async () => setPacks((await listPacks()) ?? []);
  useEffect(() => void refresh(), []);
  return [packs, refresh];
}

function PackList({ packs, onRemove }: { packs: PackSummary[] | null; onRemove(pack: PackSummary): Promise<void> }) {
  if (!packs) return <p class="muted">{t('loading')}</p>;
  if (!packs.length) return <p class="muted">{t('noPacks')}</p>;
  return (
    <ul class="packs" aria-labelledby="packs-list-heading">
      {packs.map((pack) => (
        <PackItem key={pack.id} pack={pack} onRemove={onRemove} />
      ))}
    </ul>
  );
}

export function PacksSection() {
  const [packs, refresh] = usePacks();
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [notice, setNotice] = useState('');
  const onOutcome = (outcome: Outcome) => {
    setNotice('');
    setOutcomes((list) => [outcome, ...list].slice(0, 5));
    void refresh();
  };
  const onRemove = async (pack: PackSummary) => {
    const removed = await removePack(pack.id);
    // What was said about earlier imports no longer describes the library.
    setOutcomes([]);
    setNotice(removed ? t('packRemoved', pack.title) : t('packRemoveFailed', pack.title));
    await refresh();
    document.getElementById('packs-heading')?.focus();
  };
  return (
    <section id="packs" aria-labelledby="packs-heading">
      <h2 id="packs-heading" tabIndex={-1}>
        {t('packsHeading')}
      </h2>
      <p class="muted">{t('packsIntro')}</p>
      <div class="panel">
        <h3>{t('importHeading')}</h3>
        <ImportFile onOutcome={onOutcome} />
        <ImportUrl onOutcome={onOutcome} />
        <div class="outcomes" aria-live="polite">
          {outcomes.map((outcome, i) => (
            <ImportOutcome key={`${outcomes.length - i}`} outcome={outcome} />
          ))}
        </div>
      </div>
      <p class="notice" role="status">
        {notice}
      </p>
      <h3 id="packs-list-heading">{t('packsListLabel')}</h3>
      <PackList packs={packs} onRemove={onRemove} />
      <div class="panel">
        <h3>{t('exportHeading')}</h3>
        <ExportPanel />
      </div>
    </section>
  );
}
