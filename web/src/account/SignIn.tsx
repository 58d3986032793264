import { useState } from 'preact/hooks';
import { api, ApiError } from '../api/client';
import type { SignedIn } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, PageTitle, type SubmitHandler } from '../ui/components';

export function SignInPage(props: { onSignedIn: (s: SignedIn) => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      props.onSignedIn(await api.logIn(email, password));
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) setError(new Error(t('signIn.failed')));
      else if (err instanceof ApiError && err.status === 429) setError(new Error(t('signIn.throttled')));
      else setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageTitle>{t('signIn.title')}</PageTitle>
      <p>{t('app.tagline')}</p>
      <form onSubmit={submit} noValidate>
        <Field label={t('signIn.email')}>
          <input type="email" autocomplete="username" required value={email}
            onInput={(e) => setEmail(e.currentTarget.value)} />
        </Field>
        <Field label={t('signIn.password')}>
          <input type="password" autocomplete="current-password" required value={password}
            onInput={(e) => setPassword(e.currentTarget.value)} />
        </Field>
        <SignInError error={error} />
        <button type="submit" disabled={busy}>{t('signIn.submit')}</button>
      </form>
    </>
  );
}

function SignInError(props: { error: unknown }) {
  if (props.error instanceof Error && !(props.error instanceof ApiError))
    return <p class="error" role="alert">{props.error.message}</p>;
  return <ErrorMessage error={props.error} />;
}
