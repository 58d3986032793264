import { useState } from 'preact/hooks';
import { api, ApiError } from '../api/client';
import {
  defaultMinGroupSize, lowestMinGroupSize, surveysApi, type SurveyKind, type SurveyWindow,
} from '../api/surveys';
import type { Body, DistrictView } from '../api/types';
import { formatDay } from '../i18n/format';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Link, Loading, PageTitle, useAction, useLoad, type SubmitHandler } from '../ui/components';
import { addDays, schoolYear, todayUtc, withFieldLabel } from './text';
import './survey.css';

// The API's rule (domain/survey/policy): the district's leaders and the district committee's co-chairs run the surveys.
const leaderRoles = ['superintendent', 'union_president', 'board_president', 'administrator'];

function mayRunSurveys(district: DistrictView, bodies: Body[], windows: SurveyWindow[]) {
  const me = district.my_membership;
  return leaderRoles.includes(me.role) || windows.some((w) => w.may_manage) ||
    bodies.some((b) => b.level === 'district' && (b.labor_co_chair_id === me.user_id || b.management_co_chair_id === me.user_id));
}

// Partnership health: the district's survey windows, what each asks of me, its results, and for
// the stewards opening and closing windows.
export function HealthPage(props: { district: DistrictView }) {
  const { t } = useI18n();
  const d = props.district;
  const windows = useLoad(() => surveysApi.windows(d.id), [d.id]);
  const bodies = useLoad(() => api.bodies(d.id), [d.id]);
  const [message, setMessage] = useState('');
  const changed = (text: string) => {
    setMessage(text);
    windows.reload();
  };
  const mayRun = windows.data && bodies.data ? mayRunSurveys(d, bodies.data.items, windows.data.items) : false;
  return (
    <>
      <PageTitle>{t('survey.title')}</PageTitle>
      <p>{t('survey.intro')}</p>
      <p class="status" role="status">{message}</p>
      <section aria-labelledby="survey-windows-title">
        <h2 id="survey-windows-title">{t('survey.windows')}</h2>
        {!windows.data ? (
          <Loading error={windows.error} />
        ) : windows.data.items.length === 0 ? (
          <p>{t('survey.noWindows')}</p>
        ) : (
          <ul class="survey-window-list">
            {windows.data.items.map((w) => <WindowCard key={w.id} district={d} window={w} onChanged={changed} />)}
          </ul>
        )}
      </section>
      {mayRun && bodies.data && (
        <OpenWindowForm district={d} bodies={bodies.data.items} onOpened={changed} />
      )}
    </>
  );
}

function WindowCard(props: { district: DistrictView; window: SurveyWindow; onChanged: (message: string) => void }) {
  const { t, locale } = useI18n();
  const w = props.window;
  const base = `/districts/${props.district.id}/health/${w.id}`;
  const year = schoolYear(w.year);
  const open = w.status === 'open';
  return (
    <li class="survey-card">
      <h3>{t('survey.windowTitle', { year })}</h3>
      <p><span class={`survey-badge survey-status-${w.status}`}>{t(`survey.status.${w.status}` as MessageKey)}</span></p>
      <dl class="facts">
        <dt>{t('survey.surveys')}</dt>
        <dd>{w.surveys.map((s) => t(`survey.kind.${s}` as MessageKey)).join(' · ')}</dd>
        <dt>{t('survey.dates')}</dt>
        <dd>{t('survey.dateRange', { from: formatDay(w.opens_on, locale), to: formatDay(w.closes_on, locale) })}</dd>
        <dt>{t('survey.minGroupSize')}</dt>
        <dd>{w.min_group_size}</dd>
        <dt>{t('survey.schools')}</dt>
        <dd>{w.schools.length ? w.schools.join(' · ') : t('survey.noSchools')}</dd>
      </dl>
      <ul class="survey-actions">
        {w.answered.climate !== null && (
          <li>
            {w.answered.climate ? t('survey.answeredClimate')
              : open ? <Link href={`${base}/climate`}>{t('survey.takeClimate')}</Link>
              : t('survey.notOpenClimate')}
          </li>
        )}
        {w.answered.network !== null && (
          <li>
            {w.answered.network ? t('survey.answeredNetwork')
              : open ? <Link href={`${base}/network`}>{t('survey.takeNetwork')}</Link>
              : t('survey.notOpenNetwork')}
          </li>
        )}
        {!w.results_available && w.surveys.map((s) => (
          <li key={s}>{t(`survey.responsesSoFar.${s}` as MessageKey, { n: w.responses[s] ?? 0 })}</li>
        ))}
        <li>
          {w.results_available ? <Link href={`${base}/results`}>{t('survey.seeResults', { year })}</Link>
            : t('survey.resultsLater', { date: formatDay(w.closes_on, locale) })}
        </li>
      </ul>
      {w.may_manage && w.status !== 'closed' && (
        <CloseWindow district={props.district} window={w} onClosed={() => props.onChanged(t('survey.closed', { year }))} />
      )}
    </li>
  );
}

function CloseWindow(props: { district: DistrictView; window: SurveyWindow; onClosed: () => void }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const { error, busy, run } = useAction();
  const year = schoolYear(props.window.year);
  const close = async () => {
    if (await run(() => surveysApi.closeWindow(props.district.id, props.window.id))) props.onClosed();
  };
  if (!asking) {
    return (
      <button type="button" class="secondary" onClick={() => setAsking(true)}>{t('survey.close', { year })}</button>
    );
  }
  return (
    <div class="survey-confirm" role="group" aria-labelledby={`survey-close-${props.window.id}`}>
      <p id={`survey-close-${props.window.id}`}>{t('survey.closeConfirm')}</p>
      <ErrorMessage error={error} />
      <div class="survey-buttons">
        <button type="button" disabled={busy} onClick={close}>{t('survey.closeNow')}</button>
        <button type="button" class="secondary" onClick={() => setAsking(false)}>{t('survey.cancel')}</button>
      </div>
    </div>
  );
}

// A school year starts in the summer: until July, the one under way began the year before.
const currentSchoolYear = (today: string) => Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 7 ? 1 : 0);

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

function OpenWindowForm(props: { district: DistrictView; bodies: Body[]; onOpened: (message: string) => void }) {
  const { t } = useI18n();
  const today = todayUtc();
  const siteSchools = [...new Set(props.bodies.filter((b) => b.level === 'site' && b.school).map((b) => b.school as string))].sort();
  const [year, setYear] = useState(String(currentSchoolYear(today)));
  const [kinds, setKinds] = useState<Record<SurveyKind, boolean>>({ climate: true, network: true });
  const [opensOn, setOpensOn] = useState(today);
  const [closesOn, setClosesOn] = useState(addDays(today, 28));
  const [minGroupSize, setMinGroupSize] = useState(String(defaultMinGroupSize));
  const [schools, setSchools] = useState(siteSchools.join('\n'));
  const labels: Record<string, string> = {
    year: t('survey.form.year'), surveys: t('survey.surveys'), opens_on: t('survey.form.opensOn'),
    closes_on: t('survey.form.closesOn'), min_group_size: t('survey.minGroupSize'), schools: t('survey.form.schools'),
  };
  const { error, busy, run } = useAction();
  // A text that is not a whole number goes as it is, so that the API's refusal names its field.
  const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : text);
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    let opened: SurveyWindow | undefined;
    const ok = await run(async () => {
      opened = await surveysApi.openWindow(props.district.id, {
        year: whole(year) as number,
        surveys: (['climate', 'network'] as const).filter((k) => kinds[k]),
        opens_on: opensOn,
        closes_on: closesOn,
        min_group_size: whole(minGroupSize) as number,
        schools: lines(schools),
      });
    });
    if (ok && opened) {
      const message = opened.status === 'open' ? 'survey.opened' : 'survey.scheduled';
      props.onOpened(t(message, { year: schoolYear(opened.year) }));
    }
  };
  const errorField = error instanceof ApiError ? error.field : undefined;
  const invalid = (field: string) => errorField === field || undefined;
  return (
    <section aria-labelledby="survey-open-title">
      <h2 id="survey-open-title">{t('survey.form.title')}</h2>
      <form class="survey-open-form" onSubmit={submit} noValidate>
        <div class="field">
          <label for="survey-year">{t('survey.form.year')}</label>
          <input id="survey-year" type="number" inputMode="numeric" value={year} aria-invalid={invalid('year')}
            aria-describedby="survey-year-hint" onInput={(e) => setYear(e.currentTarget.value)} />
          <p id="survey-year-hint" class="survey-hint">{t('survey.form.yearHint')}</p>
        </div>
        <fieldset class="survey-kinds">
          <legend>{t('survey.surveys')}</legend>
          {(['climate', 'network'] as const).map((k) => (
            <label key={k} class="survey-check">
              <input type="checkbox" checked={kinds[k]} onChange={(e) => setKinds({ ...kinds, [k]: e.currentTarget.checked })} />
              {t(`survey.kind.${k}`)}
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for="survey-opens">{t('survey.form.opensOn')}</label>
          <input id="survey-opens" type="date" value={opensOn} aria-invalid={invalid('opens_on')}
            onInput={(e) => setOpensOn(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="survey-closes">{t('survey.form.closesOn')}</label>
          <input id="survey-closes" type="date" value={closesOn} aria-invalid={invalid('closes_on')}
            onInput={(e) => setClosesOn(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="survey-min">{t('survey.minGroupSize')}</label>
          <input id="survey-min" type="number" inputMode="numeric" value={minGroupSize} aria-invalid={invalid('min_group_size')}
            aria-describedby="survey-min-hint" onInput={(e) => setMinGroupSize(e.currentTarget.value)} />
          <p id="survey-min-hint" class="survey-hint">
            {t('survey.form.minHint', { lowest: lowestMinGroupSize, default: defaultMinGroupSize })}
          </p>
        </div>
        <div class="field">
          <label for="survey-schools">{t('survey.form.schools')}</label>
          <textarea id="survey-schools" rows={5} value={schools} aria-invalid={invalid('schools')}
            aria-describedby="survey-schools-hint" onInput={(e) => setSchools(e.currentTarget.value)} />
          <p id="survey-schools-hint" class="survey-hint">{t('survey.form.schoolsHint')}</p>
        </div>
        <ErrorMessage error={withFieldLabel(error, (f) => labels[f])} />
        <button type="submit" disabled={busy}>{t('survey.form.submit')}</button>
      </form>
    </section>
  );
}
