import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/i18n';
import { formatGap, formatMean, formatPercent } from './text';

// Horizontal bars drawn with CSS. The bar itself is hidden from assistive technology: its value is
// always written beside it, and that text is what a screen reader reads and what a printout keeps.

// A share of its track, 0..1.
export function Bar(props: { share: number; kind?: string }) {
  const width = Math.max(0, Math.min(1, props.share)) * 100;
  return (
    <span class={`survey-bar ${props.kind ?? ''}`} aria-hidden="true">
      <span class="survey-bar-fill" style={{ width: `${width}%` }} />
    </span>
  );
}

// A mean on the 1–5 scale: the bar runs from 1 to 5.
export function MeanBar(props: { mean: number; n: number }) {
  const { t, locale } = useI18n();
  return (
    <span class="survey-value">
      <Bar share={(props.mean - 1) / 4} />
      <span class="survey-value-text">{t('survey.results.mean', { mean: formatMean(props.mean, locale), n: props.n })}</span>
    </span>
  );
}

export function PercentBar(props: { share: number; children?: ComponentChildren }) {
  const { locale } = useI18n();
  return (
    <span class="survey-value">
      <Bar share={props.share} kind="survey-bar-network" />
      <span class="survey-value-text">
        <strong>{formatPercent(props.share, locale)}</strong>
        {props.children}
      </span>
    </span>
  );
}

// Labor − management on an axis from −2 to +2 around its middle.
export function GapBar(props: { gap: number }) {
  const { locale } = useI18n();
  const share = Math.min(Math.abs(props.gap), 2) / 4;
  const side = props.gap >= 0 ? 'survey-gap-labor' : 'survey-gap-management';
  return (
    <span class="survey-value">
      <span class="survey-gap" aria-hidden="true">
        <span class={`survey-gap-fill ${side}`} style={{ width: `${share * 100}%` }} />
      </span>
      <span class="survey-value-text">{formatGap(props.gap, locale)}</span>
    </span>
  );
}

// What a suppressed group shows instead of a number.
export function Suppressed(props: { min: number }) {
  const { t } = useI18n();
  return <span class="survey-suppressed">{t('survey.results.suppressed', { min: props.min })}</span>;
}
