import { useEffect, useRef, useState } from 'preact/hooks';
import { outcomesApi, type ImportFormat, type ImportJob, type ImportRowError } from '../api/outcomes';
import type { DistrictView } from '../api/types';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, PageTitle, TableScroll, useAction, useLoad, type SubmitHandler } from '../ui/components';
import { OutcomeNav } from './OutcomeNav';
import { formatMoment, formatPercent } from '../i18n/format';

const formats: ImportFormat[] = ['caaspp', 'csv', 'demographics'];

// Importing a file of outcome data: the upload, its progress until it ends, then the summary and
// the row errors.
export function ImportPage(props: { district: DistrictView }) {
  const { t } = useI18n();
  const districtId = props.district.id;
  const [format, setFormat] = useState<ImportFormat>('caaspp');
  const [file, setFile] = useState<File | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [errors, setErrors] = useState<ImportRowError[] | null>(null);
  const upload = useAction();
  const poll = useAction();
  const past = useLoad(() => outcomesApi.imports(districtId), [districtId]);
  const timer = useRef<number>(0);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const follow = (id: number) => {
    timer.current = window.setTimeout(async () => {
      let next: ImportJob | null = null;
      const ok = await poll.run(async () => {
        next = await outcomesApi.importJob(districtId, id);
      });
      if (!ok || !next) return;
      const now: ImportJob = next;
      setJob(now);
      if (now.status === 'running') follow(id);
      else finished(now);
    }, 400);
  };
  const finished = async (done: ImportJob) => {
    past.reload();
    if (done.rows_failed > 0) {
      await poll.run(async () => setErrors((await outcomesApi.importErrors(districtId, done.id)).items));
    }
  };
  // An earlier import, shown as a finished one is: its summary and its row errors.
  const show = (earlier: ImportJob) => {
    window.clearTimeout(timer.current);
    setJob(earlier);
    setErrors(null);
    if (earlier.status === 'running') follow(earlier.id);
    else finished(earlier);
  };

  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    if (!file) return;
    window.clearTimeout(timer.current);
    setJob(null);
    setErrors(null);
    await upload.run(async () => {
      const started = await outcomesApi.startImport(districtId, format, file);
      setJob(started);
      follow(started.id);
    });
  };

  const running = job?.status === 'running';
  return (
    <>
      <PageTitle>{t('outcome.import.title')}</PageTitle>
      <OutcomeNav district={props.district} current="import" />
      <p>{t('outcome.import.who')}</p>
      <StateCodeForm district={props.district} />
      <form onSubmit={submit} class="outcome-import">
        <fieldset>
          <legend>{t('outcome.import.format')}</legend>
          {formats.map((f) => (
            <div key={f} class="outcome-format">
              <label>
                <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)}
                  aria-describedby={`format-${f}-help`} />
                {' '}{t(`outcome.format.${f}` as MessageKey)}
              </label>
              <p id={`format-${f}-help`} class="hint">{t(`outcome.format.${f}.help` as MessageKey)}</p>
            </div>
          ))}
        </fieldset>
        <label class="field">
          <span>{t('outcome.import.file')}</span>
          <input type="file" accept=".csv,.txt,text/csv,text/plain" required
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
        </label>
        <button type="submit" disabled={upload.busy || running}>{t('outcome.import.start')}</button>
        <ErrorMessage error={upload.error} />
      </form>
      {job && <JobView job={job} />}
      <ErrorMessage error={poll.error} />
      {errors && <RowErrors errors={errors} total={job?.rows_failed ?? errors.length} />}
      <PastImports jobs={past.data?.items} error={past.error} onShow={show} />
    </>
  );
}

// The district's own code in the state's files: a CAASPP import finds the district's rows by it.
function StateCodeForm(props: { district: DistrictView }) {
  const { t } = useI18n();
  const [code, setCode] = useState(props.district.state_code ?? '');
  const [saved, setSaved] = useState(false);
  const save = useAction();
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    setSaved(false);
    await save.run(async () => {
      const district = await outcomesApi.setStateCode(props.district.id, code.trim());
      setCode(district.state_code ?? '');
      setSaved(true);
    });
  };
  return (
    <form onSubmit={submit} class="outcome-state-code">
      <Field label={t('outcome.stateCode')}>
        <input value={code} inputMode="numeric" autoComplete="off" aria-describedby="state-code-help"
          onInput={(e) => { setCode(e.currentTarget.value); setSaved(false); }} />
      </Field>
      <p id="state-code-help" class="hint">{t('outcome.stateCode.help')}</p>
      <button type="submit" class="secondary" disabled={save.busy}>{t('outcome.stateCode.save')}</button>
      <p role="status" class="status">{saved ? t('outcome.stateCode.saved') : ''}</p>
      <ErrorMessage error={save.error} />
    </form>
  );
}

function PastImports(props: { jobs?: ImportJob[]; error: unknown; onShow: (job: ImportJob) => void }) {
  const { t, locale } = useI18n();
  const when = (at: number) => formatMoment(at, locale);
  return (
    <section aria-labelledby="past-imports-title">
      <h2 id="past-imports-title">{t('outcome.import.past')}</h2>
      <ErrorMessage error={props.error} />
      {props.jobs && props.jobs.length === 0 && <p>{t('outcome.import.none')}</p>}
      {props.jobs && props.jobs.length > 0 && (
        <TableScroll>
          <table class="outcome-table past-imports">
            <thead>
              <tr>
                <th scope="col">{t('outcome.import.started')}</th>
                <th scope="col">{t('outcome.import.file')}</th>
                <th scope="col">{t('outcome.import.format')}</th>
                <th scope="col">{t('outcome.import.status')}</th>
                <th scope="col">{t('outcome.import.rowsImported')}</th>
                <th scope="col">{t('outcome.import.rowsFailed')}</th>
                <th scope="col"><span class="visually-hidden">{t('outcome.import.show')}</span></th>
              </tr>
            </thead>
            <tbody>
              {props.jobs.map((j) => (
                <tr key={j.id}>
                  <td>{when(j.started_at)}</td>
                  <th scope="row">{j.file_name}</th>
                  <td>{t(`outcome.format.${j.format}` as MessageKey)}</td>
                  <td>{t(`outcome.import.status.${j.status}` as MessageKey)}</td>
                  <td>{j.rows_imported}</td>
                  <td>{j.rows_failed}</td>
                  <td>
                    <button type="button" class="secondary" onClick={() => props.onShow(j)}
                      aria-label={t('outcome.import.showNamed', { name: j.file_name })}>
                      {t('outcome.import.show')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

function JobView(props: { job: ImportJob }) {
  const { t, locale } = useI18n();
  const { job } = props;
  const percent = Math.round(job.progress * 100);
  const read = formatPercent(percent, locale);
  return (
    <section aria-labelledby="import-job-title" class="outcome-job">
      <h2 id="import-job-title">{t('outcome.import.job', { name: job.file_name })}</h2>
      <label class="field">
        <span>{t('outcome.import.progress')}</span>
        <progress max={100} value={percent}>{read}</progress>
      </label>
      <p role="status" aria-live="polite" class={job.status === 'failed' ? 'error' : 'status'}>
        {job.status === 'running'
          ? t('outcome.import.running', { percent: read })
          : job.status === 'succeeded'
            ? t('outcome.import.succeeded')
            : t('outcome.import.failed', { message: job.message })}
      </p>
      {job.status !== 'running' && (
        <dl class="facts outcome-summary">
          <dt>{t('outcome.import.rowsRead')}</dt>
          <dd>{job.rows_read}</dd>
          <dt>{t('outcome.import.rowsImported')}</dt>
          <dd>{job.rows_imported}</dd>
          <dt>{t('outcome.import.rowsSkipped')}</dt>
          <dd>{job.rows_skipped}</dd>
          <dt>{t('outcome.import.rowsFailed')}</dt>
          <dd>{job.rows_failed}</dd>
        </dl>
      )}
    </section>
  );
}

function RowErrors(props: { errors: ImportRowError[]; total: number }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="import-errors-title">
      <h2 id="import-errors-title">{t('outcome.import.errors')}</h2>
      {props.total > props.errors.length && (
        <p>{t('outcome.import.errorsShown', { shown: props.errors.length, total: props.total })}</p>
      )}
      <TableScroll>
        <table class="outcome-table import-errors">
          <thead>
            <tr>
              <th scope="col">{t('outcome.import.line')}</th>
              <th scope="col">{t('outcome.import.column')}</th>
              <th scope="col">{t('outcome.import.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {props.errors.map((e, i) => (
              <tr key={i}>
                <td>{e.line}</td>
                <td>{e.column || t('outcome.import.wholeRow')}</td>
                <td>{e.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
