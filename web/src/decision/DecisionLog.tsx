import { useState } from 'preact/hooks';
import { decisionsApi, type LogEntry } from '../api/decisions';
import type { DistrictView } from '../api/types';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Link, Loading, PageTitle, useLoad } from '../ui/components';
import { formatDay } from '../i18n/format';
import '../issue/issue.css';
import './decision.css';

const short = (hash: string) => `${hash.slice(0, 12)}…`;

// The district's append-only decision log, oldest first, and the check of its hash chain.
export function DecisionLogPage(props: { district: DistrictView }) {
  const { t, locale } = useI18n();
  const districtId = props.district.id;
  const check = useLoad(() => decisionsApi.verifyLog(districtId), [districtId]);
  const first = useLoad(() => decisionsApi.log(districtId), [districtId]);
  const [more, setMore] = useState<LogEntry[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [moreError, setMoreError] = useState<unknown>(null);
  const next = cursor === undefined ? first.data?.next_cursor : cursor;
  const entries = [...(first.data?.items ?? []), ...more];
  const bad = check.data && !check.data.ok ? check.data.first_bad_seq : null;
  const base = `/districts/${districtId}`;
  const loadMore = async () => {
    setMoreError(null);
    try {
      const page = await decisionsApi.log(districtId, next ?? '');
      setMore((m) => [...m, ...page.items]);
      setCursor(page.next_cursor);
    } catch (err) {
      setMoreError(err);
    }
  };
  return (
    <>
      <p class="crumbs"><Link href={`${base}/decisions`}>{t('decision.list.title')}</Link></p>
      <PageTitle>{t('decision.log.title')}</PageTitle>
      <p>{t('decision.log.intro')}</p>
      <div class="chain-check" aria-live="polite">
        {!check.data ? (
          <Loading error={check.error} />
        ) : check.data.ok ? (
          <p class="chain-ok">
            {check.data.entries === 0
              ? t('decision.log.verifiedEmpty')
              : t(check.data.entries === 1 ? 'decision.log.verified.one' : 'decision.log.verified.other',
                { entries: check.data.entries })}
            {check.data.head_hash && check.data.entries !== 0 && (
              <span class="head-hash">{t('decision.log.head')} <code>{short(check.data.head_hash)}</code></span>
            )}
          </p>
        ) : (
          <p class="chain-bad" role="alert">
            {t('decision.log.broken', { seq: check.data.first_bad_seq ?? '?' })} {check.data.reason}
          </p>
        )}
        <button type="button" class="secondary" onClick={check.reload}>{t('decision.log.checkAgain')}</button>
      </div>
      {!first.data ? (
        <Loading error={first.error} />
      ) : entries.length === 0 ? (
        <p>{t('decision.log.none')}</p>
      ) : (
        <div class="table-scroll" tabIndex={0} role="region" aria-label={t('decision.log.title')}>
          <table class="log">
            <thead>
              <tr>
                <th scope="col">{t('decision.log.seq')}</th>
                <th scope="col">{t('decision.log.closed')}</th>
                <th scope="col">{t('decision.log.decision')}</th>
                <th scope="col">{t('decision.log.outcome')}</th>
                <th scope="col">{t('decision.log.hash')}</th>
                <th scope="col">{t('decision.log.prevHash')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} class={e.seq === bad ? 'bad' : undefined}>
                  <td>{e.seq}{e.seq === bad && <>{' '}<strong>{t('decision.log.failed')}</strong></>}</td>
                  <td>{e.entry?.closed_at ? formatDay(e.entry.closed_at, locale) : ''}</td>
                  <td>
                    <Link href={`${base}/decisions/${e.decision_id}`}>
                      {e.entry?.title ?? t('decision.log.confidential')}
                    </Link>
                  </td>
                  <td>{e.entry?.outcome ? t(`decision.status.${e.entry.outcome}` as MessageKey) : ''}</td>
                  <td><code>{short(e.hash)}</code></td>
                  <td><code>{short(e.prev_hash)}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorMessage error={moreError} />
      {next && <button type="button" class="secondary" onClick={loadMore}>{t('decision.log.more')}</button>}
    </>
  );
}
