import { useState } from 'preact/hooks';
import { api } from '../api/client';
import { decisionsApi } from '../api/decisions';
import { outcomesApi } from '../api/outcomes';
import { practicesApi, type EvidenceSpan, type Practice, type PracticeInput } from '../api/practices';
import type { DistrictView } from '../api/types';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, Link, Loading, PageTitle, Status, useAction, useLoad } from '../ui/components';
import { navigate } from '../ui/router';
import './practice.css';

const thisYear = () => new Date().getUTCFullYear();

// Writing a practice (practiceId null: a new one, from scratch or from an adopted decision) and,
// for a saved one, its sign-off by a labor and a management co-chair.
export function PracticeEditPage(props: { district: DistrictView; practiceId: number | null }) {
  const { t } = useI18n();
  const districtId = props.district.id;
  const loaded = useLoad(
    () => (props.practiceId === null ? Promise.resolve(null) : practicesApi.get(props.practiceId)),
    [props.practiceId],
  );
  const [saved, setSaved] = useState<Practice | null>(null);
  if (props.practiceId !== null && !loaded.data) return <Loading error={loaded.error} />;
  const view = loaded.data;
  const practice: Practice | null = saved ?? (view ? { ...view, evidence: view.evidence.map(({ metric_key, from_year, to_year }) => ({ metric_key, from_year, to_year })) } : null);
  const base = `/districts/${districtId}/practices`;
  return (
    <div class="practice-area">
      <p class="crumbs">
        <Link href={base}>{t('practice.backToDistrict')}</Link>
      </p>
      <PageTitle>{practice ? t('practice.editTitle', { title: practice.title }) : t('practice.newTitle')}</PageTitle>
      {practice && (
        <SignOffPanel district={props.district} practice={practice} onChanged={setSaved} />
      )}
      <PracticeForm
        key={practice?.id ?? 'new'}
        district={props.district}
        practice={practice}
        onSaved={(p) => {
          setSaved(p);
          if (!practice) navigate(`${base}/${p.id}`);
        }}
      />
    </div>
  );
}

function SignOffPanel(props: { district: DistrictView; practice: Practice; onChanged: (p: Practice) => void }) {
  const { t } = useI18n();
  const p = props.practice;
  const bodies = useLoad(() => api.bodies(props.district.id), [props.district.id]);
  const me = props.district.my_membership.user_id;
  const coChair = (bodies.data?.items ?? []).some((b) => b.labor_co_chair_id === me || b.management_co_chair_id === me);
  const [message, setMessage] = useState('');
  const action = useAction();
  const signOff = () =>
    action.run(async () => {
      const next = await practicesApi.signOff(props.district.id, p.id);
      props.onChanged(next);
      setMessage(next.state === 'published' ? t('practice.nowPublished') : t('practice.signedWaiting'));
    });
  return (
    <section aria-labelledby="practice-signoff" class="practice-signoff">
      <h2 id="practice-signoff">{t('practice.signOffTitle')}</h2>
      <p>
        {t('practice.stateIs', { state: t(`practice.state.${p.state}` as MessageKey) })}
        {p.state === 'published' && (
          <> <Link href={`/network/practices/${p.id}`}>{t('practice.seeInLibrary')}</Link></>
        )}
      </p>
      <ul>
        <li>{t('practice.laborSignOff')}: {p.labor_signed ? t('practice.signed') : t('practice.waiting')}</li>
        <li>{t('practice.managementSignOff')}: {p.management_signed ? t('practice.signed') : t('practice.waiting')}</li>
      </ul>
      <p>{t('practice.signOffRule')}</p>
      {p.state === 'draft' && coChair && (
        <button type="button" onClick={signOff} disabled={action.busy}>{t('practice.signOff')}</button>
      )}
      <ErrorMessage error={action.error} />
      {message && <Status>{message}</Status>}
    </section>
  );
}

interface EvidenceRow {
  metric_key: string;
  from_year: string;
  to_year: string;
}

function PracticeForm(props: { district: DistrictView; practice: Practice | null; onSaved: (p: Practice) => void }) {
  const { t, locale } = useI18n();
  const p = props.practice;
  const districtId = props.district.id;
  const [title, setTitle] = useState(p?.title ?? '');
  const [summary, setSummary] = useState(p?.summary ?? '');
  const [problem, setProblem] = useState(p?.problem ?? '');
  const [body, setBody] = useState(p?.body ?? '');
  const [tags, setTags] = useState((p?.tags ?? []).join(', '));
  const [contact, setContact] = useState(p?.contact ?? '');
  const [isPublic, setPublic] = useState(p?.public ?? false);
  const [decision, setDecision] = useState('');
  const [evidence, setEvidence] = useState<EvidenceRow[]>(
    (p?.evidence ?? []).map((e) => ({ metric_key: e.metric_key, from_year: String(e.from_year), to_year: String(e.to_year) })),
  );
  const [message, setMessage] = useState('');
  const metrics = useLoad(() => outcomesApi.metrics(districtId), [districtId]);
  const decisions = useLoad(
    () => (p ? Promise.resolve(null) : decisionsApi.list(districtId, { status: 'adopted' })),
    [districtId, p?.id],
  );
  const action = useAction();

  const setRow = (i: number, field: keyof EvidenceRow, value: string) =>
    setEvidence(evidence.map((row, j) => (j === i ? { ...row, [field]: value } : row)));
  const submit = (e: Event) => {
    e.preventDefault();
    setMessage('');
    const input: PracticeInput = {
      summary, problem, body, contact, public: isPublic,
      tags: tags.split(',').map((s) => s.trim()).filter(Boolean),
      evidence: evidence.map((row): EvidenceSpan => ({
        metric_key: row.metric_key, from_year: Number(row.from_year), to_year: Number(row.to_year),
      })),
    };
    if (title.trim() || !decision) input.title = title;
    if (!p && decision) input.decision_id = Number(decision);
    action.run(async () => {
      const next = p ? await practicesApi.update(districtId, p.id, input) : await practicesApi.create(districtId, input);
      setMessage(p?.labor_signed || p?.management_signed || p?.state === 'published' ? t('practice.savedCleared') : t('practice.saved'));
      props.onSaved(next);
    });
  };

  return (
    <section aria-labelledby="practice-form-title">
      <h2 id="practice-form-title">{t('practice.formTitle')}</h2>
      {p && (p.labor_signed || p.management_signed || p.state === 'published') && (
        <p class="notice">{t('practice.editClears')}</p>
      )}
      <form class="practice-form" onSubmit={submit}>
        {!p && (
          <Field label={t('practice.fromDecision')}>
            <select value={decision} onChange={(e) => setDecision(e.currentTarget.value)}>
              <option value="">{t('practice.fromScratch')}</option>
              {(decisions.data?.items ?? []).filter((d) => !d.confidential).map((d) => (
                <option key={d.id} value={String(d.id)}>{d.title}</option>
              ))}
            </select>
          </Field>
        )}
        <Field label={decision ? t('practice.titleOptional') : t('practice.titleField')}>
          <input value={title} onInput={(e) => setTitle(e.currentTarget.value)} maxLength={200} required={!decision} />
        </Field>
        <Field label={t('practice.summaryField')}>
          <textarea rows={3} value={summary} onInput={(e) => setSummary(e.currentTarget.value)} maxLength={2000} />
        </Field>
        <Field label={t('practice.problemField')}>
          <textarea rows={3} value={problem} onInput={(e) => setProblem(e.currentTarget.value)} maxLength={5000} />
        </Field>
        <Field label={t('practice.bodyField')}>
          <textarea rows={10} value={body} onInput={(e) => setBody(e.currentTarget.value)} maxLength={50000} aria-describedby="practice-body-help" />
        </Field>
        <p id="practice-body-help" class="practice-help">{t('practice.bodyHelp')}</p>
        <Field label={t('practice.tagsField')}>
          <input value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
        </Field>
        <Field label={t('practice.contactField')}>
          <input value={contact} onInput={(e) => setContact(e.currentTarget.value)} maxLength={300} />
        </Field>
        <fieldset class="practice-evidence">
          <legend>{t('practice.evidence')}</legend>
          <p class="practice-help">{t('practice.evidenceHelp')}</p>
          {evidence.map((row, i) => (
            <div class="practice-evidence-row" key={i}>
              <Field label={t('practice.metricN', { n: i + 1 })}>
                <select value={row.metric_key} required onChange={(e) => setRow(i, 'metric_key', e.currentTarget.value)}>
                  <option value="">{t('practice.choose')}</option>
                  {(metrics.data?.items ?? []).map((m) => (
                    <option key={m.key} value={m.key}>{locale === 'es' ? m.name_es : m.name_en}</option>
                  ))}
                </select>
              </Field>
              <Field label={t('practice.fromYearN', { n: i + 1 })}>
                <input type="number" min={1990} max={thisYear()} value={row.from_year} required onInput={(e) => setRow(i, 'from_year', e.currentTarget.value)} />
              </Field>
              <Field label={t('practice.toYearN', { n: i + 1 })}>
                <input type="number" min={1990} max={thisYear()} value={row.to_year} required onInput={(e) => setRow(i, 'to_year', e.currentTarget.value)} />
              </Field>
              <button type="button" class="secondary" onClick={() => setEvidence(evidence.filter((_, j) => j !== i))}>
                {t('practice.removeMetric', { n: i + 1 })}
              </button>
            </div>
          ))}
          <button
            type="button"
            class="secondary"
            onClick={() => setEvidence([...evidence, { metric_key: '', from_year: String(thisYear() - 2), to_year: String(thisYear() - 1) }])}
          >
            {t('practice.addMetric')}
          </button>
        </fieldset>
        <label class="practice-check">
          <input type="checkbox" checked={isPublic} onChange={(e) => setPublic(e.currentTarget.checked)} />{' '}
          {t('practice.publicField')}
        </label>
        <button type="submit" disabled={action.busy}>{p ? t('practice.save') : t('practice.create')}</button>
      </form>
      <ErrorMessage error={action.error ?? metrics.error} />
      {message && <Status>{message}</Status>}
    </section>
  );
}
