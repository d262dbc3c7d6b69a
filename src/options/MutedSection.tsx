// The names Backstory does not mark, everywhere or on one site, each with a way to mark it again.
import { useEffect, useState } from 'preact/hooks';
import { call } from '../shared/rpc';
import { listMutes, unmuteEntity, type Settings } from '../shared/settings';
import { t } from '../ui/i18n';
import type { SettingsUpdate } from './use-settings';

/** Entity id -> name, for the ids given; an id the knowledge base no longer has stays out (it is shown as the id). */
function useEntityNames(ids: string[]): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  const key = [...new Set(ids)].sort().join('\n');
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split('\n') : [];
    void Promise.all(wanted.map((id) => call('kb/card', { id }))).then((answers) => {
      const found = wanted.flatMap((id, i) => {
        const answer = answers[i];
        return answer?.ok && answer.value ? [[id, answer.value.name] as const] : [];
      });
      if (live) setNames(Object.fromEntries(found));
    });
    return () => void (live = false);
  }, [key]);
  return names;
}

export function MutedSection({ settings, update }: { settings: Settings; update: SettingsUpdate }) {
  const mutes = listMutes(settings);
  const names = useEntityNames(mutes.map((mute) => mute.id));
  // The pressed button leaves with its row: focus goes back to the section, as after removing a pack.
  const unmute = async (id: string, host: string | null) => {
    await update(unmuteEntity(settings, id, host));
    document.getElementById('muted-heading')?.focus();
  };
  return (
    <section id="muted" aria-labelledby="muted-heading">
      <h2 id="muted-heading" tabIndex={-1}>
        {t('mutedHeading')}
      </h2>
      <p class="muted">{t('mutedIntro')}</p>
      {mutes.length ? (
        <ul class="mute-list" aria-labelledby="muted-heading">
          {mutes.map(({ id, host }) => {
            const name = names[id] ?? id;
            const where = host ? t('mutedWhereSite', host) : t('mutedWhereEverywhere');
            return (
              <li key={`${host ?? ''} ${id}`} data-entity={id}>
                <span>
                  <span class="mute-name">{name}</span> <span class="muted">{where}</span>
                </span>
                <button
                  type="button"
                  class="button small"
                  aria-label={t('unmuteButtonLabel', [name, where])}
                  onClick={() => void unmute(id, host)}
                >
                  {t('unmuteButton')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="muted">{t('mutedEmpty')}</p>
      )}
    </section>
  );
}
