import { useRef, useState } from 'preact/hooks';
import { surveysApi, type ClimateInstrument, type LikertItem, type SurveyWindow } from '../api/surveys';
import type { DistrictView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Link, Loading, PageTitle, useLoad, type SubmitHandler } from '../ui/components';
import { BackToHealth, NotOpen, Outcome } from './frame';
import { inLocale, isConflict, schoolYear, withFieldLabel } from './text';
import './survey.css';

type Ending = 'recorded' | 'refused' | null;

// The yearly climate survey: the instrument's areas of statements, each answered 1–5 or skipped,
// sent once and anonymously.
export function ClimateSurveyPage(props: { district: DistrictView; windowId: number }) {
  const { t } = useI18n();
  const d = props.district;
  const loaded = useLoad(() => surveysApi.window(d.id, props.windowId), [d.id, props.windowId]);
  const [ending, setEnding] = useState<Ending>(null);
  const w = loaded.data;
  if (!w) return <Loading error={loaded.error} />;
  const health = `/districts/${d.id}/health`;
  let content;
  if (!w.instrument) content = <p class="notice">{t('survey.climate.none')}</p>;
  else if (ending === 'recorded') {
    content = (
      <Outcome kind="done">
        <p><strong>{t('survey.climate.recorded')}</strong></p>
        <p>{t('survey.climate.recordedDetail')}</p>
        <p><Link href={health}>{t('survey.back')}</Link></p>
      </Outcome>
    );
  } else if (ending === 'refused') {
    content = (
      <Outcome kind="refused">
        <p><strong>{t('survey.climate.refused')}</strong></p>
        <p>{t('survey.climate.refusedDetail')}</p>
      </Outcome>
    );
  } else if (w.answered.climate) {
    content = <p class="notice">{t('survey.climate.answeredBefore')}</p>;
  } else if (w.status !== 'open') {
    content = <NotOpen window={w} />;
  } else {
    content = <ClimateForm district={d} window={w} instrument={w.instrument} onEnd={setEnding} />;
  }
  return (
    <>
      <BackToHealth districtId={d.id} />
      <PageTitle>{t('survey.climate.title', { year: schoolYear(w.year) })}</PageTitle>
      <section class="survey-privacy" aria-labelledby="survey-privacy-title">
        <h2 id="survey-privacy-title">{t('survey.climate.privacyTitle')}</h2>
        <ul>
          <li>{t('survey.climate.privacyKept')}</li>
          <li>{t('survey.climate.privacyNotKept')}</li>
          <li>{t('survey.climate.privacyParticipation')}</li>
          <li>{t('survey.climate.privacyNoReadBack')}</li>
          <li>{t('survey.climate.privacyMinimum', { min: w.min_group_size })}</li>
        </ul>
      </section>
      {content}
    </>
  );
}

function ClimateForm(props: {
  district: DistrictView; window: SurveyWindow; instrument: ClimateInstrument; onEnd: (ending: Ending) => void;
}) {
  const { t, locale } = useI18n();
  const { district, window: w, instrument } = props;
  const items = instrument.areas.flatMap((a) => a.items);
  const [school, setSchool] = useState('');
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [error, setError] = useState<unknown>(null);
  const [nothing, setNothing] = useState(false);
  const [busy, setBusy] = useState(false);
  const count = items.filter((i) => answers[i.key] !== undefined).length;
  const choose = (key: string, value: number | undefined) => {
    const next = { ...answers };
    if (value === undefined) delete next[key];
    else next[key] = value;
    setAnswers(next);
    setNothing(false);
  };
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    setError(null);
    if (count === 0) {
      setNothing(true);
      return;
    }
    setBusy(true);
    try {
      await surveysApi.answerClimate(district.id, w.id, {
        school: school || null,
        answers: Object.fromEntries(items.map((i) => [i.key, answers[i.key] ?? null])),
      });
      props.onEnd('recorded');
    } catch (err) {
      // A 409 is either a second answer or a window that has just closed: the window says which.
      const fresh = isConflict(err) ? await surveysApi.window(district.id, w.id).catch(() => null) : null;
      if (fresh?.answered.climate) props.onEnd('refused');
      else setError(err);
    } finally {
      setBusy(false);
    }
  };
  const itemText = (field: string) => {
    if (field === 'school') return t('survey.climate.school');
    const item = items.find((i) => field === `answers.${i.key}`);
    return item ? inLocale(item.text, locale) : undefined;
  };
  return (
    <form class="survey-form" onSubmit={submit} noValidate>
      <div class="field">
        <label for="survey-school">{t('survey.climate.school')}</label>
        <select id="survey-school" value={school} aria-describedby="survey-school-hint"
          onChange={(e) => setSchool(e.currentTarget.value)}>
          <option value="">{t('survey.climate.noSchool')}</option>
          {w.schools.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
        <p id="survey-school-hint" class="survey-hint">{t('survey.climate.schoolHint')}</p>
      </div>
      <p>{t('survey.climate.howTo')}</p>
      {instrument.areas.map((area) => (
        <fieldset key={area.key} class="survey-area">
          <legend>{inLocale(area.name, locale)}</legend>
          {area.items.map((item) => (
            <LikertQuestion key={item.key} item={item} instrument={instrument} value={answers[item.key]}
              onChoose={(v) => choose(item.key, v)} />
          ))}
        </fieldset>
      ))}
      <p>{t('survey.climate.count', { count, total: items.length })}</p>
      <p>{t('survey.climate.once')}</p>
      {nothing && <p class="error" role="alert">{t('survey.climate.answerOne')}</p>}
      <ErrorMessage error={withFieldLabel(error, itemText)} />
      <button type="submit" disabled={busy}>{t('survey.climate.submit')}</button>
    </form>
  );
}

// One statement: a radio group of the scale's five values, with a button that takes an answer back.
function LikertQuestion(props: {
  item: LikertItem; instrument: ClimateInstrument; value: number | undefined; onChoose: (value: number | undefined) => void;
}) {
  const { t, locale } = useI18n();
  const { item } = props;
  const textId = `survey-q-${item.key}`;
  const group = useRef<HTMLDivElement>(null);
  // The button goes away with the answer: the focus goes back to the statement's first value.
  const clear = () => {
    group.current?.querySelector('input')?.focus();
    props.onChoose(undefined);
  };
  return (
    <div ref={group} class="survey-item" role="radiogroup" aria-labelledby={textId}>
      <p id={textId} class="survey-statement">{inLocale(item.text, locale)}</p>
      <div class="survey-scale">
        {props.instrument.scale.map((s) => (
          <label key={s.value} class="survey-choice">
            <input type="radio" name={item.key} value={s.value} checked={props.value === s.value}
              onChange={() => props.onChoose(s.value)} />
            <span class="survey-choice-value">{s.value}</span>
            <span class="survey-choice-label">{inLocale(s.label, locale)}</span>
          </label>
        ))}
      </div>
      {props.value !== undefined && (
        <button type="button" class="secondary survey-clear" aria-describedby={textId} onClick={clear}>
          {t('survey.climate.clear')}
        </button>
      )}
    </div>
  );
}
