// A list of sites (host names) with a way to add one and to take each off.
import { useState } from 'preact/hooks';
import { hostOf } from '../ui/format';
import { t } from '../ui/i18n';

export interface SiteListProps {
  id: string;
  heading: string;
  empty: string;
  sites: string[];
  onChange(sites: string[]): void;
}

export function SiteList({ id, heading, empty, sites, onChange }: SiteListProps) {
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    const host = hostOf(value);
    if (!host) return setError(t('siteInvalid', value.trim()));
    setError('');
    setValue('');
    if (!sites.includes(host)) onChange([...sites, host].sort());
  };
  return (
    <div class="site-list">
      <h3 id={`${id}-heading`}>{heading}</h3>
      {sites.length ? (
        <ul aria-labelledby={`${id}-heading`}>
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                class="button danger small"
                aria-label={t('removeSiteLabel', site)}
                onClick={() => onChange(sites.filter((s) => s !== site))}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{empty}</p>
      )}
      <form class="inline-field" onSubmit={add}>
        <label for={`${id}-input`} class="visually-hidden">
          {t('addSiteLabel')}
        </label>
        <input
          id={`${id}-input`}
          type="text"
          placeholder="example.com"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
        <button type="submit" class="button">
          {t('addSite')}
        </button>
      </form>
      {error && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
