import { useState } from 'preact/hooks';
import { api } from '../api/client';
import type { MyInvitation } from '../api/types';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Link, Loading, PageTitle, useLoad } from '../ui/components';
import { navigate } from '../ui/router';
import { formatNumber } from '../i18n/format';

export function DistrictListPage() {
  const { t, locale } = useI18n();
  const { data, error } = useLoad(() => api.districts(), []);
  return (
    <>
      <PageTitle>{t('districts.title')}</PageTitle>
      <PendingInvitations />
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
                {d.enrollment !== null && ` · ${t('districts.enrollment', { count: formatNumber(d.enrollment, locale) })}`}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

// Invitations to the signed-in person's address: nobody joins a district without saying yes here
// (or through the emailed link).
function PendingInvitations() {
  const { t } = useI18n();
  const { data, reload } = useLoad(() => api.myInvitations(), []);
  const [error, setError] = useState<unknown>(null);
  if (!data || data.items.length === 0) return null;
  const act = async (inv: MyInvitation, accept: boolean) => {
    setError(null);
    try {
      if (accept) {
        await api.acceptMyInvitation(inv.id);
        navigate(`/districts/${inv.district_id}`);
      } else {
        await api.declineMyInvitation(inv.id);
        reload();
      }
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t('districts.invitations')}</h2>
      <ErrorMessage error={error} />
      <ul class="cards">
        {data.items.map((inv) => (
          <li key={inv.id}>
            <p>
              {t('districts.invitationFrom', {
                inviter: inv.invited_by_name,
                district: inv.district_name,
                side: t(`side.${inv.side}` as MessageKey),
                role: t(`role.${inv.role}` as MessageKey),
              })}
            </p>
            <button type="button" onClick={() => act(inv, true)}>
              {t('districts.acceptInvitation', { district: inv.district_name })}
            </button>{' '}
            <button type="button" class="secondary" onClick={() => act(inv, false)}>
              {t('districts.declineInvitation', { district: inv.district_name })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
