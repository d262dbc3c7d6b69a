// The search box: a labelled search input inside a search landmark.
import { t } from './i18n';

export interface SearchFieldProps {
  id: string;
  value: string;
  onInput(value: string): void;
  /** Escape with an empty box: e.g. go back. */
  onEscape?(): void;
}

export function SearchField({ id, value, onInput, onEscape }: SearchFieldProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    if (value) onInput('');
    else onEscape?.();
    if (value || onEscape) event.preventDefault();
  };
  return (
    <form role="search" class="search" onSubmit={(event) => event.preventDefault()}>
      <label for={id} class="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        id={id}
        type="search"
        value={value}
        placeholder={t('searchPlaceholder')}
        autocomplete="off"
        spellcheck={false}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
    </form>
  );
}
