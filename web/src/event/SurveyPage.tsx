import { useState } from 'preact/hooks';
import { formatDay, formatFixed } from '../i18n/format';
import { eventsApi, surveyItems } from '../api/events';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, Link, Loading, PageTitle, useAction, useLoad, type SubmitHandler } from '../ui/components';
import './event.css';

// The post-event survey: each attendee answers once, without their name, until 14 days after the
// event; results once it has closed, and only from three responses.
export function EventSurveyPage(props: { eventId: number }) {
  const { t, locale } = useI18n();
  const event = useLoad(() => eventsApi.get(props.eventId), [props.eventId]);
  const results = useLoad(() => eventsApi.surveyResults(props.eventId), [props.eventId]);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const [done, setDone] = useState('');
  const action = useAction();
  if (!event.data) return <Loading error={event.error} />;
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    if (await action.run(() => eventsApi.answerSurvey(props.eventId, answers, comment))) {
      await results.reload();
      setDone(t('event.surveyThanks'));
    }
  };
  const r = results.data;
  return (
    <>
      <PageTitle>{t('event.surveyTitle', { event: event.data.title })}</PageTitle>
      <p><Link href={`/network/events/${props.eventId}`}>{event.data.title}</Link></p>
      <p>{t('event.surveyIntro')}</p>
      {r?.status === 'closed' && <p>{t('event.surveyClosed', { date: formatDay(r.closes_on, locale) })}</p>}
      {!done && r?.status !== 'closed' && (
        <form onSubmit={submit} class="event-survey">
          {surveyItems.map((item) => (
            <fieldset key={item} class="event-survey-item">
              <legend>{t(`event.surveyItem.${item}` as MessageKey)}</legend>
              <p class="event-scale" id={`scale-${item}`}>{t('event.scale')}</p>
              <div class="event-radios">
                {[1, 2, 3, 4, 5].map((v) => (
                  <label key={v}>
                    <input type="radio" name={item} value={v} checked={answers[item] === v} aria-describedby={`scale-${item}`}
                      onChange={() => setAnswers({ ...answers, [item]: v })} />
                    {' '}{v}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <Field label={t('event.surveyComment')}>
            <textarea rows={3} maxLength={2000} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
          </Field>
          <ErrorMessage error={action.error} />
          <button type="submit" disabled={action.busy}>{t('event.surveySend')}</button>
        </form>
      )}
      <div role="status" class="status">{done}</div>
      <section aria-labelledby="results-title">
        <h2 id="results-title">{t('event.resultsTitle')}</h2>
        {!r ? (
          <Loading error={results.error} />
        ) : r.status !== 'closed' ? (
          <p>{t('event.resultsLater', { date: formatDay(r.closes_on, locale), count: r.responses })}</p>
        ) : !r.shown ? (
          <p>{t('event.resultsHidden', { minimum: r.minimum, count: r.responses })}</p>
        ) : (
          <>
            <p>{t('event.responses', { count: r.responses })}</p>
            <dl class="facts">
              {r.items.map((i) => (
                <div key={i.item} class="event-fact">
                  <dt>{t(`event.surveyItem.${i.item}` as MessageKey)}</dt>
                  <dd>{t('event.average', { average: formatFixed(i.average, 1, locale) })}</dd>
                </div>
              ))}
            </dl>
            {r.comments.length > 0 && (
              <>
                <h3>{t('event.comments')}</h3>
                <ul>{r.comments.map((c, i) => <li key={i}>{c}</li>)}</ul>
              </>
            )}
          </>
        )}
      </section>
    </>
  );
}
