import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError } from '../api/client';
import { allDecisions, decisionsApi, type Participation } from '../api/decisions';
import {
  changedMeanwhile, issuesApi, issueSteps, type InterestSide, type IssueItem, type IssueStep, type IssueView, type ScoredCell,
} from '../api/issues';
import type { BodyView, DistrictView } from '../api/types';
import { CaucusPanel } from '../caucus/CaucusPanel';
import { DecisionDetailsFields } from '../decision/Decisions';
import { Discussion } from '../discussion/Discussion';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { Field, Link, Loading, PageTitle, Status, useAction, useLoad, type SubmitHandler } from '../ui/components';
import { IssueError } from './IssueError';
import { navigate } from '../ui/router';
import { dateToSeconds, lines, secondsToDate } from './text';
import './issue.css';
import { formatDay } from '../i18n/format';

const interestSides: InterestSide[] = ['labor', 'shared', 'management'];
const stepIndex = (step: IssueStep) => issueSteps.indexOf(step);
const isOpen = (step: IssueStep) => stepIndex(step) >= 0 && step !== 'agreement';
// Interests, options and criteria are added from their own step until scoring ends (as the API rules).
const mayAddFrom = (step: IssueStep, from: IssueStep) =>
  stepIndex(step) >= stepIndex(from) && stepIndex(step) <= stepIndex('scoring');

// A change to the issue: reloads it on success, and on a conflict (someone else moved it on).
const useIssueAction = (reload: () => void) =>
  useAction((err) => {
    if (!err || (err instanceof ApiError && err.status === 409)) reload();
  });

export function IssuePage(props: { district: DistrictView; issueId: number }) {
  const { t, locale } = useI18n();
  const districtId = props.district.id;
  const issue = useLoad(() => issuesApi.get(districtId, props.issueId), [districtId, props.issueId]);
  const bodyId = issue.data?.body_id;
  const body = useLoad(() => (bodyId ? api.body(districtId, bodyId) : Promise.resolve(null)), [districtId, bodyId]);
  const proposals = useLoad(
    () => (bodyId ? allDecisions(districtId, { body: bodyId }) : Promise.resolve(null)),
    [districtId, bodyId, issue.data?.step, issue.data?.solution?.option_id],
  );
  if (!issue.data) return <Loading error={issue.error} />;
  const i = issue.data;
  const member = !!body.data?.my_seat;
  const mine = (proposals.data ?? []).filter((d) => d.issue_id === i.id);
  const openProposal = mine.find((d) => d.status === 'open');
  const base = `/districts/${districtId}`;
  const date = (s: number) => formatDay(s, locale);

  return (
    <>
      <p class="crumbs"><Link href={`${base}/issues`}>{t('issue.list.title')}</Link></p>
      <PageTitle>{i.title}</PageTitle>
      <p class="muted">
        {body.data && <Link href={`${base}/bodies/${body.data.id}`}>{body.data.name}</Link>}
        {' · '}
        {t('issue.raisedOn', { name: i.raised_by_name, date: date(i.created_at) })}
        {i.confidential && <>{' · '}<span class="confidential-badge">{t('issue.confidential')}</span></>}
      </p>
      {i.description && <p class="issue-description">{i.description}</p>}
      {i.references.length > 0 && (
        <dl class="facts">
          <dt>{t('issue.references')}</dt>
          <dd><ul class="plain">{i.references.map((r, n) => <li key={n}>{r}</li>)}</ul></dd>
        </dl>
      )}

      <Stepper issue={i} />
      {(i.step === 'withdrawn' || i.step === 'referred') && (
        <p class="notice">
          {t(i.step === 'withdrawn' ? 'issue.withdrawnNote' : 'issue.referredNote', { note: i.step_note ?? '' })}
        </p>
      )}
      {i.step === 'agreement' && i.decision_id && (
        <p class="notice">
          {t('issue.agreementReached')}{' '}
          <Link href={`${base}/decisions/${i.decision_id}`}>{t('issue.seeDecision')}</Link>
        </p>
      )}
      <Interests key={body.data?.my_seat?.side ?? ''} districtId={districtId} issue={i} body={body.data ?? null} member={member} onChanged={issue.reload} />
      <Options districtId={districtId} issue={i} member={member} onChanged={issue.reload} />
      <Criteria districtId={districtId} issue={i} member={member} onChanged={issue.reload} />
      <Matrix districtId={districtId} issue={i} member={member} onChanged={issue.reload} />
      <Solution key={`${i.step}-${i.options.length}-${i.solution?.option_id ?? 0}`} districtId={districtId} issue={i} member={member} locked={!!openProposal} onChanged={issue.reload} />
      {member && i.step === 'solution' && i.solution && !openProposal && (
        <ProposalForm districtId={districtId} issue={i}
          onProposed={(id) => navigate(`${base}/decisions/${id}`)} onChanged={issue.reload} />
      )}
      {/* Moving on comes after the step's work, where the work of the step ends. */}
      {isOpen(i.step) && body.data && (member || i.ready.length > 0) && (
        <StepControls districtId={districtId} issue={i} body={body.data} onChanged={issue.reload} />
      )}
      {mine.length > 0 && (
        <section aria-labelledby="issue-proposals">
          <h2 id="issue-proposals">{t('issue.proposals')}</h2>
          <ul class="plain">
            {mine.map((d) => (
              <li key={d.id}>
                <Link href={`${base}/decisions/${d.id}`}>{d.title}</Link>
                {' · '}
                <span class={`status-badge status-${d.status}`}>{t(`decision.status.${d.status}` as MessageKey)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Discussion district={props.district} subject={{ type: 'issue', id: i.id }} body={body.data ?? null}
        onSubjectChange={() => { issue.reload(); proposals.reload(); }} />
      {member && <CaucusPanel district={props.district} subjectType="issue" subjectId={i.id} />}
    </>
  );
}

function Stepper(props: { issue: IssueView }) {
  const { t } = useI18n();
  const at = stepIndex(props.issue.step);
  return (
    <ol class="stepper" aria-label={t('issue.stepper')}>
      {issueSteps.map((s, n) => {
        const state = at < 0 ? 'todo' : n < at ? 'done' : n === at ? 'current' : 'todo';
        return (
          <li key={s} class={`step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span class="step-number" aria-hidden="true">{state === 'done' ? '✓' : n + 1}</span>
            <span class="step-label">{t(`issue.step.${s}` as MessageKey)}</span>
            {state !== 'todo' && (
              <span class="visually-hidden">{t(state === 'done' ? 'issue.stepDone' : 'issue.stepCurrent')}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

// Where the issue goes next. A body that waits for both sides moves an issue on once a labor and a
// management member have each said their side is ready; until then this shows who has.
function StepControls(props: { districtId: number; issue: IssueView; body: BodyView; onChanged: () => void }) {
  const { t, locale } = useI18n();
  const { issue, body } = props;
  const move = useIssueAction(props.onChanged);
  const [note, setNote] = useState('');
  const next = issueSteps[stepIndex(issue.step) + 1];
  const previous = stepIndex(issue.step) > 0 ? issueSteps[stepIndex(issue.step) - 1] : null;
  const stepName = (s: IssueStep) => t(`issue.step.${s}` as MessageKey);
  const go = (step: IssueStep) => move.run(() => issuesApi.move(props.districtId, issue.id, step));
  const end = (step: IssueStep) => move.run(() => issuesApi.move(props.districtId, issue.id, step, note));
  const member = !!body.my_seat;
  const mySide = body.my_seat?.side;
  const bothSides = body.advance_rule === 'both_sides';
  const readyOf = (side: 'labor' | 'management') => issue.ready.find((r) => r.side === side);
  const mine = mySide === 'labor' || mySide === 'management' ? readyOf(mySide) : undefined;
  return (
    <section class="step-controls" aria-labelledby="step-controls-title">
      <h2 id="step-controls-title">{t('issue.moveTitle')}</h2>
      {issue.step === 'solution' ? (
        <p>{t('issue.agreementByDecision')}</p>
      ) : bothSides ? (
        <>
          <p>{t('issue.bothSidesRule', { step: stepName(next) })}</p>
          <ul class="plain ready-sides">
            {(['labor', 'management'] as const).map((side) => {
              const r = readyOf(side);
              return (
                <li key={side} class={r ? `ready-side ready-${side} is-ready` : `ready-side ready-${side}`}>
                  <strong>{t(side === 'labor' ? 'issue.ready.labor' : 'issue.ready.management')}</strong>{' '}
                  {r
                    ? t('issue.ready.by', { name: r.name, date: formatDay(r.at, locale) })
                    : t('issue.ready.notYet')}
                </li>
              );
            })}
          </ul>
          {member && (mySide === 'labor' || mySide === 'management') && !mine && (
            <button type="button" disabled={move.busy} onClick={() => go(next)}>
              {t('issue.sayReady', { step: stepName(next) })}
            </button>
          )}
          {mine && <p class="muted">{t('issue.waitingForOther')}</p>}
        </>
      ) : member ? (
        <button type="button" disabled={move.busy} onClick={() => go(next)}>
          {t('issue.moveTo', { step: stepName(next) })}
        </button>
      ) : null}
      {member && previous && (
        <p>
          <button type="button" class="secondary" disabled={move.busy} onClick={() => go(previous)}>
            {t('issue.moveBack', { step: stepName(previous) })}
          </button>
        </p>
      )}
      {member && <details class="close-issue">
        <summary>{t('issue.closeTitle')}</summary>
        <Field label={t('issue.closeNote')}>
          <textarea rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </Field>
        <div class="buttons">
          <button type="button" class="secondary" disabled={move.busy} onClick={() => end('withdrawn')}>
            {t('issue.withdraw')}
          </button>
          <button type="button" class="secondary" disabled={move.busy} onClick={() => end('referred')}>
            {t('issue.refer')}
          </button>
        </div>
      </details>}
      <IssueError error={move.error} />
    </section>
  );
}

// Shown instead of a form before its step: when the items of this kind start being added.
function NotYet(props: { from: IssueStep; issue: IssueView }) {
  const { t } = useI18n();
  if (stepIndex(props.issue.step) >= stepIndex(props.from) || !isOpen(props.issue.step)) return null;
  return <p class="muted">{t('issue.fromStep', { step: t(`issue.step.${props.from}` as MessageKey) })}</p>;
}

function Interests(props: { districtId: number; issue: IssueView; body: BodyView | null; member: boolean; onChanged: () => void }) {
  const { t } = useI18n();
  const { issue } = props;
  const mySide = props.body?.my_seat?.side;
  const [text, setText] = useState('');
  const [side, setSide] = useState<InterestSide>(mySide === 'labor' || mySide === 'management' ? mySide : 'shared');
  const add = useIssueAction(props.onChanged);
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    if (await add.run(() => issuesApi.addInterest(props.districtId, issue.id, text, side))) setText('');
  };
  return (
    <section aria-labelledby="interests-title">
      <h2 id="interests-title">{t('issue.interests')}</h2>
      <div class="interest-columns">
        {interestSides.map((s) => (
          <section key={s} class={`interest-column interest-${s}`} aria-labelledby={`interests-${s}`}>
            <h3 id={`interests-${s}`}>{t(`issue.interests.${s}` as MessageKey)}</h3>
            <ItemList items={issue.interests.filter((x) => x.side === s)} />
          </section>
        ))}
      </div>
      <NotYet from="interests" issue={issue} />
      {props.member && mayAddFrom(issue.step, 'interests') && (
        <form onSubmit={submit} aria-labelledby="interest-form-title">
          <h3 id="interest-form-title">{t('issue.addInterest')}</h3>
          <Field label={t('issue.interestText')}>
            <textarea rows={2} value={text} required onInput={(e) => setText(e.currentTarget.value)} />
          </Field>
          <Field label={t('issue.interestSide')}>
            <select value={side} onChange={(e) => setSide(e.currentTarget.value as InterestSide)}>
              {interestSides.map((s) => <option key={s} value={s}>{t(`issue.side.${s}` as MessageKey)}</option>)}
            </select>
          </Field>
          <IssueError error={add.error} />
          <button type="submit" disabled={add.busy}>{t('issue.addInterestSubmit')}</button>
        </form>
      )}
    </section>
  );
}

function ItemList(props: { items: IssueItem[]; weights?: boolean }) {
  const { t } = useI18n();
  if (props.items.length === 0) return <p class="muted">{t('issue.noneYet')}</p>;
  return (
    <ul class="items">
      {props.items.map((x) => (
        <li key={x.id}>
          {x.text}
          {props.weights && <>{' '}<span class="weight">{t('issue.weightOf', { weight: x.weight ?? 1 })}</span></>}
        </li>
      ))}
    </ul>
  );
}

function Options(props: { districtId: number; issue: IssueView; member: boolean; onChanged: () => void }) {
  const { t } = useI18n();
  const { issue } = props;
  const [text, setText] = useState('');
  const add = useIssueAction(props.onChanged);
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    if (await add.run(() => issuesApi.addOption(props.districtId, issue.id, text))) setText('');
  };
  return (
    <section aria-labelledby="options-title">
      <h2 id="options-title">{t('issue.options')}</h2>
      <ItemList items={issue.options} />
      <NotYet from="options" issue={issue} />
      {props.member && mayAddFrom(issue.step, 'options') && (
        <form onSubmit={submit}>
          <Field label={t('issue.optionText')}>
            <textarea rows={2} value={text} required onInput={(e) => setText(e.currentTarget.value)} />
          </Field>
          <IssueError error={add.error} />
          <button type="submit" disabled={add.busy}>{t('issue.addOption')}</button>
        </form>
      )}
    </section>
  );
}

function Criteria(props: { districtId: number; issue: IssueView; member: boolean; onChanged: () => void }) {
  const { t } = useI18n();
  const { issue } = props;
  const [text, setText] = useState('');
  const [weight, setWeight] = useState('3');
  const add = useIssueAction(props.onChanged);
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    if (await add.run(() => issuesApi.addCriterion(props.districtId, issue.id, text, Number(weight)))) setText('');
  };
  return (
    <section aria-labelledby="criteria-title">
      <h2 id="criteria-title">{t('issue.criteria')}</h2>
      <ItemList items={issue.criteria} weights />
      <NotYet from="criteria" issue={issue} />
      {props.member && mayAddFrom(issue.step, 'criteria') && (
        <form onSubmit={submit}>
          <Field label={t('issue.criterionText')}>
            <input value={text} required onInput={(e) => setText(e.currentTarget.value)} />
          </Field>
          <Field label={t('issue.criterionWeight')}>
            <select value={weight} onChange={(e) => setWeight(e.currentTarget.value)}>
              {[1, 2, 3, 4, 5].map((w) => <option key={w} value={String(w)}>{t(`issue.weight.${w}` as MessageKey)}</option>)}
            </select>
          </Field>
          <IssueError error={add.error} />
          <button type="submit" disabled={add.busy}>{t('issue.addCriterion')}</button>
        </form>
      )}
    </section>
  );
}

// What became of a score sent from a cell: saved (the cell as written), refused because someone else
// changed the cell meanwhile (the cell as it is now), or failed (the error shows below the matrix).
type ScoreOutcome = { kind: 'saved'; cell: ScoredCell | null } | { kind: 'changed'; cell: ScoredCell } | { kind: 'failed' };

// The options scored 1–5 against each weighted criterion; the highest weighted total is marked.
function Matrix(props: { districtId: number; issue: IssueView; member: boolean; onChanged: () => void }) {
  const { t } = useI18n();
  const { issue } = props;
  const { criteria, rows } = issue.matrix;
  const editable = props.member && issue.step === 'scoring';
  const save = useIssueAction(props.onChanged);
  const [saved, setSaved] = useState('');
  if (rows.length === 0 || criteria.length === 0) {
    return (
      <section aria-labelledby="matrix-title">
        <h2 id="matrix-title">{t('issue.matrix')}</h2>
        <p class="muted">{t('issue.matrixEmpty')}</p>
      </section>
    );
  }
  const top = Math.max(...rows.map((r) => r.weighted_total));
  const isBest = (total: number) => total === top && top > 0;
  type Row = (typeof rows)[number];
  type Criterion = (typeof criteria)[number];
  const score = async (row: Row, criterion: Criterion, n: number, expected: number | null): Promise<ScoreOutcome> => {
    setSaved('');
    let outcome: ScoreOutcome = { kind: 'failed' };
    await save.run(async () => {
      try {
        const m = await issuesApi.score(props.districtId, issue.id, row.option_id, criterion.id, n, expected);
        const at = m.criteria.findIndex((c) => c.id === criterion.id);
        outcome = { kind: 'saved', cell: m.rows.find((r) => r.option_id === row.option_id)?.cells[at] ?? null };
        setSaved(t('issue.scoreSaved', { option: row.option, criterion: criterion.text, score: n }));
      } catch (err) {
        const now = changedMeanwhile(err);
        if (!now) throw err;
        outcome = { kind: 'changed', cell: now };
      }
    });
    return outcome;
  };
  return (
    <section aria-labelledby="matrix-title">
      <h2 id="matrix-title">{t('issue.matrix')}</h2>
      {editable && <p>{t('issue.matrixHelp')}</p>}
      {issue.step !== 'scoring' && isOpen(issue.step) && <p class="muted">{t('issue.matrixScoringStep')}</p>}
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="matrix-title">
        <table class="matrix">
          <thead>
            <tr>
              <th scope="col">{t('issue.option')}</th>
              {criteria.map((c) => (
                <th scope="col" key={c.id}>
                  {c.text}
                  <span class="weight">{t('issue.weightOf', { weight: c.weight })}</span>
                </th>
              ))}
              <th scope="col">{t('issue.weightedTotal')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.option_id} class={isBest(r.weighted_total) ? 'best' : undefined}>
                <th scope="row">
                  {r.option}
                  {isBest(r.weighted_total) && <span class="best-badge">{t('issue.best')}</span>}
                </th>
                {criteria.map((c, n) => (
                  <td key={c.id}>
                    {editable ? (
                      <ScoreCell cell={r.cells[n]} id={`score-${r.option_id}-${c.id}`}
                        label={t('issue.scoreLabel', { option: r.option, criterion: c.text })}
                        onScore={(value, expected) => score(r, c, value, expected)} />
                    ) : r.cells[n] ? (
                      <>{r.cells[n]!.score}<ScoredBy cell={r.cells[n]!} /></>
                    ) : (
                      <span class="muted">{t('issue.notScored')}</span>
                    )}
                  </td>
                ))}
                <td class="total">
                  {r.weighted_total}
                  {r.unscored > 0 && <span class="muted"> {t('issue.unscored', { count: r.unscored })}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <IssueError error={save.error} />
      {saved && <Status>{saved}</Status>}
    </section>
  );
}

// Who set a score: their first name under it, and "Set by Ana Reyes, Dec 3, 2026" for a screen
// reader and as the tooltip.
function ScoredBy(props: { cell: ScoredCell; id?: string }) {
  const { t, locale } = useI18n();
  const { cell } = props;
  const full = t('issue.scoredBy', { name: cell.scored_by_name, date: formatDay(cell.scored_at, locale) });
  return (
    <span class="scored-by" id={props.id}>
      <span aria-hidden="true" title={full}>{cell.scored_by_name.trim().split(/\s+/)[0]}</span>
      <span class="visually-hidden">{full}</span>
    </span>
  );
}

// One cell of the matrix. While the person edits it, live updates leave it alone, and the score goes
// with what they saw there when they began: a score someone else set meanwhile is shown to them, to
// keep or to replace, rather than replaced unseen.
function ScoreCell(props: { cell: ScoredCell | null; id: string; label: string;
  onScore: (score: number, expected: number | null) => Promise<ScoreOutcome> }) {
  const { t } = useI18n();
  const shown = (c: ScoredCell | null) => (c ? String(c.score) : '');
  const [seen, setSeen] = useState(props.cell);
  const [value, setValue] = useState(shown(props.cell));
  const [changed, setChanged] = useState<{ cell: ScoredCell; mine: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const editing = useRef(false);
  const sending = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  const take = (c: ScoredCell | null) => {
    setSeen(c);
    setValue(shown(c));
  };
  const version = props.cell ? `${props.cell.score}/${props.cell.scored_by}/${props.cell.scored_at}` : '';
  useEffect(() => {
    if (!editing.current && !sending.current && !changed) take(props.cell);
  }, [version]);

  const send = async (n: number, expected: number | null) => {
    sending.current = true;
    setBusy(true);
    const outcome = await props.onScore(n, expected);
    sending.current = false;
    setBusy(false);
    if (outcome.kind === 'saved') {
      setChanged(null);
      take(outcome.cell);
    } else if (outcome.kind === 'changed') {
      setChanged({ cell: outcome.cell, mine: n });
    }
    return outcome;
  };
  // Once the conflict is settled its buttons go, and the focus returns to the score.
  const keepTheirs = () => {
    if (!changed) return;
    // The page may have reloaded the cell since the conflict, or not yet.
    const latest = props.cell && props.cell.scored_at >= changed.cell.scored_at ? props.cell : changed.cell;
    setChanged(null);
    take(latest);
    input.current?.focus();
  };
  const useMine = async () => {
    if (!changed) return;
    const outcome = await send(changed.mine, changed.cell.score);
    if (outcome.kind === 'saved') input.current?.focus();
  };
  const describedBy = [seen ? `${props.id}-by` : '', changed ? `${props.id}-changed` : ''].filter(Boolean).join(' ');
  return (
    <div class={changed ? 'score-cell has-changed' : 'score-cell'}>
      <input ref={input} type="number" min={1} max={5} step={1} inputMode="numeric" class="score-input" value={value}
        aria-label={props.label} aria-describedby={describedBy || undefined}
        onFocus={() => { editing.current = true; }}
        onBlur={() => {
          editing.current = false;
          // Nothing new was typed: show what the cell holds now.
          if (!sending.current && !changed && (value === shown(seen) || !value)) take(props.cell);
        }}
        onInput={(e) => setValue(e.currentTarget.value)}
        onChange={(e) => {
          const typed = e.currentTarget.value;
          if (typed) send(Number(typed), seen?.score ?? null);
        }} />
      {seen && !changed && <ScoredBy cell={seen} id={`${props.id}-by`} />}
      {changed && (
        <div class="score-changed">
          <p role="alert" id={`${props.id}-changed`}>
            <span class="visually-hidden">{props.label}: </span>
            {t('issue.scoreChanged', { name: changed.cell.scored_by_name, score: changed.cell.score })}
          </p>
          <div class="buttons">
            <button type="button" class="secondary" disabled={busy} onClick={keepTheirs}>
              {t('issue.keepScore', { score: changed.cell.score })}
            </button>
            <button type="button" class="secondary" disabled={busy} onClick={useMine}>
              {t('issue.useMyScore', { score: changed.mine })}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

function Solution(props: { districtId: number; issue: IssueView; member: boolean; locked: boolean; onChanged: () => void }) {
  const { t } = useI18n();
  const { issue } = props;
  const rows = issue.matrix.rows;
  const best = rows.reduce<(typeof rows)[number] | null>((a, r) => (!a || r.weighted_total > a.weighted_total ? r : a), null);
  const initial = issue.solution?.option_id ?? best?.option_id ?? issue.options[0]?.id;
  const [optionId, setOptionId] = useState(initial ? String(initial) : '');
  const optionText = (id: string) => issue.options.find((o) => String(o.id) === id)?.text ?? '';
  const [text, setText] = useState(issue.solution?.text ?? optionText(optionId));
  const choose = useIssueAction(props.onChanged);
  const chosen = issue.options.find((o) => o.id === issue.solution?.option_id);
  const submit: SubmitHandler = (e) => {
    e.preventDefault();
    choose.run(() => issuesApi.chooseSolution(props.districtId, issue.id, Number(optionId), text));
  };
  const mayChoose = props.member && issue.step === 'solution' && !props.locked && issue.options.length > 0;
  if (!issue.solution && !mayChoose) return null;
  return (
    <section aria-labelledby="solution-title">
      <h2 id="solution-title">{t('issue.solution')}</h2>
      {issue.solution && (
        <div class="solution">
          <p><strong>{t('issue.chosenOption')}</strong> {chosen?.text}</p>
          <p class="issue-description">{issue.solution.text}</p>
        </div>
      )}
      {mayChoose && (
        <form onSubmit={submit}>
          <Field label={t('issue.solutionOption')}>
            <select value={optionId} required onChange={(e) => {
              const id = e.currentTarget.value;
              if (!text || text === optionText(optionId)) setText(optionText(id));
              setOptionId(id);
            }}>
              {issue.options.map((o) => <option key={o.id} value={String(o.id)}>{o.text}</option>)}
            </select>
          </Field>
          <Field label={t('issue.solutionText')}>
            <textarea rows={4} value={text} required onInput={(e) => setText(e.currentTarget.value)} />
          </Field>
          <IssueError error={choose.error} />
          <button type="submit" disabled={choose.busy}>
            {t(issue.solution ? 'issue.changeSolution' : 'issue.chooseSolution')}
          </button>
        </form>
      )}
    </section>
  );
}

function ProposalForm(props: { districtId: number; issue: IssueView; onProposed: (id: number) => void; onChanged: () => void }) {
  const { t } = useI18n();
  const week = Math.floor(Date.now() / 1000) + 7 * 24 * 3600;
  const [deadline, setDeadline] = useState(secondsToDate(week));
  const [articles, setArticles] = useState(props.issue.references.join('\n'));
  const [metrics, setMetrics] = useState('');
  const [effective, setEffective] = useState('');
  const [review, setReview] = useState('');
  const [participation, setParticipation] = useState<Participation>('joint');
  const propose = useIssueAction(props.onChanged);
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    let id = 0;
    const ok = await propose.run(async () => {
      const d = await decisionsApi.propose(props.districtId, {
        issue_id: props.issue.id,
        deadline: dateToSeconds(deadline, 23) ?? 0,
        articles: lines(articles),
        metrics: lines(metrics),
        effective_at: dateToSeconds(effective),
        review_at: dateToSeconds(review),
        participation,
      });
      id = d.id;
    });
    if (ok) props.onProposed(id);
  };
  return (
    <section aria-labelledby="proposal-title">
      <h2 id="proposal-title">{t('issue.propose')}</h2>
      <p>{t('issue.proposeIntro')}</p>
      <form onSubmit={submit}>
        <DecisionDetailsFields deadline={deadline} setDeadline={setDeadline} articles={articles} setArticles={setArticles}
          metrics={metrics} setMetrics={setMetrics} effective={effective} setEffective={setEffective}
          review={review} setReview={setReview} participation={participation} setParticipation={setParticipation} />
        <IssueError error={propose.error} />
        <button type="submit" disabled={propose.busy}>{t('issue.proposeSubmit')}</button>
      </form>
    </section>
  );
}
