import { api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Link, Loading, PageTitle, useLoad } from '../ui/components';

export function DistrictListPage() {
  const { t } = useI18n();
  const { data, error } = useLoad(() => api.districts(), []);
  return (
    <>
      <PageTitle>{t('districts.title')}</PageTitle>
      {!data ? (
        <Loading error={error} />
      ) : data.items.length === 0 ? (
        <p>{t('districts.none')}</p>
      ) : (
        <ul class="cards">
          {data.items.map((d) => (
            <li key={d.id}>
              <Link href={`/districts/${d.id}`}>{d.name}</Link>
              <div>
                {d.state}
                {d.enrollment !== null && ` · ${t('districts.enrollment', { count: d.enrollment.toLocaleString() })}`}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
