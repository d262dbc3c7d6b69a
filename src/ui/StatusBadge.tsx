// An event's status as a badge: a colour and, always, the word (colour alone says nothing to many readers).
import type { EventStatus } from '../kb/types';
import { t } from './i18n';
import { statusKey } from './labels';

/** `Alleged`, `Denied`, … in the status's colour. */
export function StatusBadge({ status }: { status: EventStatus }) {
  return (
    <span class={`badge badge-${status}`}>
      <span class="visually-hidden">{t('statusLabel')} </span>
      {t(statusKey[status])}
    </span>
  );
}
