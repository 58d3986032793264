import { useState } from 'preact/hooks';
import { api } from '../api/client';
import {
  contactFrequencies, networkTopics, surveysApi, type ContactFrequency, type NetworkContact, type NetworkTopic, type SurveyWindow,
} from '../api/surveys';
import type { DistrictView, Membership } from '../api/types';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Link, Loading, PageTitle, useLoad, type SubmitHandler } from '../ui/components';
import { BackToHealth, NotOpen, Outcome } from './frame';
import { isConflict, schoolYear, withFieldLabel } from './text';
import './survey.css';

type Ending = 'recorded' | 'refused' | null;
// colleague → frequency, per topic
type Choices = Record<NetworkTopic, Record<number, ContactFrequency>>;

// Shown without a filter; a larger district finds colleagues by typing part of a name.
const shownAtOnce = 25;

async function allMembers(district: number): Promise<Membership[]> {
  const out: Membership[] = [];
  let cursor = '';
  do {
    const page = await api.memberships(district, cursor);
    out.push(...page.items);
    cursor = page.next_cursor ?? '';
  } while (cursor);
  return out;
}

// The collaboration-network survey: per topic, the colleagues one talks with and how often. Only
// each school's totals are ever shown.
export function NetworkSurveyPage(props: { district: DistrictView; windowId: number }) {
  const { t } = useI18n();
  const d = props.district;
  const loaded = useLoad(() => surveysApi.window(d.id, props.windowId), [d.id, props.windowId]);
  const members = useLoad(() => allMembers(d.id), [d.id]);
  const [ending, setEnding] = useState<Ending>(null);
  const w = loaded.data;
  if (!w) return <Loading error={loaded.error} />;
  const runs = w.surveys.includes('network');
  let content;
  if (!runs) content = <p class="notice">{t('survey.network.none')}</p>;
  else if (ending === 'recorded') {
    content = (
      <Outcome kind="done">
        <p><strong>{t('survey.network.recorded')}</strong></p>
        <p>{t('survey.network.recordedDetail')}</p>
        <p><Link href={`/districts/${d.id}/health`}>{t('survey.back')}</Link></p>
      </Outcome>
    );
  } else if (ending === 'refused') {
    content = (
      <Outcome kind="refused">
        <p><strong>{t('survey.network.refused')}</strong></p>
        <p>{t('survey.network.refusedDetail')}</p>
      </Outcome>
    );
  } else if (w.answered.network) {
    content = <p class="notice">{t('survey.network.answeredBefore')}</p>;
  } else if (w.status !== 'open') {
    content = <NotOpen window={w} />;
  } else if (!members.data) {
    content = <Loading error={members.error} />;
  } else {
    const colleagues = members.data.filter((m) => m.user_id !== d.my_membership.user_id);
    content = <NetworkForm district={d} window={w} colleagues={colleagues} onEnd={setEnding} />;
  }
  return (
    <>
      <BackToHealth districtId={d.id} />
      <PageTitle>{t('survey.network.title', { year: schoolYear(w.year) })}</PageTitle>
      <section class="survey-privacy" aria-labelledby="survey-privacy-title">
        <h2 id="survey-privacy-title">{t('survey.network.privacyTitle')}</h2>
        <ul>
          <li>{t('survey.network.privacyTotals')}</li>
          <li>{t('survey.network.privacyNobody')}</li>
          <li>{t('survey.network.privacyKept')}</li>
          <li>{t('survey.network.privacyMinimum', { min: w.min_group_size })}</li>
        </ul>
      </section>
      {content}
    </>
  );
}

function NetworkForm(props: {
  district: DistrictView; window: SurveyWindow; colleagues: Membership[]; onEnd: (ending: Ending) => void;
}) {
  const { t } = useI18n();
  const { district, window: w } = props;
  const [school, setSchool] = useState('');
  const [choices, setChoices] = useState<Choices>({ student_data: {}, curriculum: {}, teaching_practice: {}, mentoring: {} });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const choose = (topic: NetworkTopic, colleague: number, frequency: ContactFrequency | '') => {
    const forTopic = { ...choices[topic] };
    if (frequency) forTopic[colleague] = frequency;
    else delete forTopic[colleague];
    setChoices({ ...choices, [topic]: forTopic });
  };
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    setError(null);
    const contacts: NetworkContact[] = networkTopics.flatMap((topic) =>
      Object.entries(choices[topic]).map(([id, frequency]) => ({ colleague_id: Number(id), topic, frequency })));
    setBusy(true);
    try {
      await surveysApi.answerNetwork(district.id, w.id, { school, contacts });
      props.onEnd('recorded');
    } catch (err) {
      const fresh = isConflict(err) ? await surveysApi.window(district.id, w.id).catch(() => null) : null;
      if (fresh?.answered.network) props.onEnd('refused');
      else setError(err);
    } finally {
      setBusy(false);
    }
  };
  const label = (field: string) => (field === 'school' ? t('survey.network.school') : undefined);
  return (
    <form class="survey-form" onSubmit={submit} noValidate>
      <div class="field">
        <label for="survey-school">{t('survey.network.school')}</label>
        <select id="survey-school" value={school} required aria-describedby="survey-school-hint"
          onChange={(e) => setSchool(e.currentTarget.value)}>
          <option value="">{t('survey.network.chooseSchool')}</option>
          {w.schools.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
        <p id="survey-school-hint" class="survey-hint">{t('survey.network.schoolHint')}</p>
      </div>
      <p>{t('survey.network.howTo')}</p>
      {networkTopics.map((topic) => (
        <TopicChoices key={topic} topic={topic} colleagues={props.colleagues} chosen={choices[topic]}
          onChoose={(colleague, frequency) => choose(topic, colleague, frequency)} />
      ))}
      <p>{t('survey.network.once')}</p>
      <ErrorMessage error={withFieldLabel(error, label)} />
      <button type="submit" disabled={busy}>{t('survey.network.submit')}</button>
    </form>
  );
}

function TopicChoices(props: {
  topic: NetworkTopic; colleagues: Membership[]; chosen: Record<number, ContactFrequency>;
  onChoose: (colleague: number, frequency: ContactFrequency | '') => void;
}) {
  const { t } = useI18n();
  const { topic, chosen } = props;
  const [filter, setFilter] = useState('');
  const topicName = t(`survey.topic.${topic}` as MessageKey);
  const wanted = filter.trim().toLocaleLowerCase();
  const matching = props.colleagues.filter((m) => !wanted || m.name.toLocaleLowerCase().includes(wanted));
  const listed = matching.slice(0, shownAtOnce);
  // A colleague already chosen stays in view whatever the filter says.
  const shown = [...props.colleagues.filter((m) => chosen[m.user_id] && !listed.includes(m)), ...listed];
  const hidden = matching.length - listed.length;
  const count = Object.keys(chosen).length;
  return (
    <fieldset class="survey-topic">
      <legend>{topicName}</legend>
      <p>{t(`survey.topic.${topic}.question` as MessageKey)}</p>
      <div class="field">
        <label for={`survey-filter-${topic}`}>{t('survey.network.filter')}</label>
        <input id={`survey-filter-${topic}`} type="search" value={filter}
          aria-describedby={`survey-count-${topic}`} onInput={(e) => setFilter(e.currentTarget.value)} />
      </div>
      <p id={`survey-count-${topic}`} class="survey-hint" aria-live="polite">
        {t('survey.network.chosenCount', { count })}
        {hidden > 0 && ` ${t('survey.network.moreMatch', { count: hidden })}`}
      </p>
      {shown.length === 0 ? (
        <p>{t('survey.network.noMatch')}</p>
      ) : (
        <ul class="survey-colleagues">
          {shown.map((m) => {
            const id = `survey-${topic}-${m.user_id}`;
            return (
              <li key={m.user_id} class={chosen[m.user_id] ? 'survey-chosen' : undefined}>
                <label for={id}>
                  <span class="survey-colleague-name">{m.name}</span>
                  <span class="survey-colleague-role">
                    {t(`role.${m.role}` as MessageKey) ?? m.role}, {t(`side.${m.side}` as MessageKey)}
                  </span>
                  <span class="visually-hidden">{t('survey.network.howOften', { topic: topicName })}</span>
                </label>
                <select id={id} value={chosen[m.user_id] ?? ''}
                  onChange={(e) => props.onChoose(m.user_id, e.currentTarget.value as ContactFrequency | '')}>
                  <option value="">{t('survey.network.notAbout')}</option>
                  {contactFrequencies.map((f) => <option key={f} value={f}>{t(`survey.frequency.${f}` as MessageKey)}</option>)}
                </select>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
