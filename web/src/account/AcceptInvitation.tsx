import { useState } from 'preact/hooks';
import { api } from '../api/client';
import type { SignedIn } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, PageTitle, type SubmitHandler } from '../ui/components';

export function AcceptInvitationPage(props: { token: string; onSignedIn: (s: SignedIn) => void }) {
  const { t, locale } = useI18n();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    setError(null);
    try {
      props.onSignedIn(await api.acceptInvitation(props.token, password, locale));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <>
      <PageTitle>{t('invitation.title')}</PageTitle>
      <p>{t('invitation.intro')}</p>
      <form onSubmit={submit} noValidate>
        <Field label={t('invitation.password')}>
          <input type="password" autocomplete="new-password" minLength={10} required value={password}
            onInput={(e) => setPassword(e.currentTarget.value)} />
        </Field>
        <ErrorMessage error={error} />
        <button type="submit">{t('invitation.submit')}</button>
      </form>
    </>
  );
}
