// "Never mark this here": the entity view's quiet way to stop marking an entity on the page's site or on every
// site, and to mark it again. Saved to the same settings the options page lists.
import { useEffect, useRef } from 'preact/hooks';
import { muteEntity, muteOf, unmuteEntity } from '../shared/settings';
import { t } from '../ui/i18n';
import { useSettings } from './use-settings';

export interface MuteControlProps {
  id: string;
  name: string;
  /** The site of the page the popup reports on; null when there is none (only "anywhere" is offered). */
  host: string | null;
}

/** After a change, the button that was pressed is gone: focus goes to the first button of the new state. */
function useFocusAfterChange() {
  const group = useRef<HTMLDivElement>(null);
  const changed = useRef(false);
  useEffect(() => {
    if (!changed.current) return;
    changed.current = false;
    group.current?.querySelector('button')?.focus();
  });
  return { group, markChanged: () => void (changed.current = true) };
}

export function MuteControl({ id, name, host }: MuteControlProps) {
  const [settings, update] = useSettings();
  const { group, markChanged } = useFocusAfterChange();
  if (!settings) return null;
  const muted = muteOf(settings, id, host);
  const change = (next: Partial<typeof settings>) => (markChanged(), update(next));
  return (
    <div class="mute" role="group" aria-label={t('muteGroupLabel', name)} ref={group}>
      {muted ? (
        <p class="mute-state">
          <span id="mute-state" role="status">
            {muted === 'site' && host ? t('mutedOnSite', host) : t('mutedEverywhere')}
          </span>{' '}
          <button
            type="button"
            class="link-button"
            aria-describedby="mute-state"
            onClick={() => change(unmuteEntity(settings, id, muted === 'site' ? host : null))}
          >
            {t('unmute')}
          </button>
        </p>
      ) : (
        <>
          {host && (
            <button type="button" class="link-button" onClick={() => change(muteEntity(settings, id, host))}>
              {t('muteOnSite', [name, host])}
            </button>
          )}
          <button type="button" class="link-button" onClick={() => change(muteEntity(settings, id, null))}>
            {t('muteEverywhere', name)}
          </button>
        </>
      )}
    </div>
  );
}
