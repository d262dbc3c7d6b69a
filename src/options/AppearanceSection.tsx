// How marks look on the page and how long the pointer rests before a card opens.
import type { MessageKey } from '../ui/i18n';
import { t } from '../ui/i18n';
import type { MarkStyle, Settings } from '../shared/settings';
import type { SettingsUpdate } from './use-settings';

const styles: { value: MarkStyle; key: MessageKey }[] = [
  { value: 'underline', key: 'markUnderline' },
  { value: 'highlight', key: 'markHighlight' },
  { value: 'off', key: 'markOff' },
];

const delays = [0, 250, 500, 750, 1000, 1500, 2000];

function delayChoices(current: number): number[] {
  return delays.includes(current) ? delays : [...delays, current].sort((a, b) => a - b);
}

export function AppearanceSection({ settings, update }: { settings: Settings; update: SettingsUpdate }) {
  return (
    <section id="appearance" aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">{t('appearanceHeading')}</h2>
      <fieldset>
        <legend>{t('markStyleLegend')}</legend>
        {styles.map(({ value, key }) => (
          <label class="check" key={value}>
            <input
              type="radio"
              name="mark-style"
              checked={settings.markStyle === value}
              onChange={() => void update({ markStyle: value })}
            />
            <span class={`mark-sample mark-${value}`}>{t(key)}</span>
          </label>
        ))}
      </fieldset>
      <label class="field" for="card-delay">
        {t('cardDelayLabel')}
      </label>
      <select
        id="card-delay"
        value={String(settings.cardDelay)}
        onChange={(event) => void update({ cardDelay: Number(event.currentTarget.value) })}
      >
        {delayChoices(settings.cardDelay).map((ms) => (
          <option key={ms} value={String(ms)}>
            {ms === 0 ? t('cardDelayNone') : t('cardDelayMs', ms)}
          </option>
        ))}
      </select>
    </section>
  );
}
