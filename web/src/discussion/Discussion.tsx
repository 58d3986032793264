import { useState } from 'preact/hooks';
import { discussionApi, commentEditSeconds, subjectLiveUrl, type Comment, type CommentSubject } from '../api/discussion';
import type { BodyView, DistrictView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, Loading, Status, useLoad, type SubmitHandler } from '../ui/components';
import { useLiveEvents } from '../ui/live';
import { Markdown } from './markdown';
import './discussion.css';
import { formatMoment } from '../i18n/format';

// The discussion under an issue, a proposal, a meeting or a communication: read by everyone who sees
// the page, written by the members of the body, and live. The page's other changes arrive through
// `onSubjectChange` (one stream per page), so the page can fetch itself again.
export function Discussion(props: {
  district: DistrictView;
  subject: CommentSubject;
  body: BodyView | null;
  onSubjectChange?: (type: string) => void;
}) {
  const { t } = useI18n();
  const districtId = props.district.id;
  const { subject } = props;
  const thread = useLoad(() => discussionApi.list(districtId, subject), [districtId, subject.type, subject.id]);
  const [announcement, setAnnouncement] = useState('');
  const live = useLiveEvents(subjectLiveUrl(districtId, subject), (type) => {
    if (type === 'open' || type === 'resync' || type.startsWith('comment.')) {
      thread.reload();
      if (type.startsWith('comment.')) setAnnouncement(t('discussion.updated'));
    }
    if (type !== 'open' && !type.startsWith('comment.')) props.onSubjectChange?.(type);
  });
  const headingId = `discussion-${subject.type}-${subject.id}`;
  const member = !!props.body?.my_seat;
  return (
    <section class="discussion" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('discussion.title')}</h2>
      <p class="discussion-intro">{t('discussion.intro')}</p>
      <p class="discussion-live" aria-hidden="true">
        {live === 'reconnecting' ? t('discussion.reconnecting') : live === 'live' ? t('discussion.live') : ''}
      </p>
      {announcement && <p class="visually-hidden" role="status">{announcement}</p>}
      {!thread.data ? (
        <Loading error={thread.error} />
      ) : thread.data.items.length === 0 ? (
        <p>{t('discussion.none')}</p>
      ) : (
        <ol class="discussion-thread">
          {thread.data.items.map((c) => (
            <CommentItem key={`${c.id}-${c.edited_at ?? 0}-${c.deleted_at ?? 0}`} district={props.district} comment={c}
              body={props.body} onChanged={thread.reload} />
          ))}
        </ol>
      )}
      {member ? (
        <NewComment districtId={districtId} subject={subject} body={props.body!} onPosted={thread.reload} />
      ) : (
        <p>{t('discussion.readOnly')}</p>
      )}
    </section>
  );
}

function CommentItem(props: { district: DistrictView; comment: Comment; body: BodyView | null; onChanged: () => void }) {
  const { t, locale } = useI18n();
  const c = props.comment;
  const me = props.district.my_membership.user_id;
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const date = (at: number) => formatMoment(at, locale);
  if (c.deleted_at !== null) {
    return (
      <li class="comment comment-deleted">
        <p>{t('discussion.deleted', { author: c.author_name, by: c.deleted_by_name ?? '', date: date(c.deleted_at) })}</p>
      </li>
    );
  }
  const mine = c.author_id === me;
  const mayEdit = mine && Date.now() / 1000 - c.created_at < commentEditSeconds;
  const coChair = props.body !== null && (props.body.labor_co_chair_id === me || props.body.management_co_chair_id === me);
  const remove = async () => {
    if (!confirm(t('discussion.confirmDelete'))) return;
    setError(null);
    try {
      await discussionApi.remove(props.district.id, c.id);
      props.onChanged();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <li class="comment">
      <p class="comment-meta">
        <strong>{c.author_name}</strong>{' · '}
        <time dateTime={new Date(c.created_at * 1000).toISOString()}>{date(c.created_at)}</time>
        {c.edited_at !== null && <> · <span>{t('discussion.edited')}</span></>}
      </p>
      {editing ? (
        <CommentForm label={t('discussion.editLabel')} submitLabel={t('discussion.save')} body={props.body}
          initial={c.text} initialMentions={c.mentions.map((m) => m.user_id)}
          onSubmit={async (text, mentions) => {
            await discussionApi.edit(props.district.id, c.id, text, mentions);
            setEditing(false);
            props.onChanged();
          }}
          onCancel={() => setEditing(false)} />
      ) : (
        <div class="comment-text"><Markdown text={c.text} mentions={c.mentions.map((m) => m.name)} /></div>
      )}
      {!editing && (mayEdit || mine || coChair) && (
        <p class="comment-actions">
          {mayEdit && <button type="button" class="secondary" onClick={() => setEditing(true)}>{t('discussion.edit')}</button>}
          {(mine || coChair) && <button type="button" class="secondary" onClick={remove}>{t('discussion.delete')}</button>}
        </p>
      )}
      <ErrorMessage error={error} />
    </li>
  );
}

function NewComment(props: { districtId: number; subject: CommentSubject; body: BodyView; onPosted: () => void }) {
  const { t } = useI18n();
  const [posted, setPosted] = useState(0);
  return (
    <>
      <CommentForm key={posted} label={t('discussion.new')} submitLabel={t('discussion.post')} body={props.body}
        initial="" initialMentions={[]}
        onSubmit={async (text, mentions) => {
          await discussionApi.post(props.districtId, props.subject, text, mentions);
          setPosted(posted + 1);
          props.onPosted();
        }} />
      {posted > 0 && <Status>{t('discussion.posted')}</Status>}
    </>
  );
}

// The words of a comment and the members it mentions: picking a member adds "@Name" to the words.
function CommentForm(props: {
  label: string;
  submitLabel: string;
  body: BodyView | null;
  initial: string;
  initialMentions: number[];
  onSubmit: (text: string, mentions: number[]) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(props.initial);
  const [mentions, setMentions] = useState<number[]>(props.initialMentions);
  const [pick, setPick] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const members = props.body?.members ?? [];
  const nameOf = (id: number) => members.find((m) => m.user_id === id)?.name ?? String(id);
  const mention = () => {
    const id = Number(pick);
    if (!id) return;
    if (!mentions.includes(id)) setMentions([...mentions, id]);
    setText(`${text}${text && !text.endsWith(' ') && !text.endsWith('\n') ? ' ' : ''}@${nameOf(id)} `);
    setPick('');
  };
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await props.onSubmit(text, mentions);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="comment-form" onSubmit={submit}>
      <Field label={props.label}>
        <textarea rows={4} value={text} required maxLength={10000} onInput={(e) => setText(e.currentTarget.value)} />
      </Field>
      <p class="comment-hint">{t('discussion.hint')}</p>
      {members.length > 0 && (
        <div class="comment-mention">
          <Field label={t('discussion.mention')}>
            <select value={pick} onChange={(e) => setPick(e.currentTarget.value)}>
              <option value="">—</option>
              {members.map((m) => <option key={m.user_id} value={m.user_id}>{m.name}</option>)}
            </select>
          </Field>
          <button type="button" class="secondary" onClick={mention} disabled={!pick}>{t('discussion.mentionAdd')}</button>
        </div>
      )}
      {mentions.length > 0 && (
        <p class="comment-mentioned">
          {t('discussion.mentioned')}
          {mentions.map((id) => (
            <button key={id} type="button" class="chip" aria-label={t('discussion.mentionRemove', { name: nameOf(id) })}
              onClick={() => setMentions(mentions.filter((m) => m !== id))}>
              @{nameOf(id)} <span aria-hidden="true">×</span>
            </button>
          ))}
        </p>
      )}
      <ErrorMessage error={error} />
      <p class="comment-actions">
        <button type="submit" disabled={busy}>{props.submitLabel}</button>
        {props.onCancel && <button type="button" class="secondary" onClick={props.onCancel}>{t('discussion.cancel')}</button>}
      </p>
    </form>
  );
}
