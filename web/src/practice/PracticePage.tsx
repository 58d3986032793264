import { useState } from 'preact/hooks';
import { api } from '../api/client';
import { practicesApi, type Adoption, type FollowState, type PracticeView } from '../api/practices';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, Link, Loading, Status, useAction, useLoad } from '../ui/components';
import { PracticeDetail } from './PracticeDetail';

// A practice of the library, for a signed-in reader of any district, with "Follow" and "Adopt into
// my district".
export function PracticePage(props: { practiceId: number }) {
  const { t } = useI18n();
  const { data, error, reload } = useLoad(() => practicesApi.get(props.practiceId), [props.practiceId]);
  if (!data) return <Loading error={error} />;
  return (
    <div class="practice-area">
      <p class="crumbs">
        <Link href="/network/practices">{t('practice.backToLibrary')}</Link>
      </p>
      <PracticeDetail practice={data} />
      {data.state === 'published' && <FollowPanel practice={data} />}
      {data.state === 'published' && <AdoptPanel practice={data} onAdopted={reload} />}
      {data.public && data.state === 'published' && (
        <p>
          <Link href={`/public/practices/${data.id}`}>{t('practice.publicLink')}</Link>
        </p>
      )}
    </div>
  );
}

// A toggle button: pressed while the reader follows the practice. It stays enabled while the
// request runs, so the keyboard focus never leaves it.
function FollowPanel(props: { practice: PracticeView }) {
  const { t } = useI18n();
  const p = props.practice;
  const [state, setState] = useState<FollowState>({ following: p.following ?? false, followers: p.followers ?? 0 });
  const [said, setSaid] = useState('');
  const action = useAction();
  const toggle = () => {
    if (action.busy) return;
    setSaid('');
    action.run(async () => {
      const next = state.following ? await practicesApi.unfollow(p.id) : await practicesApi.follow(p.id);
      setState(next);
      setSaid(t(next.following ? 'practice.nowFollowing' : 'practice.stoppedFollowing'));
    });
  };
  const count = state.followers === 0 ? t('practice.followersNone')
    : t(state.followers === 1 ? 'practice.followersOne' : 'practice.followersCount', { count: state.followers });
  return (
    <section aria-labelledby="practice-follow" class="practice-follow">
      <h2 id="practice-follow">{t('practice.followTitle')}</h2>
      <p>{t('practice.followIntro')}</p>
      <div class="practice-actions">
        <button type="button" class={state.following ? 'secondary' : undefined} aria-pressed={state.following}
          onClick={toggle}>
          {t(state.following ? 'practice.followingStop' : 'practice.follow')}
        </button>
        <span class="practice-followers">{count}</span>
      </div>
      <ErrorMessage error={action.error} />
      {/* Always present, so that screen readers announce what it comes to say. */}
      <p class="status" role="status">{said}</p>
    </section>
  );
}

function AdoptPanel(props: { practice: PracticeView; onAdopted: () => void }) {
  const { t } = useI18n();
  const districts = useLoad(() => api.districts(), []);
  const [district, setDistrict] = useState('');
  const [body, setBody] = useState('');
  const [share, setShare] = useState(false);
  const [adopted, setAdopted] = useState<{ adoption: Adoption; district: string } | null>(null);
  const bodies = useLoad(() => (district ? api.bodies(Number(district)) : Promise.resolve(null)), [district]);
  const action = useAction();
  const choices = (districts.data?.items ?? []).filter((d) => d.id !== props.practice.district.id);
  if (!districts.data) return <Loading error={districts.error} />;
  if (choices.length === 0) return null;

  const submit = (e: Event) => {
    e.preventDefault();
    action.run(async () => {
      const adoption = await practicesApi.adopt(props.practice.id, {
        district_id: Number(district), body_id: Number(body), share_outcomes: share,
      });
      setAdopted({ adoption, district: choices.find((d) => d.id === Number(district))?.name ?? '' });
      props.onAdopted();
    });
  };
  return (
    <section aria-labelledby="practice-adopt" class="practice-adopt">
      <h2 id="practice-adopt">{t('practice.adoptTitle')}</h2>
      <p>{t('practice.adoptIntro')}</p>
      <form onSubmit={submit}>
        <Field label={t('practice.adoptDistrict')}>
          <select value={district} required onChange={(e) => { setDistrict(e.currentTarget.value); setBody(''); }}>
            <option value="">{t('practice.choose')}</option>
            {choices.map((d) => <option key={d.id} value={String(d.id)}>{d.name}</option>)}
          </select>
        </Field>
        <Field label={t('practice.adoptBody')}>
          <select value={body} required disabled={!bodies.data} onChange={(e) => setBody(e.currentTarget.value)}>
            <option value="">{t('practice.choose')}</option>
            {(bodies.data?.items ?? []).map((b) => <option key={b.id} value={String(b.id)}>{b.name}</option>)}
          </select>
        </Field>
        <label class="practice-check">
          <input type="checkbox" checked={share} onChange={(e) => setShare(e.currentTarget.checked)} />{' '}
          {t('practice.shareOutcomes')}
        </label>
        <button type="submit" disabled={action.busy}>{t('practice.adopt')}</button>
      </form>
      <ErrorMessage error={action.error ?? bodies.error} />
      {adopted && (
        <Status>
          {t('practice.adopted', { district: adopted.district })}{' '}
          {adopted.adoption.issue_id !== null && (
            <Link href={`/districts/${adopted.adoption.district_id}/issues/${adopted.adoption.issue_id}`}>
              {t('practice.openIssue')}
            </Link>
          )}
        </Status>
      )}
    </section>
  );
}
