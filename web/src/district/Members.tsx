import { useState } from 'preact/hooks';
import { api } from '../api/client';
import type { DistrictView, Invitation, Side } from '../api/types';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, Loading, PageTitle, TableScroll, useLoad, type SubmitHandler } from '../ui/components';

const roles = ['superintendent', 'cabinet', 'board_president', 'board_member', 'union_president', 'union_officer',
  'administrator', 'principal', 'site_rep', 'teacher', 'classified_staff', 'member', 'facilitator', 'recorder'];

export function MembersPage(props: { district: DistrictView }) {
  const { t } = useI18n();
  const { data, error } = useLoad(() => api.memberships(props.district.id), [props.district.id]);
  const sides = props.district.may_invite_to;
  return (
    <>
      <PageTitle>{t('members.title')}</PageTitle>
      {!data ? (
        <Loading error={error} />
      ) : (
        <TableScroll label={t('members.title')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('members.name')}</th>
                <th scope="col">{t('members.email')}</th>
                <th scope="col">{t('members.side')}</th>
                <th scope="col">{t('members.role')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((m) => (
                <tr key={m.id}>
                  <td>{m.name}</td>
                  <td>{m.email}</td>
                  <td class={`side-${m.side}`}>{t(`side.${m.side}` as MessageKey)}</td>
                  <td>{t(`role.${m.role}` as MessageKey)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {sides.length > 0 && <InviteForm districtId={props.district.id} sides={sides} />}
    </>
  );
}

function InviteForm(props: { districtId: number; sides: Side[] }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [side, setSide] = useState<Side>(props.sides[0]);
  const [role, setRole] = useState('member');
  const [error, setError] = useState<unknown>(null);
  const [invited, setInvited] = useState<Invitation | null>(null);
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    setError(null);
    setInvited(null);
    try {
      setInvited(await api.invite(props.districtId, { name, email, side, role }));
      setName('');
      setEmail('');
    } catch (err) {
      setError(err);
    }
  };
  return (
    <>
      <h2>{t('members.invite')}</h2>
      <form onSubmit={submit}>
        <Field label={t('members.inviteName')}>
          <input value={name} required onInput={(e) => setName(e.currentTarget.value)} />
        </Field>
        <Field label={t('members.inviteEmail')}>
          <input type="email" value={email} required onInput={(e) => setEmail(e.currentTarget.value)} />
        </Field>
        <Field label={t('members.side')}>
          <select value={side} onChange={(e) => setSide(e.currentTarget.value as Side)}>
            {props.sides.map((s) => <option key={s} value={s}>{t(`side.${s}` as MessageKey)}</option>)}
          </select>
        </Field>
        <Field label={t('members.role')}>
          <select value={role} onChange={(e) => setRole(e.currentTarget.value)}>
            {roles.map((r) => <option key={r} value={r}>{t(`role.${r}` as MessageKey)}</option>)}
          </select>
        </Field>
        <ErrorMessage error={error} />
        <button type="submit">{t('members.inviteSubmit')}</button>
      </form>
      {invited && (
        <div role="status">
          {invited.delivery === 'sent' ? (
            <p>{t('members.inviteSent', { name: invited.name, email: invited.email })}</p>
          ) : (
            <>
              <p>{t('members.inviteNotSent', { name: invited.name })}</p>
              <p class="link-box">{`accord user add --email ${invited.email} --name "${invited.name}"`}</p>
            </>
          )}
        </div>
      )}
    </>
  );
}
