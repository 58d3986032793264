import { practicesApi } from '../api/practices';
import { useI18n } from '../i18n/i18n';
import { Link, Loading, useLoad } from '../ui/components';
import { PracticeDetail } from './PracticeDetail';

// A practice its district made public, for anyone, without signing in.
export function PublicPracticePage(props: { practiceId: number; signedIn: boolean }) {
  const { t } = useI18n();
  const { data, error } = useLoad(() => practicesApi.publicGet(props.practiceId), [props.practiceId]);
  if (!data) return <Loading error={error} />;
  return (
    <div class="practice-area">
      <p class="notice">{t('practice.publicNotice')}</p>
      <PracticeDetail practice={data} />
      <p>
        <Link href={props.signedIn ? `/network/practices/${data.id}` : '/'}>
          {props.signedIn ? t('practice.openInLibrary') : t('practice.signInToAdopt')}
        </Link>
      </p>
    </div>
  );
}
