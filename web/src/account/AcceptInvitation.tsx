import { useState } from 'preact/hooks';
import { api, ApiError } from '../api/client';
import type { SignedIn, User } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, PageTitle, type SubmitHandler } from '../ui/components';
import { navigate } from '../ui/router';
import { SignInPage } from './SignIn';

// The page of the emailed link, for someone not signed in: a new person chooses a password; a person
// with an account signs in first and stays on the link, which then shows InvitationForSignedIn.
export function AcceptInvitationPage(props: { token: string; onSignedIn: (s: SignedIn) => void }) {
  const { t, locale } = useI18n();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [signIn, setSignIn] = useState<'no' | 'chosen' | 'needed'>('no');
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    setError(null);
    try {
      const accepted = await api.acceptInvitation(props.token, password, locale);
      props.onSignedIn(accepted);
      navigate(`/districts/${accepted.district_id}`);
    } catch (err) {
      // The address has an account: it accepts from its own session.
      if (err instanceof ApiError && err.status === 401) setSignIn('needed');
      else setError(err);
    }
  };
  if (signIn !== 'no')
    return (
      <>
        <p role="status">{t(signIn === 'needed' ? 'invitation.accountExists' : 'invitation.signInFirst')}</p>
        <SignInPage onSignedIn={props.onSignedIn} />
      </>
    );
  return (
    <>
      <PageTitle>{t('invitation.title')}</PageTitle>
      <h2>{t('invitation.haveAccount')}</h2>
      <p>
        <button type="button" class="secondary" onClick={() => setSignIn('chosen')}>{t('invitation.signIn')}</button>
      </p>
      <h2>{t('invitation.newAccount')}</h2>
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

// The page of the emailed link for a signed-in person, who accepts as themselves.
export function InvitationForSignedIn(props: { token: string; user: User }) {
  const { t, locale } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const accept = async () => {
    setBusy(true);
    setError(null);
    try {
      const accepted = await api.acceptInvitation(props.token, undefined, locale);
      navigate(`/districts/${accepted.district_id}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageTitle>{t('invitation.title')}</PageTitle>
      <p>{t('invitation.acceptAs', { name: props.user.name, email: props.user.email })}</p>
      <ErrorMessage error={error} />
      {error !== null && <p>{t('invitation.otherAddress')}</p>}
      <button type="button" onClick={accept} disabled={busy}>{t('invitation.accept')}</button>
    </>
  );
}
