import type { MessageKey } from '../i18n/en';
import { practicesApi } from '../api/practices';
import type { DistrictView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Link, Loading, PageTitle, TableScroll, useLoad } from '../ui/components';
import './practice.css';

// The district's tab: its practices with their sign-off status, and its peer districts.
export function DistrictPracticesPage(props: { district: DistrictView }) {
  const { t } = useI18n();
  const districtId = props.district.id;
  const list = useLoad(() => practicesApi.ofDistrict(districtId), [districtId]);
  const peers = useLoad(() => practicesApi.peers(districtId), [districtId]);
  const base = `/districts/${districtId}/practices`;
  return (
    <div class="practice-area">
      <PageTitle>{t('practice.districtTitle')}</PageTitle>
      <p>{t('practice.districtIntro')}</p>
      <p class="practice-actions">
        <Link href={`${base}/new`} class="button-link">{t('practice.write')}</Link>
        <Link href="/network/practices">{t('practice.openLibrary')}</Link>
      </p>
      <section aria-labelledby="practice-own">
        <h2 id="practice-own">{t('practice.ours')}</h2>
        {!list.data ? (
          <Loading error={list.error} />
        ) : list.data.items.length === 0 ? (
          <p>{t('practice.noneYet')}</p>
        ) : (
          <TableScroll>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('practice.titleField')}</th>
                  <th scope="col">{t('practice.stateFilter')}</th>
                  <th scope="col">{t('practice.laborSignOff')}</th>
                  <th scope="col">{t('practice.managementSignOff')}</th>
                  <th scope="col">{t('practice.adoptionsTitle')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((p) => (
                  <tr key={p.id}>
                    <th scope="row"><Link href={`${base}/${p.id}`}>{p.title}</Link></th>
                    <td>{t(`practice.state.${p.state}` as MessageKey)}</td>
                    <td>{p.labor_signed ? t('practice.signed') : t('practice.waiting')}</td>
                    <td>{p.management_signed ? t('practice.signed') : t('practice.waiting')}</td>
                    <td>{p.adoptions}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section aria-labelledby="practice-peers">
        <h2 id="practice-peers">{t('practice.peersTitle')}</h2>
        <p>{t('practice.peersIntro')}</p>
        {!peers.data ? (
          <Loading error={peers.error} />
        ) : (
          <>
            {peers.data.missing.length > 0 && (
              <p class="notice">
                {t('practice.peersMissing', {
                  figures: peers.data.missing.map((f) => t(`practice.figure.${f}` as MessageKey)).join(', '),
                })}
              </p>
            )}
            {peers.data.items.length === 0 ? (
              <p>{t('practice.noPeers')}</p>
            ) : (
              <ul class="cards">
                {peers.data.items.map((peer) => (
                  <li key={peer.district.id}>
                    <strong>{peer.district.name}</strong>
                    {peer.district.state ? `, ${peer.district.state}` : ''}
                    <div class="practice-meta">
                      {peer.size ? t(`practice.size.${peer.size}` as MessageKey) : ''}
                    </div>
                    {peer.practices.length === 0 ? (
                      <p>{t('practice.peerNoPractices')}</p>
                    ) : (
                      <ul>
                        {peer.practices.map((p) => (
                          <li key={p.id}><Link href={`/network/practices/${p.id}`}>{p.title}</Link></li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </div>
  );
}
