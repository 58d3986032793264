import { useState } from 'preact/hooks';
import { api } from '../api/client';
import type { User } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, PageTitle, Status, type SubmitHandler } from '../ui/components';
import { NotificationPreferencesSection } from '../handbook/NotificationPreferences';

export function AccountPage(props: { user: User; onUserChanged: (u: User) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState(props.user.name);
  const [profileError, setProfileError] = useState<unknown>(null);
  const [profileSaved, setProfileSaved] = useState(false);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [passwordError, setPasswordError] = useState<unknown>(null);
  const [passwordChanged, setPasswordChanged] = useState(false);

  const saveProfile: SubmitHandler = async (e) => {
    e.preventDefault();
    setProfileError(null);
    setProfileSaved(false);
    try {
      const { user } = await api.updateMe({ name });
      props.onUserChanged(user);
      setProfileSaved(true);
    } catch (err) {
      setProfileError(err);
    }
  };
  const changePassword: SubmitHandler = async (e) => {
    e.preventDefault();
    setPasswordError(null);
    setPasswordChanged(false);
    try {
      await api.changePassword(current, next);
      setCurrent('');
      setNext('');
      setPasswordChanged(true);
    } catch (err) {
      setPasswordError(err);
    }
  };
  return (
    <>
      <PageTitle>{t('account.title')}</PageTitle>
      <form onSubmit={saveProfile}>
        <Field label={t('account.email')}>
          <input type="email" value={props.user.email} readOnly />
        </Field>
        <Field label={t('account.name')}>
          <input value={name} required onInput={(e) => setName(e.currentTarget.value)} />
        </Field>
        <ErrorMessage error={profileError} />
        {profileSaved && <Status>{t('account.saved')}</Status>}
        <button type="submit">{t('account.saveProfile')}</button>
      </form>
      <h2>{t('account.passwordTitle')}</h2>
      <form onSubmit={changePassword}>
        <Field label={t('account.currentPassword')}>
          <input type="password" autocomplete="current-password" value={current}
            onInput={(e) => setCurrent(e.currentTarget.value)} />
        </Field>
        <Field label={t('account.newPassword')}>
          <input type="password" autocomplete="new-password" value={next}
            onInput={(e) => setNext(e.currentTarget.value)} />
        </Field>
        <ErrorMessage error={passwordError} />
        {passwordChanged && <Status>{t('account.passwordChanged')}</Status>}
        <button type="submit">{t('account.changePassword')}</button>
      </form>
      <NotificationPreferencesSection />
    </>
  );
}
