import { useState } from 'preact/hooks';
import { api } from '../api/client';
import type { AdvanceRule, Body, DistrictView, RuleKind } from '../api/types';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, Link, Loading, PageTitle, useLoad, type SubmitHandler } from '../ui/components';
import { navigate } from '../ui/router';

const leaderRoles = ['superintendent', 'union_president', 'board_president', 'administrator'];
const rules: RuleKind[] = ['consensus', 'fist_to_five', 'per_side_majority', 'supermajority', 'equal_vote'];
const levels: Body['level'][] = ['district', 'site', 'committee'];

export function BodiesPage(props: { district: DistrictView }) {
  const { t } = useI18n();
  const { data, error } = useLoad(() => api.bodies(props.district.id), [props.district.id]);
  const base = `/districts/${props.district.id}/bodies`;
  return (
    <>
      <PageTitle>{t('bodies.title')}</PageTitle>
      {!data ? (
        <Loading error={error} />
      ) : data.items.length === 0 ? (
        <p>{t('bodies.none')}</p>
      ) : (
        <ul class="cards">
          {data.items.map((b) => (
            <li key={b.id}>
              <Link href={`${base}/${b.id}`}>{b.name}</Link>
              <div>{t(`level.${b.level}` as MessageKey)} · {t(`rule.${b.rule}` as MessageKey)}</div>
            </li>
          ))}
        </ul>
      )}
      {leaderRoles.includes(props.district.my_membership.role) && <CreateBody districtId={props.district.id} />}
    </>
  );
}

function CreateBody(props: { districtId: number }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [level, setLevel] = useState<Body['level']>('district');
  const [school, setSchool] = useState('');
  const [laborSeats, setLaborSeats] = useState(4);
  const [managementSeats, setManagementSeats] = useState(4);
  const [rule, setRule] = useState<RuleKind>('consensus');
  const [quorum, setQuorum] = useState(1);
  const [fallback, setFallback] = useState('');
  const [advance, setAdvance] = useState<AdvanceRule>('both_sides');
  const [error, setError] = useState<unknown>(null);
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    setError(null);
    try {
      const body = await api.createBody(props.districtId, {
        name, level, school: school || null, labor_seats: laborSeats, management_seats: managementSeats, rule,
        quorum_per_side: quorum, fallback, advance_rule: advance,
      });
      navigate(`/districts/${props.districtId}/bodies/${body.id}`);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <>
      <h2>{t('bodies.create')}</h2>
      <form onSubmit={submit}>
        <Field label={t('bodies.name')}>
          <input value={name} required onInput={(e) => setName(e.currentTarget.value)} />
        </Field>
        <Field label={t('bodies.level')}>
          <select value={level} onChange={(e) => setLevel(e.currentTarget.value as Body['level'])}>
            {levels.map((l) => <option key={l} value={l}>{t(`level.${l}` as MessageKey)}</option>)}
          </select>
        </Field>
        {level === 'site' && (
          <Field label={t('bodies.school')}>
            <input value={school} onInput={(e) => setSchool(e.currentTarget.value)} />
          </Field>
        )}
        <Field label={t('bodies.laborSeats')}>
          <input type="number" min={1} max={100} value={laborSeats}
            onInput={(e) => setLaborSeats(Number(e.currentTarget.value))} />
        </Field>
        <Field label={t('bodies.managementSeats')}>
          <input type="number" min={1} max={100} value={managementSeats}
            onInput={(e) => setManagementSeats(Number(e.currentTarget.value))} />
        </Field>
        <Field label={t('bodies.rule')}>
          <select value={rule} onChange={(e) => setRule(e.currentTarget.value as RuleKind)}>
            {rules.map((r) => <option key={r} value={r}>{t(`rule.${r}` as MessageKey)}</option>)}
          </select>
        </Field>
        <Field label={t('bodies.quorum')}>
          <input type="number" min={1} value={quorum} onInput={(e) => setQuorum(Number(e.currentTarget.value))} />
        </Field>
        <Field label={t('bodies.fallback')}>
          <textarea rows={3} value={fallback} required onInput={(e) => setFallback(e.currentTarget.value)} />
        </Field>
        <Field label={t('bodies.advanceRule')}>
          <select value={advance} onChange={(e) => setAdvance(e.currentTarget.value as AdvanceRule)}>
            <option value="both_sides">{t('advance.both_sides')}</option>
            <option value="any_member">{t('advance.any_member')}</option>
          </select>
        </Field>
        <ErrorMessage error={error} />
        <button type="submit">{t('bodies.submit')}</button>
      </form>
    </>
  );
}
