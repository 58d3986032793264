import { useState } from 'preact/hooks';
import { actionsApi } from '../api/actions';
import type { DecisionView } from '../api/decisions';
import type { BodyView } from '../api/types';
import { formatDay } from '../i18n/format';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, Link, Loading, Status, useLoad, type SubmitHandler } from '../ui/components';

// What an adopted decision asks of people: the action items that carry it out, each with an owner and
// a due date, and for the body's members a way to add one on the spot.
export function CarryingOut(props: { districtId: number; decision: DecisionView; body: BodyView | null; me: number }) {
  const { t, locale } = useI18n();
  const { decision, body } = props;
  const items = useLoad(() => actionsApi.list(props.districtId, { decision: decision.id }), [props.districtId, decision.id]);
  return (
    <section class="carrying-out" aria-labelledby="carrying-out-title">
      <h2 id="carrying-out-title">{t('decision.carryingOut')}</h2>
      <p>{t('decision.carryingOutIntro')}</p>
      {!items.data ? (
        <Loading error={items.error} />
      ) : items.data.items.length === 0 ? (
        <p>{t('decision.noActions')}</p>
      ) : (
        <ul class="plain carrying-out-items">
          {items.data.items.map((a) => (
            <li key={a.id}>
              <strong>{a.title}</strong>
              {' · '}{t('action.ownedBy', { name: a.owner_name })}
              {' · '}{t('action.dueOn', { date: formatDay(a.due_date, locale) })}
              {' · '}<span class={a.overdue ? 'carrying-out-overdue' : ''}>
                {a.overdue ? t('action.overdue') : t(`action.status.${a.status}` as MessageKey)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {body?.my_seat && <NewAction districtId={props.districtId} decision={decision} body={body} me={props.me}
        onCreated={items.reload} />}
      <p><Link href={`/districts/${props.districtId}/action-items`}>{t('decision.allActions')}</Link></p>
    </section>
  );
}

function NewAction(props: { districtId: number; decision: DecisionView; body: BodyView; me: number; onCreated: () => void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState(String(props.me));
  const [due, setDue] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState('');
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    setError(null);
    setCreated('');
    try {
      const item = await actionsApi.create(props.districtId, {
        title, owner_id: Number(owner), due_date: due, decision_id: props.decision.id, body_id: props.body.id,
      });
      setCreated(t('action.created', { title: item.title }));
      setTitle('');
      props.onCreated();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form class="carrying-out-form" onSubmit={submit} aria-labelledby="carrying-out-new">
      <h3 id="carrying-out-new">{t('decision.newAction')}</h3>
      <Field label={t('action.titleField')}>
        <input value={title} required maxLength={500} onInput={(e) => setTitle(e.currentTarget.value)} />
      </Field>
      <Field label={t('action.owner')}>
        <select value={owner} onChange={(e) => setOwner(e.currentTarget.value)}>
          {props.body.members.map((m) => <option key={m.user_id} value={m.user_id}>{m.name}</option>)}
        </select>
      </Field>
      <Field label={t('action.dueDate')}>
        <input type="date" value={due} required onInput={(e) => setDue(e.currentTarget.value)} />
      </Field>
      <ErrorMessage error={error} />
      {created && <Status>{created}</Status>}
      <button type="submit">{t('action.create')}</button>
    </form>
  );
}
