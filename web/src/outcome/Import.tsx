import { useEffect, useRef, useState } from 'preact/hooks';
import { outcomesApi, type ImportFormat, type ImportJob, type ImportRowError } from '../api/outcomes';
import type { DistrictView } from '../api/types';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, PageTitle, useAction, type SubmitHandler } from '../ui/components';
import { OutcomeNav } from './OutcomeNav';

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
      else if (now.rows_failed > 0) {
        await poll.run(async () => setErrors((await outcomesApi.importErrors(districtId, id)).items));
      }
    }, 400);
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
    </>
  );
}

function JobView(props: { job: ImportJob }) {
  const { t } = useI18n();
  const { job } = props;
  const percent = Math.round(job.progress * 100);
  return (
    <section aria-labelledby="import-job-title" class="outcome-job">
      <h2 id="import-job-title">{t('outcome.import.job', { name: job.file_name })}</h2>
      <label class="field">
        <span>{t('outcome.import.progress')}</span>
        <progress max={100} value={percent}>{percent} %</progress>
      </label>
      <p role="status" aria-live="polite" class={job.status === 'failed' ? 'error' : 'status'}>
        {job.status === 'running'
          ? t('outcome.import.running', { percent })
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
    </section>
  );
}
