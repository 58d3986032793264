import { useState } from 'preact/hooks';
import { api } from '../api/client';
import { allIssues, issuesApi, issueSteps, type IssueStep } from '../api/issues';
import type { Body, DistrictView } from '../api/types';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, Link, Loading, PageTitle, useAction, useLoad, type SubmitHandler } from '../ui/components';
import { navigate } from '../ui/router';
import { lines } from './text';
import './issue.css';

const allSteps: IssueStep[] = [...issueSteps, 'withdrawn', 'referred'];

// The district's issues, filtered by body and step, with how many are at each step; and raising one.
export function IssuesPage(props: { district: DistrictView }) {
  const { t } = useI18n();
  const districtId = props.district.id;
  const initial = new URLSearchParams(location.search);
  const [body, setBody] = useState(initial.get('body') ?? '');
  const [step, setStep] = useState<IssueStep | ''>((initial.get('step') as IssueStep) ?? '');
  const bodies = useLoad(() => api.bodies(districtId), [districtId]);
  const bodyFilter = body ? Number(body) : undefined;
  // Counts over every step of the chosen body; the list below also narrows to the chosen step.
  const counted = useLoad(() => allIssues(districtId, { body: bodyFilter }), [districtId, body]);
  const listed = useLoad(
    () => allIssues(districtId, { body: bodyFilter, step: step || undefined }),
    [districtId, body, step],
  );
  const count = (s: IssueStep) => counted.data?.filter((i) => i.step === s).length ?? 0;
  const bodyName = (id: number) => bodies.data?.items.find((b) => b.id === id)?.name ?? '';
  const base = `/districts/${districtId}/issues`;

  return (
    <>
      <PageTitle>{t('issue.list.title')}</PageTitle>
      <p>{t('issue.list.intro')}</p>
      <div class="issue-filters">
        <Field label={t('issue.list.body')}>
          <select value={body} onChange={(e) => setBody(e.currentTarget.value)}>
            <option value="">{t('issue.list.allBodies')}</option>
            {bodies.data?.items.map((b) => <option key={b.id} value={String(b.id)}>{b.name}</option>)}
          </select>
        </Field>
      </div>
      <div role="group" aria-label={t('issue.list.byStep')}>
        <ul class="step-counts">
          <li>
            <button type="button" class="secondary" aria-pressed={step === ''} onClick={() => setStep('')}>
              {t('issue.list.allSteps')} <span class="count">{counted.data?.length ?? 0}</span>
            </button>
          </li>
          {allSteps.map((s) => (
            <li key={s}>
              <button type="button" class="secondary" aria-pressed={step === s} onClick={() => setStep(s)}>
                {t(`issue.step.${s}` as MessageKey)} <span class="count">{count(s)}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      <h2 id="issue-list-title">{step ? t(`issue.step.${step}` as MessageKey) : t('issue.list.allSteps')}</h2>
      {!listed.data ? (
        <Loading error={listed.error} />
      ) : listed.data.length === 0 ? (
        <p>{t('issue.list.none')}</p>
      ) : (
        <ul class="cards" aria-labelledby="issue-list-title">
          {listed.data.map((i) => (
            <li key={i.id}>
              <Link href={`${base}/${i.id}`}>{i.title}</Link>
              <div>{bodyName(i.body_id)}</div>
              <div>
                <span class={`step-badge step-${i.step}`}>{t(`issue.step.${i.step}` as MessageKey)}</span>
                {i.confidential && <> <span class="confidential-badge">{t('issue.confidential')}</span></>}
              </div>
              <div class="muted">{t('issue.raisedBy', { name: i.raised_by_name })}</div>
            </li>
          ))}
        </ul>
      )}
      {bodies.data && bodies.data.items.length > 0 && (
        <RaiseIssue districtId={districtId} bodies={bodies.data.items} initialBody={body}
          onRaised={(id) => navigate(`${base}/${id}`)} />
      )}
    </>
  );
}

function RaiseIssue(props: { districtId: number; bodies: Body[]; initialBody: string; onRaised: (id: number) => void }) {
  const { t } = useI18n();
  const [body, setBody] = useState(props.initialBody || String(props.bodies[0].id));
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [references, setReferences] = useState('');
  const [confidential, setConfidential] = useState(false);
  const { error, busy, run } = useAction();
  const submit: SubmitHandler = (e) => {
    e.preventDefault();
    run(async () => {
      const issue = await issuesApi.raise(props.districtId, {
        body_id: Number(body), title, description, confidential, references: lines(references),
      });
      props.onRaised(issue.id);
    });
  };
  return (
    <section aria-labelledby="raise-title">
      <h2 id="raise-title">{t('issue.raise.title')}</h2>
      <p>{t('issue.raise.intro')}</p>
      <form onSubmit={submit}>
        <Field label={t('issue.raise.body')}>
          <select value={body} onChange={(e) => setBody(e.currentTarget.value)}>
            {props.bodies.map((b) => <option key={b.id} value={String(b.id)}>{b.name}</option>)}
          </select>
        </Field>
        <Field label={t('issue.raise.issueTitle')}>
          <input value={title} required maxLength={200} onInput={(e) => setTitle(e.currentTarget.value)} />
        </Field>
        <Field label={t('issue.raise.description')}>
          <textarea rows={4} value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
        </Field>
        <Field label={t('issue.raise.references')}>
          <textarea rows={2} value={references} onInput={(e) => setReferences(e.currentTarget.value)} />
        </Field>
        <label class="check">
          <input type="checkbox" checked={confidential} onChange={(e) => setConfidential(e.currentTarget.checked)} />
          <span>{t('issue.raise.confidential')}</span>
        </label>
        <ErrorMessage error={error} />
        <button type="submit" disabled={busy}>{t('issue.raise.submit')}</button>
      </form>
    </section>
  );
}
