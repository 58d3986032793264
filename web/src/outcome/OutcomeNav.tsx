import type { DistrictView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Link } from '../ui/components';
import './outcome.css';

// The three outcome pages link to each other.
export function OutcomeNav(props: { district: DistrictView; current: 'chart' | 'schools' | 'import' }) {
  const { t } = useI18n();
  const base = `/districts/${props.district.id}/outcomes`;
  const links: [typeof props.current, string, string][] = [
    ['chart', base, t('outcome.nav.chart')],
    ['schools', `${base}/schools`, t('outcome.nav.schools')],
    ['import', `${base}/import`, t('outcome.nav.import')],
  ];
  return (
    <nav class="outcome-nav" aria-label={t('outcome.nav.label')}>
      <ul>
        {links.map(([key, href, label]) => (
          <li key={key}>
            <Link href={href} current={key === props.current}>{label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
