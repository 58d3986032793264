import { useState } from 'preact/hooks';
import { api } from '../api/client';
import type { AdvanceRule, BodyView, DistrictView, Side } from '../api/types';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { CharterSection } from '../charter/Charter';
import { ErrorMessage, Field, Link, Loading, PageTitle, Status, TableScroll, useLoad, type SubmitHandler } from '../ui/components';

const leaderRoles = ['superintendent', 'union_president', 'board_president', 'administrator'];

export function BodyPage(props: { district: DistrictView; bodyId: number }) {
  const { t } = useI18n();
  const districtId = props.district.id;
  const { data: body, error, reload } = useLoad(() => api.body(districtId, props.bodyId), [districtId, props.bodyId]);
  const [actionError, setActionError] = useState<unknown>(null);
  if (!body) return <Loading error={error} />;
  const me = props.district.my_membership.user_id;
  const mayManage = leaderRoles.includes(props.district.my_membership.role) ||
    body.labor_co_chair_id === me || body.management_co_chair_id === me;
  // Each side chooses who sits, co-chairs and signs for it; the server says which sides I may act for.
  const mayActFor = (side: Side) => body.may_act_for.includes(side);
  const ownSideOnly = mayActFor('labor') !== mayActFor('management');
  const nameOf = (id: number | null) => body.members.find((m) => m.user_id === id)?.name ?? t('bodies.vacant');
  const act = async (action: () => Promise<unknown>) => {
    setActionError(null);
    try {
      await action();
      reload();
    } catch (err) {
      setActionError(err);
    }
  };
  return (
    <>
      <PageTitle>{body.name}</PageTitle>
      <p>
        {t(`level.${body.level}` as MessageKey)}
        {body.school && ` · ${body.school}`} · {t('bodies.seats', { labor: body.labor_seats, management: body.management_seats })}
      </p>
      {body.charter_review_due && <p class="notice">{t('bodies.reviewDue')}</p>}
      <p><Link href={`/districts/${districtId}/bodies/${body.id}/meetings`}>{t('meeting.linkFromBody')}</Link></p>
      <p><Link href={`/districts/${districtId}/bodies/${body.id}/self-check`}>{t('selfcheck.linkFromBody')}</Link></p>
      <dl class="facts">
        <dt>{t('bodies.rule')}</dt>
        <dd>{t(`rule.${body.rule}` as MessageKey)}</dd>
        <dt>{t('bodies.quorum')}</dt>
        <dd>{body.quorum_per_side}</dd>
        <dt>{t('bodies.fallback')}</dt>
        <dd>{body.fallback}</dd>
        <dt>{t('bodies.advanceRule')}</dt>
        <dd>{t(`advance.${body.advance_rule}` as MessageKey)}</dd>
        <dt>{t('bodies.laborCoChair')}</dt>
        <dd>{nameOf(body.labor_co_chair_id)}</dd>
        <dt>{t('bodies.managementCoChair')}</dt>
        <dd>{nameOf(body.management_co_chair_id)}</dd>
      </dl>
      {mayManage && <AdvanceRuleForm districtId={districtId} body={body} onSaved={reload} />}
      <p>
        <Link href={`/districts/${districtId}/issues?body=${body.id}`}>{t('issue.ofBody')}</Link>{' · '}
        <Link href={`/districts/${districtId}/decisions?body=${body.id}`}>{t('decision.ofBody')}</Link>{' · '}
        <Link href={`/districts/${districtId}/actions?body=${body.id}`}>{t('action.ofBody')}</Link>
      </p>
      <h2>{t('bodies.members')}</h2>
      {mayManage && ownSideOnly && (
        <p class="notice">{t(mayActFor('labor') ? 'bodies.ownSideOnly.labor' : 'bodies.ownSideOnly.management')}</p>
      )}
      <ErrorMessage error={actionError} />
      <TableScroll label={t('bodies.members')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('members.name')}</th>
              <th scope="col">{t('members.side')}</th>
              <th scope="col">{t('bodies.seat')}</th>
              {mayManage && <th scope="col"><span class="visually-hidden">{t('bodies.coChairs')}</span></th>}
            </tr>
          </thead>
          <tbody>
            {body.members.map((m) => (
              <tr key={m.id}>
                <td>{m.name}</td>
                <td class={`side-${m.side}`}>{t(`side.${m.side}` as MessageKey)}</td>
                <td>{t(`seat.${m.seat}` as MessageKey)}</td>
                {mayManage && (
                  <td>
                    {m.side !== 'neutral' && mayActFor(m.side) && body.labor_co_chair_id !== m.user_id &&
                      body.management_co_chair_id !== m.user_id && (
                        <button type="button" class="secondary"
                          onClick={() => act(() => api.setCoChair(districtId, body.id, m.user_id))}>
                          {t('bodies.makeCoChair')}
                        </button>
                      )}{' '}
                    {mayActFor(m.side) && (
                      <button type="button" class="secondary"
                        onClick={() => act(() => api.removeBodyMember(districtId, body.id, m.user_id))}>
                        {t('bodies.remove')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {mayManage && body.may_act_for.length > 0 && <AddMember district={props.district} body={body} onAdded={reload} />}
      <CharterSection districtId={districtId} body={body} userId={me} mayDraft={mayManage} />
    </>
  );
}

// Who moves an issue on to its next step: the body's co-chairs and the district's leaders change it,
// as they change the rest of the body.
function AdvanceRuleForm(props: { districtId: number; body: BodyView; onSaved: () => Promise<void> }) {
  const { t } = useI18n();
  const [rule, setRule] = useState<AdvanceRule>(props.body.advance_rule);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    setBusy(true);
    try {
      await api.updateBody(props.districtId, props.body.id, { advance_rule: rule });
      await props.onSaved();  // the facts above say the new rule when the form says it is saved
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="advance-rule" onSubmit={submit}>
      <fieldset>
        <legend>{t('bodies.changeAdvanceRule')}</legend>
        {(['both_sides', 'any_member'] as const).map((value) => (
          <label key={value} class="choice">
            <input type="radio" name="advance_rule" value={value} checked={rule === value}
              onChange={() => { setSaved(false); setRule(value); }} />
            {' '}{t(`advance.${value}`)}
          </label>
        ))}
      </fieldset>
      <ErrorMessage error={error} />
      {saved && <Status>{t('bodies.advanceRuleSaved')}</Status>}
      <button type="submit" disabled={busy || rule === props.body.advance_rule}>{t('bodies.saveAdvanceRule')}</button>
    </form>
  );
}

function AddMember(props: { district: DistrictView; body: BodyView; onAdded: () => void }) {
  const { t } = useI18n();
  const { data } = useLoad(() => api.memberships(props.district.id), [props.district.id]);
  const [userId, setUserId] = useState('');
  const [seat, setSeat] = useState('member');
  const [error, setError] = useState<unknown>(null);
  const seated = new Set(props.body.members.map((m) => m.user_id));
  // Only people of a side I may act for: the other side seats its own.
  const candidates = (data?.items ?? []).filter((m) => !seated.has(m.user_id) && props.body.may_act_for.includes(m.side));
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    setError(null);
    try {
      await api.addBodyMember(props.district.id, props.body.id, Number(userId), seat);
      setUserId('');
      props.onAdded();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <>
      <h2>{t('bodies.addMember')}</h2>
      <form onSubmit={submit}>
        <Field label={t('bodies.person')}>
          <select value={userId} required onChange={(e) => setUserId(e.currentTarget.value)}>
            <option value="" disabled>—</option>
            {candidates.map((m) => (
              <option key={m.user_id} value={String(m.user_id)}>
                {m.name} ({t(`side.${m.side}` as MessageKey)})
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('bodies.seat')}>
          <select value={seat} onChange={(e) => setSeat(e.currentTarget.value)}>
            <option value="member">{t('seat.member')}</option>
            <option value="alternate">{t('seat.alternate')}</option>
          </select>
        </Field>
        <ErrorMessage error={error} />
        <button type="submit">{t('bodies.add')}</button>
      </form>
    </>
  );
}
