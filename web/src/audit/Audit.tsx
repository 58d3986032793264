import { api } from '../api/client';
import { outcomesApi } from '../api/outcomes';
import type { AuditEntry, DistrictView, Page } from '../api/types';
import { formatMoment } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Loading, PageTitle, useLoad } from '../ui/components';
import { auditSentence, type MetricNames } from './sentence';
import './audit.css';

// A district's own audit log.
export function AuditPage(props: { district: DistrictView }) {
  const { t } = useI18n();
  const log = useLoad(() => api.audit(props.district.id), [props.district.id]);
  // The district's metrics, so that a metric is named in the reader's language, not as it was logged.
  const metrics = useLoad(() => outcomesApi.metrics(props.district.id).catch(() => ({ items: [] })), [props.district.id]);
  const names: MetricNames = new Map((metrics.data?.items ?? []).map((m) => [m.key, m]));
  return (
    <>
      <PageTitle>{t('audit.title')}</PageTitle>
      <AuditList log={log} label={t('audit.title')} nobody={t('audit.accord')} metrics={names} />
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
      <AuditList log={log} label={t('audit.networkTitle')} nobody={t('audit.commandLine')} />
    </>
  );
}

// Newest first, each entry a sentence with when it happened.
function AuditList(props: {
  log: { data?: Page<AuditEntry>; error?: unknown };
  label: string;
  nobody: string;
  metrics?: MetricNames;
}) {
  const { t, locale } = useI18n();
  const { data, error } = props.log;
  if (!data) return <Loading error={error} />;
  if (data.items.length === 0) return <p>{t('audit.none')}</p>;
  return (
    <ol class="audit-log" aria-label={props.label}>
      {data.items.map((e) => (
        <li key={e.id}>
          <span class="audit-what">{auditSentence(e, t, locale, props.nobody, props.metrics)}</span>{' '}
          <time class="audit-when" dateTime={new Date(e.at * 1000).toISOString()}>{formatMoment(e.at, locale)}</time>
        </li>
      ))}
    </ol>
  );
}
