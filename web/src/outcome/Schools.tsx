import { useState } from 'preact/hooks';
import { outcomesApi, type SchoolLevel } from '../api/outcomes';
import type { DistrictView } from '../api/types';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, Loading, PageTitle, Status, TableScroll, useAction, useLoad, type SubmitHandler } from '../ui/components';
import { OutcomeNav } from './OutcomeNav';

const levels: SchoolLevel[] = ['elementary', 'middle', 'high', 'other'];

// The district's schools, and adding one (the API answers 403 to those who may not).
export function SchoolsPage(props: { district: DistrictView }) {
  const { t } = useI18n();
  const districtId = props.district.id;
  const schools = useLoad(() => outcomesApi.schools(districtId), [districtId]);
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [level, setLevel] = useState<SchoolLevel>('elementary');
  const [added, setAdded] = useState('');
  const action = useAction();
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    setAdded('');
    const ok = await action.run(() => outcomesApi.addSchool(districtId, { name, state_code: code, level }));
    if (ok) {
      setAdded(name);
      setName('');
      setCode('');
      schools.reload();
    }
  };
  return (
    <>
      <PageTitle>{t('outcome.schools.title')}</PageTitle>
      <OutcomeNav district={props.district} current="schools" />
      {!schools.data ? (
        <Loading error={schools.error} />
      ) : schools.data.items.length === 0 ? (
        <p>{t('outcome.schools.none')}</p>
      ) : (
        <TableScroll label={t('outcome.schools.title')}>
          <table class="outcome-table">
            <thead>
              <tr>
                <th scope="col">{t('outcome.schools.name')}</th>
                <th scope="col">{t('outcome.schools.code')}</th>
                <th scope="col">{t('outcome.schools.level')}</th>
              </tr>
            </thead>
            <tbody>
              {schools.data.items.map((s) => (
                <tr key={s.id}>
                  <td>{s.name}</td>
                  <td>{s.state_code ?? '—'}</td>
                  <td>{t(`outcome.level.${s.level}` as MessageKey)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h2>{t('outcome.schools.add')}</h2>
      <p>{t('outcome.schools.who')}</p>
      <form onSubmit={submit}>
        <Field label={t('outcome.schools.name')}>
          <input value={name} required maxLength={200} onInput={(e) => setName(e.currentTarget.value)} />
        </Field>
        <Field label={t('outcome.schools.code')}>
          <input value={code} inputMode="numeric" aria-describedby="school-code-help"
            onInput={(e) => setCode(e.currentTarget.value)} />
        </Field>
        <p id="school-code-help" class="hint">{t('outcome.schools.codeHelp')}</p>
        <Field label={t('outcome.schools.level')}>
          <select value={level} onChange={(e) => setLevel(e.currentTarget.value as SchoolLevel)}>
            {levels.map((l) => <option key={l} value={l}>{t(`outcome.level.${l}` as MessageKey)}</option>)}
          </select>
        </Field>
        <button type="submit" disabled={action.busy}>{t('outcome.schools.submit')}</button>
        <ErrorMessage error={action.error} />
        {added && <Status>{t('outcome.schools.added', { name: added })}</Status>}
      </form>
    </>
  );
}
