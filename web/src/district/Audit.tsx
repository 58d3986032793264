import { api } from '../api/client';
import type { DistrictView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Loading, PageTitle, useLoad } from '../ui/components';

export function AuditPage(props: { district: DistrictView }) {
  const { t, locale } = useI18n();
  const { data, error } = useLoad(() => api.audit(props.district.id), [props.district.id]);
  return (
    <>
      <PageTitle>{t('audit.title')}</PageTitle>
      {!data ? (
        <Loading error={error} />
      ) : data.items.length === 0 ? (
        <p>{t('audit.none')}</p>
      ) : (
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
                <td>{e.actor_name}</td>
                <td>
                  <code>{e.action}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
