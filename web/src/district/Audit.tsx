import { api } from '../api/client';
import type { AuditEntry, DistrictView, Page } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Loading, PageTitle, TableScroll, useLoad } from '../ui/components';

// A district's own audit log.
export function AuditPage(props: { district: DistrictView }) {
  const { t } = useI18n();
  const log = useLoad(() => api.audit(props.district.id), [props.district.id]);
  return (
    <>
      <PageTitle>{t('audit.title')}</PageTitle>
      <AuditTable log={log} label={t('audit.title')} />
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
      <AuditTable log={log} label={t('audit.networkTitle')} />
    </>
  );
}

function AuditTable(props: { log: { data?: Page<AuditEntry>; error?: unknown }; label: string }) {
  const { t, locale } = useI18n();
  const { data, error } = props.log;
  if (!data) return <Loading error={error} />;
  if (data.items.length === 0) return <p>{t('audit.none')}</p>;
  return (
    <TableScroll label={props.label}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('audit.when')}</th>
            <th scope="col">{t('audit.who')}</th>
            <th scope="col">{t('audit.what')}</th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((e) => (
            <tr key={e.id}>
              <td>{new Date(e.at * 1000).toLocaleString(locale)}</td>
              <td>{e.actor_id === null ? t('audit.commandLine') : e.actor_name}</td>
              <td>
                <code>{e.action}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
