import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { SurveyWindow } from '../api/surveys';
import { formatDay } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Link } from '../ui/components';

// Parts shared by the survey pages.

export function BackToHealth(props: { districtId: number }) {
  const { t } = useI18n();
  return (
    <p class="survey-crumbs survey-no-print">
      <Link href={`/districts/${props.districtId}/health`}>{t('survey.back')}</Link>
    </p>
  );
}

// The end of a survey (recorded, or refused a second time): announced, and given the focus since
// the form that had it is gone.
export function Outcome(props: { kind: 'done' | 'refused'; children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} class={`survey-outcome survey-outcome-${props.kind}`}
      role={props.kind === 'done' ? 'status' : 'alert'}>
      {props.children}
    </div>
  );
}

// Why a window takes no answers now.
export function NotOpen(props: { window: SurveyWindow }) {
  const { t, locale } = useI18n();
  const w = props.window;
  const dates = { from: formatDay(w.opens_on, locale), to: formatDay(w.closes_on, locale) };
  return <p class="notice">{w.status === 'scheduled' ? t('survey.notYetOpen', dates) : t('survey.closedAlready', dates)}</p>;
}
