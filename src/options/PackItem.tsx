// One pack in the library: what it is, what it holds, and its removal (asked twice, since it cannot be undone).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PackSummary } from '../kb/types';
import { formatDate, safeHref } from '../ui/format';
import { t, tn } from '../ui/i18n';

export interface PackItemProps {
  pack: PackSummary;
  onRemove(pack: PackSummary): Promise<void>;
}

function sourceText(pack: PackSummary): string {
  if (pack.source === 'bundled') return t('sourceBundled');
  if (pack.source === 'url') return t('sourceUrl', pack.url ? new URL(pack.url).host : '');
  return t('sourceFile');
}

function counts(pack: PackSummary): string {
  const { entities, events, articles } = pack.counts;
  return [tn('countEntities', entities), tn('countEvents', events), tn('countArticles', articles)].join(' · ');
}

function Confirm({ pack, onRemove, onCancel }: PackItemProps & { onCancel(): void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div class="confirm" role="group" aria-label={t('removeConfirmLabel', pack.title)}>
      <p>{t('removeConfirm', [pack.title, counts(pack)])}</p>
      <button type="button" class="button primary danger" ref={button} onClick={() => void onRemove(pack)}>
        {t('removeConfirmButton')}
      </button>{' '}
      <button type="button" class="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}

export function PackItem({ pack, onRemove }: PackItemProps) {
  const [confirming, setConfirming] = useState(false);
  const href = pack.source === 'url' ? safeHref(pack.url) : null;
  return (
    <li class="pack" data-pack={pack.id}>
      <div class="pack-main">
        <h3 class="pack-title">{pack.title}</h3>
        <p class="pack-meta">
          {t('packMeta', [pack.publisher, pack.version, formatDate(pack.updated)])} ·{' '}
          {href ? <a href={href}>{sourceText(pack)}</a> : sourceText(pack)}
        </p>
        <p class="pack-counts">{counts(pack)}</p>
      </div>
      {confirming ? (
        <Confirm pack={pack} onRemove={onRemove} onCancel={() => setConfirming(false)} />
      ) : (
        <button
          type="button"
          class="button danger"
          aria-label={t('removePackLabel', pack.title)}
          onClick={() => setConfirming(true)}
        >
          {t('remove')}
        </button>
      )}
    </li>
  );
}
