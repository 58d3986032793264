import type { DistrictView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/en';
import { formatNumber, formatPercent } from '../i18n/format';
import { PageTitle } from '../ui/components';
import { HomeDashboard } from './home/Home';

export function OverviewPage(props: { district: DistrictView }) {
  const { t, locale } = useI18n();
  const d = props.district;
  const pct = (v: number | null) => (v === null ? t('district.unknown') : formatPercent(v, locale));
  const mine = d.my_membership;
  return (
    <>
      <PageTitle>{d.name}</PageTitle>
      <p>
        {t('district.myRole', {
          role: t(`role.${mine.role}` as MessageKey),
          side: t(`side.${mine.side}` as MessageKey),
        })}
      </p>
      <HomeDashboard district={d} />
      <h2>{t('district.demographics')}</h2>
      <dl class="facts">
        <dt>{t('district.enrollment')}</dt>
        <dd>{d.enrollment === null ? t('district.unknown') : formatNumber(d.enrollment, locale)}</dd>
        <dt>{t('district.lowIncome')}</dt>
        <dd>{pct(d.low_income_pct)}</dd>
        <dt>{t('district.englishLearners')}</dt>
        <dd>{pct(d.english_learners_pct)}</dd>
        <dt>{t('district.minority')}</dt>
        <dd>{pct(d.minority_pct)}</dd>
      </dl>
    </>
  );
}
