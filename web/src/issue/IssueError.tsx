import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/components';

// A 409 from the API means the issue or proposal has moved on (a step would be skipped, the
// proposal has closed): say so plainly; the page that shows it reloads what it shows.
export function IssueError(props: { error: unknown }) {
  const { t } = useI18n();
  const e = props.error;
  if (e instanceof ApiError && e.status === 409) {
    return (
      <div class="error conflict" role="alert">
        <strong>{t('issue.conflict')}</strong> {e.message}. {t('issue.conflictReloaded')}
      </div>
    );
  }
  return <ErrorMessage error={e} />;
}
