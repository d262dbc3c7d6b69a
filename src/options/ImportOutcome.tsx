// The result of an import, in words a curator understands: what landed, or each problem with where it is.
import type { PackError } from '../kb/types';
import { t, tn } from '../ui/i18n';
import type { Outcome } from './outcome';

const shownErrors = 50;

/** `$` is the whole file; other paths are shown as the validator wrote them (`events[3].respondsTo`). */
function place(path: string): string {
  return path === '$' || path === '' ? t('wholeFile') : path.replace(/^\$\.?/, '');
}

function ErrorList({ errors }: { errors: PackError[] }) {
  const more = errors.length - shownErrors;
  return (
    <ul class="errors">
      {errors.slice(0, shownErrors).map((error, i) => (
        <li key={i}>
          <code class="error-path">{place(error.path)}</code> <span class="error-message">{error.message}</span>
        </li>
      ))}
      {more > 0 && <li class="muted">{t('moreErrors', more)}</li>}
    </ul>
  );
}

function Failed({ name, text, errors }: { name: string; text: string; errors?: PackError[] }) {
  return (
    <div class="outcome outcome-failed" role="alert">
      <p>
        <strong>{t('importFailedTitle', name)}</strong> {text}
      </p>
      {errors && <ErrorList errors={errors} />}
    </div>
  );
}

export function ImportOutcome({ outcome }: { outcome: Outcome }) {
  if ('failure' in outcome) return <Failed name={outcome.name} text={outcome.failure} />;
  const { report } = outcome;
  if (!report.ok)
    return <Failed name={outcome.name} text={tn('packProblems', report.errors.length)} errors={report.errors} />;
  const { pack } = report;
  const key =
    report.outcome === 'imported' ? 'importDone' : report.outcome === 'updated' ? 'importUpdated' : 'importUnchanged';
  return (
    <div class="outcome outcome-ok" role="status">
      <p>{t(key, [pack.title, pack.version])}</p>
    </div>
  );
}
