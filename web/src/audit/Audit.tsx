import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client';
import { outcomesApi } from '../api/outcomes';
import type { AuditEntry, DistrictView, Page } from '../api/types';
import { formatMoment } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Loading, PageTitle, useAction, useLoad } from '../ui/components';
import { auditSentence, type MetricNames } from './sentence';
import './audit.css';

// A district's own audit log.
export function AuditPage(props: { district: DistrictView }) {
  const { t } = useI18n();
  const log = useLoad(() => api.audit(props.district.id), [props.district.id]);
  const older = (cursor: string) => api.audit(props.district.id, cursor);
  // The district's metrics, so that a metric is named in the reader's language, not as it was logged.
  const metrics = useLoad(() => outcomesApi.metrics(props.district.id).catch(() => ({ items: [] })), [props.district.id]);
  const names: MetricNames = new Map((metrics.data?.items ?? []).map((m) => [m.key, m]));
  return (
    <>
      <PageTitle>{t('audit.title')}</PageTitle>
      <AuditList log={log} older={older} label={t('audit.title')} nobody={t('audit.accord')} metrics={names} />
    </>
  );
}

// The network's own log (events and the district directory), for administrators.
export function NetworkAuditPage() {
  const { t } = useI18n();
  const log = useLoad(() => api.networkAudit(), []);
  return (
    <>
      <PageTitle>{t('audit.networkTitle')}</PageTitle>
      <p>{t('audit.networkIntro')}</p>
      <AuditList log={log} older={api.networkAudit} label={t('audit.networkTitle')} nobody={t('audit.commandLine')} />
    </>
  );
}

// Newest first, each entry a sentence with when it happened; older pages on request, so that years
// of a partnership's history stay reachable.
function AuditList(props: {
  log: { data?: Page<AuditEntry>; error?: unknown };
  older: (cursor: string) => Promise<Page<AuditEntry>>;
  label: string;
  nobody: string;
  metrics?: MetricNames;
}) {
  const { t, locale } = useI18n();
  const { data, error } = props.log;
  const [more, setMore] = useState<{ items: AuditEntry[]; next: string | null } | null>(null);
  const { error: moreError, busy, run } = useAction();
  useEffect(() => setMore(null), [data]);
  if (!data) return <Loading error={error} />;
  if (data.items.length === 0) return <p>{t('audit.none')}</p>;
  const items = more ? [...data.items, ...more.items] : data.items;
  const next = more ? more.next : data.next_cursor;
  const showOlder = () =>
    run(async () => {
      const page = await props.older(next ?? '');
      setMore({ items: [...(more?.items ?? []), ...page.items], next: page.next_cursor });
    });
  return (
    <>
      <ol class="audit-log" aria-label={props.label}>
        {items.map((e) => (
          <li key={e.id}>
            <span class="audit-what">{auditSentence(e, t, locale, props.nobody, props.metrics)}</span>{' '}
            <time class="audit-when" dateTime={new Date(e.at * 1000).toISOString()}>{formatMoment(e.at, locale)}</time>
          </li>
        ))}
      </ol>
      <ErrorMessage error={moreError} />
      {next && <button type="button" class="secondary" disabled={busy} onClick={showOlder}>{t('audit.older')}</button>}
    </>
  );
}
