import type { PracticeView } from '../api/practices';
import { useI18n } from '../i18n/i18n';
import { PageTitle, TableScroll } from '../ui/components';
import './practice.css';
import { formatNumber } from '../i18n/format';

const number = (value: number | null, locale: string) => (value === null ? '—' : formatNumber(value, locale));
const change = (value: number | null, locale: string) =>
  value === null ? '—' : (value > 0 ? '+' : '') + number(value, locale);

// A practice as every reader sees it: what it is, the problem it solved, how it works (the body,
// rendered from Markdown by the server without raw HTML or script links), its evidence, and what
// happened in the districts that adopted it.
export function PracticeDetail(props: { practice: PracticeView }) {
  const { t, locale } = useI18n();
  const p = props.practice;
  const metricName = (key: string) => {
    const e = p.evidence.find((x) => x.metric_key === key);
    return e ? (locale === 'es' ? e.name_es : e.name_en) || key : key;
  };
  return (
    <article class="practice">
      <PageTitle>{p.title}</PageTitle>
      <p class="practice-meta">
        {t('practice.from', { district: p.district.name, state: p.district.state ?? '' })}
        {p.state === 'draft' && <> · <span class="practice-badge">{t('practice.state.draft')}</span></>}
      </p>
      {p.tags.length > 0 && (
        <ul class="practice-tags" aria-label={t('practice.tags')}>
          {p.tags.map((tag) => <li key={tag}>{tag}</li>)}
        </ul>
      )}
      {p.summary && <p class="practice-summary">{p.summary}</p>}
      {p.problem && (
        <section aria-labelledby="practice-problem">
          <h2 id="practice-problem">{t('practice.problem')}</h2>
          <p class="practice-text">{p.problem}</p>
        </section>
      )}
      {p.html && (
        <section aria-labelledby="practice-how">
          <h2 id="practice-how">{t('practice.how')}</h2>
          {/* Rendered by the server in cmark's safe mode (docs/network.md). */}
          <div class="practice-body" dangerouslySetInnerHTML={{ __html: p.html }} />
        </section>
      )}
      <section aria-labelledby="practice-evidence">
        <h2 id="practice-evidence">{t('practice.evidence')}</h2>
        {p.evidence.length === 0 ? (
          <p>{t('practice.noEvidence')}</p>
        ) : (
          <TableScroll>
            <table>
              <caption class="visually-hidden">{t('practice.evidenceCaption', { district: p.district.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('practice.metric')}</th>
                  <th scope="col">{t('practice.fromYear')}</th>
                  <th scope="col">{t('practice.toYear')}</th>
                  <th scope="col">{t('practice.change')}</th>
                </tr>
              </thead>
              <tbody>
                {p.evidence.map((e) => (
                  <tr key={e.metric_key + e.from_year}>
                    <th scope="row">{metricName(e.metric_key)}</th>
                    <td>{t('practice.yearValue', { year: e.from_year, value: number(e.from_value, locale) })}</td>
                    <td>{t('practice.yearValue', { year: e.to_year, value: number(e.to_value, locale) })}</td>
                    <td>{change(e.change, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section aria-labelledby="practice-adoptions">
        <h2 id="practice-adoptions">{t('practice.adoptionsTitle')}</h2>
        <p class="practice-adoptions">{t(p.adoptions === 1 ? 'practice.adoptedOnce' : 'practice.adoptedCount', { count: p.adoptions })}</p>
        {p.adopter_changes.length > 0 && (
          <TableScroll label={t('practice.adopterChanges')}>
            <table>
              <caption>{t('practice.adopterChanges')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('practice.district')}</th>
                  <th scope="col">{t('practice.metric')}</th>
                  <th scope="col">{t('practice.span')}</th>
                  <th scope="col">{t('practice.change')}</th>
                </tr>
              </thead>
              <tbody>
                {p.adopter_changes.map((c) => (
                  <tr key={`${c.district.id}-${c.metric_key}`}>
                    <th scope="row">{c.district.name}</th>
                    <td>{metricName(c.metric_key)}</td>
                    <td>{t('practice.spanValue', { from: c.from_year, to: c.to_year })}</td>
                    <td>{t('practice.changeValue', { from: number(c.from_value, locale), to: number(c.to_value, locale), change: change(c.change, locale) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      {p.contact && (
        <section aria-labelledby="practice-contact">
          <h2 id="practice-contact">{t('practice.contact')}</h2>
          <p>{p.contact}</p>
        </section>
      )}
    </article>
  );
}
