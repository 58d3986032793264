import { useState } from 'preact/hooks';
import { api } from '../api/client';
import { decisionsApi, type DecisionView, type SideTally, type StanceKind } from '../api/decisions';
import type { BodyView, DistrictView } from '../api/types';
import { CaucusPanel } from '../caucus/CaucusPanel';
import { CarryingOut } from './CarryingOut';
import { Discussion } from '../discussion/Discussion';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { IssueError } from '../issue/IssueError';
import { Link, Loading, PageTitle, Status, useAction, useLoad } from '../ui/components';
import { formatDay, formatMoment } from '../i18n/format';
import { sayNeeded } from './needed';
import '../issue/issue.css';
import './decision.css';

const stanceKinds: StanceKind[] = ['agree', 'stand_aside', 'block', 'abstain'];
const fingers = [0, 1, 2, 3, 4, 5];
// Marks that tell agreeing from blocking apart at a glance, beside the colour.
const stanceMarks: Partial<Record<StanceKind, string>> = { agree: '✓', block: '✋' };

// A proposal: its text beside the body's guiding principles, the rule in plain words, my stance,
// the tally per side with what consent still needs, and the outcome.
export function DecisionPage(props: { district: DistrictView; decisionId: number }) {
  const { t, locale } = useI18n();
  const districtId = props.district.id;
  const decision = useLoad(() => decisionsApi.get(districtId, props.decisionId), [districtId, props.decisionId]);
  const bodyId = decision.data?.body_id;
  const body = useLoad(() => (bodyId ? api.body(districtId, bodyId) : Promise.resolve(null)), [districtId, bodyId]);
  const charter = useLoad(() => (bodyId ? api.charter(districtId, bodyId) : Promise.resolve(null)), [districtId, bodyId]);
  if (!decision.data) return <Loading error={decision.error} />;
  const d = decision.data;
  const base = `/districts/${districtId}`;
  const principles = charter.data?.in_force?.principles ?? [];
  return (
    <>
      <p class="crumbs"><Link href={`${base}/decisions`}>{t('decision.list.title')}</Link></p>
      <PageTitle>{d.title}</PageTitle>
      <p class="muted">
        <span class={`status-badge status-${d.status}`}>{t(`decision.status.${d.status}` as MessageKey)}</span>
        {' · '}
        {body.data && <><Link href={`${base}/bodies/${body.data.id}`}>{body.data.name}</Link>{' · '}</>}
        {t('decision.proposedBy', { name: d.proposed_by_name, date: formatDay(d.created_at, locale) })}
        {d.confidential && <>{' · '}<span class="confidential-badge">{t('issue.confidential')}</span></>}
      </p>
      <div class="decision-layout">
        <section class="proposal" aria-labelledby="proposal-text">
          <h2 id="proposal-text">{t('decision.proposal')}</h2>
          <p class="proposal-text">{d.text}</p>
          {d.issue_id && (
            <p><Link href={`${base}/issues/${d.issue_id}`}>{t('decision.fromIssue')}</Link></p>
          )}
        </section>
        <aside class="principles" aria-labelledby="principles-title">
          <h2 id="principles-title">{t('decision.principles')}</h2>
          {!charter.data ? (
            <Loading error={charter.error} />
          ) : principles.length === 0 ? (
            <p>{t('decision.noCharter')}</p>
          ) : (
            <>
              <ul>{principles.map((p, n) => <li key={n}>{p}</li>)}</ul>
              <p class="muted">{t('decision.charterVersion', { number: charter.data.in_force?.number ?? 0 })}</p>
            </>
          )}
        </aside>
      </div>
      <Outcome decision={d} />
      {d.status === 'adopted' && (
        <CarryingOut districtId={districtId} decision={d} body={body.data ?? null} me={props.district.my_membership.user_id} />
      )}
      {body.data && <RuleExplained body={body.data} decision={d} />}
      {body.data && d.status === 'open' && <StanceForm districtId={districtId} decision={d} body={body.data}
        userId={props.district.my_membership.user_id} onChanged={decision.reload} />}
      <Tally decision={d} />
      <Stances decision={d} />
      <Discussion district={props.district} subject={{ type: 'decision', id: d.id }} body={body.data ?? null}
        onSubjectChange={decision.reload} />
      {body.data?.my_seat && <CaucusPanel district={props.district} subjectType="decision" subjectId={d.id} />}
    </>
  );
}

function Outcome(props: { decision: DecisionView }) {
  const { t, locale } = useI18n();
  const d = props.decision;
  return (
    <section class={`outcome outcome-${d.status}`} aria-labelledby="outcome-title">
      <h2 id="outcome-title">{t('decision.outcome')}</h2>
      <p role="status" class="outcome-line">
        {d.status === 'open' && t('decision.outcome.open', { date: formatMoment(d.deadline, locale) })}
        {d.status === 'adopted' && t('decision.outcome.adopted', { date: formatDay(d.closed_at ?? d.deadline, locale) })}
        {d.status === 'no_consent' && t('decision.outcome.noConsent', { date: formatDay(d.closed_at ?? d.deadline, locale) })}
      </p>
      {d.status === 'no_consent' && d.fallback && (
        <p class="notice"><strong>{t('decision.fallback')}</strong> {d.fallback}</p>
      )}
      {d.status === 'adopted' && (
        <dl class="facts">
          <dt>{t('decision.effective')}</dt>
          <dd>{d.effective_at ? formatDay(d.effective_at, locale) : t('decision.notSet')}</dd>
          <dt>{t('decision.review')}</dt>
          <dd>{d.review_at ? formatDay(d.review_at, locale) : t('decision.notSet')}</dd>
          <dt>{t('decision.participation')}</dt>
          <dd>{t(`decision.participation.${d.participation}` as MessageKey)}</dd>
        </dl>
      )}
      <Links decision={d} />
    </section>
  );
}

function Links(props: { decision: DecisionView }) {
  const { t } = useI18n();
  const { links } = props.decision;
  if (links.articles.length === 0 && links.metrics.length === 0) return null;
  return (
    <dl class="facts">
      {links.articles.length > 0 && (
        <>
          <dt>{t('decision.articles')}</dt>
          <dd><ul class="plain">{links.articles.map((a, n) => <li key={n}>{a}</li>)}</ul></dd>
        </>
      )}
      {links.metrics.length > 0 && (
        <>
          <dt>{t('decision.metrics')}</dt>
          <dd><ul class="plain">{links.metrics.map((m, n) => <li key={n}>{m}</li>)}</ul></dd>
        </>
      )}
    </dl>
  );
}

// The body's decision rule in plain words, with its numbers.
function RuleExplained(props: { body: BodyView; decision: DecisionView }) {
  const { t, locale } = useI18n();
  const { body } = props;
  const params = { quorum: body.quorum_per_side, k: body.supermajority_k, n: body.supermajority_n };
  return (
    <section aria-labelledby="rule-title">
      <h2 id="rule-title">{t('decision.ruleTitle', { rule: t(`rule.${body.rule}` as MessageKey) })}</h2>
      <p>{t(`decision.rule.${body.rule}` as MessageKey, params)}</p>
      <p>{t('decision.rule.bothSides')}</p>
      <p>{t('decision.rule.closing', { date: formatMoment(props.decision.deadline, locale) })}</p>
      <p><strong>{t('bodies.fallback')}</strong>{' '}{body.fallback}</p>
    </section>
  );
}

function StanceForm(props: { districtId: number; decision: DecisionView; body: BodyView; userId: number; onChanged: () => void }) {
  const { t } = useI18n();
  const { decision, body } = props;
  const seat = body.my_seat;
  const mine = decision.stances.find((s) => s.user_id === props.userId);
  const [reason, setReason] = useState(mine?.reason ?? '');
  const { error, busy, run } = useAction(() => props.onChanged());
  const [said, setSaid] = useState('');
  if (!seat) return null;
  if (seat.side === 'neutral' || seat.seat !== 'member') {
    return (
      <section aria-labelledby="stance-title">
        <h2 id="stance-title">{t('decision.myStance')}</h2>
        <p>{t(seat.side === 'neutral' ? 'decision.neutralNoVote' : 'decision.alternateNoVote')}</p>
      </section>
    );
  }
  const fist = body.rule === 'fist_to_five';
  // The buttons are never disabled while a stance is sent: a disabled button loses the focus, and the
  // keyboard user would be thrown back to the top of the page.
  const take = (input: { stance?: StanceKind; vote?: number }, label: string) => {
    if (busy) return;
    setSaid('');
    return run(async () => {
      await decisionsApi.takeStance(props.districtId, decision.id, { ...input, reason });
      setSaid(t('decision.stanceRecorded', { stance: label }));
    });
  };
  const current = mine
    ? fist && mine.vote !== null ? t(`decision.fingers.${mine.vote}` as MessageKey) : t(`decision.stance.${mine.stance}` as MessageKey)
    : '';
  return (
    <section class="stance-form" aria-labelledby="stance-title">
      <h2 id="stance-title">{t('decision.myStance')}</h2>
      <p>
        {mine ? t('decision.currentStance', { stance: current }) : t('decision.noStanceYet')}
        {mine?.reason && <>{' '}<span class="muted">{t('decision.becauseOf', { reason: mine.reason })}</span></>}
      </p>
      {mine && <p class="muted">{t('decision.changeWhileOpen')}</p>}
      <label class="field">
        <span>{t('decision.reason')}</span>
        <textarea rows={2} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      </label>
      <div class="stance-buttons" role="group" aria-label={t(fist ? 'decision.fistLegend' : 'decision.stanceLegend')}>
        {fist
          ? fingers.map((n) => (
            <button key={n} type="button" class="secondary" aria-disabled={busy ? 'true' : undefined}
              aria-pressed={mine?.vote === n}
              onClick={() => take({ vote: n }, t(`decision.fingers.${n}` as MessageKey))}>
              {t(`decision.fingers.${n}` as MessageKey)}
            </button>
          ))
          : stanceKinds.map((s) => (
            <div key={s} class="stance-choice">
              <button type="button" class={`secondary stance-${s}`} aria-disabled={busy ? 'true' : undefined}
                aria-pressed={mine?.stance === s}
                aria-describedby={`stance-help-${s}`}
                onClick={() => take({ stance: s }, t(`decision.stance.${s}` as MessageKey))}>
                {stanceMarks[s] && <span aria-hidden="true">{stanceMarks[s]} </span>}
                {t(`decision.stance.${s}` as MessageKey)}
              </button>
              <span id={`stance-help-${s}`} class="muted">{t(`decision.stanceHelp.${s}` as MessageKey)}</span>
            </div>
          ))}
      </div>
      <IssueError error={error} />
      {said && <Status>{said}</Status>}
    </section>
  );
}

function Tally(props: { decision: DecisionView }) {
  const { t } = useI18n();
  const { tally, status } = props.decision;
  return (
    <section aria-labelledby="tally-title">
      <h2 id="tally-title">{t('decision.tally')}</h2>
      <div class="tally-sides">
        <SideCard side="labor" tally={tally.labor} open={status === 'open'} />
        <SideCard side="management" tally={tally.management} open={status === 'open'} />
      </div>
      {status === 'open' && (
        <div aria-live="polite">
          {tally.consent_reached ? (
            <p class="status">{t('decision.consentReached')}</p>
          ) : tally.needs.length > 0 ? (
            <>
              <p>{t('decision.bodyNeeds')}</p>
              <ul>{tally.needs.map((n, i) => <li key={i}>{sayNeeded(t, n)}</li>)}</ul>
            </>
          ) : (
            <p>{t('decision.consentNotYet')}</p>
          )}
        </div>
      )}
    </section>
  );
}

function SideCard(props: { side: 'labor' | 'management'; tally: SideTally; open: boolean }) {
  const { t } = useI18n();
  const s = props.tally;
  return (
    <section class={`tally-side tally-${props.side}`} aria-labelledby={`tally-${props.side}`}>
      <h3 id={`tally-${props.side}`}>{t(`decision.tally.${props.side}` as MessageKey)}</h3>
      <dl class="facts">
        <dt>{t('decision.stance.agree')}</dt><dd>{s.agree}</dd>
        <dt>{t('decision.stance.stand_aside')}</dt><dd>{s.stand_aside}</dd>
        <dt>{t('decision.stance.block')}</dt><dd>{s.block}</dd>
        <dt>{t('decision.stance.abstain')}</dt><dd>{s.abstain}</dd>
        <dt>{t('decision.tally.cast')}</dt><dd>{t('decision.tally.castOf', { cast: s.cast, voters: s.voters })}</dd>
        <dt>{t('decision.tally.quorum')}</dt><dd>{s.quorum}</dd>
      </dl>
      {s.consents ? (
        <p class="consents">{t(`decision.tally.consents.${props.side}` as MessageKey)}</p>
      ) : props.open ? (
        <>
          <p class="not-yet">{t(`decision.tally.needs.${props.side}` as MessageKey)}</p>
          <ul>{s.needs.map((n, i) => <li key={i}>{sayNeeded(t, n)}</li>)}</ul>
        </>
      ) : (
        <p class="not-yet">{t(`decision.tally.noConsent.${props.side}` as MessageKey)}</p>
      )}
    </section>
  );
}

function Stances(props: { decision: DecisionView }) {
  const { t, locale } = useI18n();
  const { stances } = props.decision;
  return (
    <section aria-labelledby="stances-title">
      <h2 id="stances-title">{t('decision.stances')}</h2>
      {stances.length === 0 ? (
        <p>{t('decision.noStances')}</p>
      ) : (
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="stances-title">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('members.name')}</th>
                <th scope="col">{t('members.side')}</th>
                <th scope="col">{t('decision.stanceColumn')}</th>
                <th scope="col">{t('decision.reasonColumn')}</th>
                <th scope="col">{t('decision.when')}</th>
              </tr>
            </thead>
            <tbody>
              {stances.map((s) => (
                <tr key={s.user_id}>
                  <td>{s.name}</td>
                  <td class={`side-${s.side}`}>{t(`side.${s.side}` as MessageKey)}</td>
                  <td>
                    {s.vote !== null
                      ? t(`decision.fingers.${s.vote}` as MessageKey)
                      : t(`decision.stance.${s.stance}` as MessageKey)}
                  </td>
                  <td>{s.reason}</td>
                  <td>{formatMoment(s.at, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
