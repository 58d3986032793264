import { useState } from 'preact/hooks';
import { formatMoment } from '../i18n/format';
import { ApiError } from '../api/client';
import { ratings, selfChecksApi, type Rating, type RatingChanges, type SelfCheck, type StructureRating } from '../api/selfchecks';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, Status, useAction, type SubmitHandler } from '../ui/components';
import { named } from './text';

const ratingKey = (r: Rating) => `selfcheck.rating.${r}` as MessageKey;

interface Draft {
  rating: Rating | null;
  note: string;
}
const draftsOf = (check: SelfCheck): Record<string, Draft> =>
  Object.fromEntries(check.structures.map((s) => [s.code, { rating: s.rating, note: s.note }]));

// Only what differs from the saved self-check: a rating, a note, or both. A note cleared is sent
// as null, which removes it.
function changesOf(check: SelfCheck, drafts: Record<string, Draft>): RatingChanges {
  const changes: RatingChanges = {};
  for (const s of check.structures) {
    const d = drafts[s.code];
    const change: RatingChanges[string] = {};
    if (d.rating !== s.rating && d.rating !== null) change.rating = d.rating;
    if (d.note.trim() !== s.note) change.note = d.note.trim() === '' ? null : d.note;
    if (Object.keys(change).length) changes[s.code] = change;
  }
  return changes;
}

// "Last changed by James Okafor, Nov 23, 2025, 2:59 PM."; nothing for a structure not rated yet.
function ChangedBy(props: { structure: StructureRating }) {
  const { t, locale } = useI18n();
  const s = props.structure;
  if (!s.changed_at || !s.changed_by_name) return null;
  return (
    <p class="muted changed-by">
      {t('selfcheck.changed', { name: s.changed_by_name, date: formatMoment(s.changed_at, locale) })}
    </p>
  );
}

// Three steps, as many filled as the rating is past "not existing", beside its name (the name says
// it; the steps only show it).
function RatingMeter(props: { rating: Rating | null }) {
  const past = props.rating ? ratings.indexOf(props.rating) : 0;
  return (
    <span class="rating-meter" aria-hidden="true">
      {ratings.slice(1).map((r, i) => <span key={r} class={i < past ? 'filled' : ''} />)}
    </span>
  );
}

// The ratings to read: for those who do not rate, and for a printout.
export function RatingList(props: { check: SelfCheck }) {
  const { t, locale } = useI18n();
  return (
    <ul class="structure-list">
      {props.check.structures.map((s) => (
        <li key={s.code}>
          <h3>{named(s, locale)}</h3>
          <p class="rating-read">
            <RatingMeter rating={s.rating} />
            <strong>{s.rating ? t(ratingKey(s.rating)) : t('selfcheck.notRated')}</strong>
          </p>
          {s.note && (
            <p class="structure-note">
              <span class="visually-hidden">{t('selfcheck.noteTitle')}: </span>
              {s.note}
            </p>
          )}
          <ChangedBy structure={s} />
        </li>
      ))}
    </ul>
  );
}

// Each structure as a radio group with an optional note; one Save sends only what changed.
export function RatingForm(props: {
  districtId: number; bodyId: number; year: number; check: SelfCheck; onSaved: (check: SelfCheck) => void;
}) {
  const { t, locale } = useI18n();
  const [base, setBase] = useState(props.check);
  const [drafts, setDrafts] = useState(() => draftsOf(props.check));
  const [status, setStatus] = useState('');
  // The structure an error is about, when it names one.
  const [badStructure, setBadStructure] = useState<string | null>(null);
  const { error, setError, busy, run } = useAction();
  const changes = changesOf(base, drafts);
  const changedCount = Object.keys(changes).length;
  const nameOf = (code: string) => {
    const s = base.structures.find((x) => x.code === code);
    return s ? named(s, locale) : code;
  };

  const edit = (code: string, change: Partial<Draft>) => {
    setDrafts((all) => ({ ...all, [code]: { ...all[code], ...change } }));
    setStatus('');
  };

  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    if (busy) return;
    setStatus('');
    setBadStructure(null);
    setError(null);
    if (changedCount === 0) {
      setStatus(t('selfcheck.nothingToSave'));
      return;
    }
    // A structure nobody has rated needs a rating before its note can be kept.
    const unrated = base.structures.find((s) => s.rating === null && changes[s.code] && !changes[s.code].rating);
    if (unrated) {
      setBadStructure(unrated.code);
      setError(new ApiError(400, 'invalid', t('selfcheck.ratingRequired'), `ratings.${unrated.code}.rating`));
      return;
    }
    await run(async () => {
      const saved = await selfChecksApi.rate(props.districtId, props.bodyId, props.year, changes);
      setBase(saved);
      setDrafts(draftsOf(saved));
      setStatus(t('selfcheck.saved', { count: changedCount, level: saved.maturity.level, name: named(saved.maturity, locale) }));
      props.onSaved(saved);
    });
  };

  // An error about one structure ("ratings.site_teams.note") names it in the reader's words.
  const structureOfError = error instanceof ApiError && error.field?.startsWith('ratings.')
    ? error.field.split('.')[1] : null;
  const errorStructure = badStructure ?? structureOfError;

  return (
    <form class="rating-form" onSubmit={submit} noValidate>
      {base.structures.map((s) => {
        const d = drafts[s.code];
        const changed = Boolean(changes[s.code]);
        const hasError = errorStructure === s.code;
        return (
          <fieldset key={s.code} class={`structure${hasError ? ' has-error' : ''}`}
            aria-describedby={hasError ? `error-${s.code}` : undefined}>
            <legend>{named(s, locale)}</legend>
            <div class="rating-options">
              {ratings.map((r) => (
                <label key={r} class="rating-option">
                  <input type="radio" name={`rating-${s.code}`} value={r} checked={d.rating === r}
                    onChange={() => edit(s.code, { rating: r })} />
                  <span>{t(ratingKey(r))}</span>
                </label>
              ))}
            </div>
            <Field label={t('selfcheck.note')}>
              <textarea rows={2} maxLength={2000} value={d.note}
                onInput={(e) => edit(s.code, { note: e.currentTarget.value })} />
            </Field>
            {hasError && error instanceof ApiError && (
              <p class="error" id={`error-${s.code}`}>{error.message}</p>
            )}
            <div class="structure-foot">
              {s.rating === null ? <p class="muted changed-by">{t('selfcheck.notRated')}</p> : <ChangedBy structure={s} />}
              {changed && <span class="unsaved-badge">{t('selfcheck.changedHere')}</span>}
            </div>
          </fieldset>
        );
      })}
      <div class="save-bar">
        {/* Not disabled while saving: a disabled button would lose the keyboard focus. */}
        <button type="submit" aria-disabled={busy}>{busy ? t('selfcheck.saving') : t('selfcheck.save')}</button>
        <span class="muted">{changedCount ? t('selfcheck.unsaved', { count: changedCount }) : t('selfcheck.noChanges')}</span>
        <Status>{status}</Status>
        {errorStructure && error instanceof ApiError ? (
          <p class="error" role="alert">
            {t('selfcheck.notSavedIn', { structure: nameOf(errorStructure), message: error.message })}
          </p>
        ) : (
          <ErrorMessage error={error} />
        )}
      </div>
    </form>
  );
}
