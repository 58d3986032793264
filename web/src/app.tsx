import { useEffect, useMemo, useState } from 'preact/hooks';
import { AccountPage } from './account/Account';
import { AcceptInvitationPage, InvitationForSignedIn } from './account/AcceptInvitation';
import { SignInPage } from './account/SignIn';
import { api, ApiError, setCsrfToken } from './api/client';
import type { SignedIn, User } from './api/types';
import { DistrictListPage } from './district/DistrictList';
import { NetworkAuditPage } from './audit/Audit';
import { DistrictPage } from './district/DistrictPage';
import { eventPage } from './event/routes';
import {
  I18nContext, initialLocale, isLoaded, loadLocale, useI18n, languageNames, locales, rememberLocale, translator, type I18n, type Locale,
} from './i18n/i18n';
import { ErrorMessage, Link, PageTitle } from './ui/components';
import { NotificationBell } from './notification/Bell';
import { notificationPage } from './notification/routes';
import { networkPage, publicPracticePage } from './practice/routes';
import { match, navigate, usePath } from './ui/router';

export function App() {
  // The language shown. A newly chosen one is shown once its table has loaded; at the start,
  // nothing is shown until the language is known, so no page flashes in the wrong one.
  const [initial] = useState(initialLocale);
  const [locale, setLocaleState] = useState<Locale>(() => (isLoaded(initial) ? initial : 'en'));
  const showLocale = (next: Locale) => loadLocale(next).then(() => setLocaleState(next), () => {});
  const [session, setSession] = useState<SignedIn | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<unknown>(null);
  const path = usePath();

  useEffect(() => rememberLocale(locale), [locale]);
  useEffect(() => {
    api.me().then(
      (s) => signedIn(s, false),
      (e) => showLocale(initial).then(() => (e instanceof ApiError && e.status === 401 ? setSession(null) : setLoadError(e))),
    );
  }, []);

  const signedIn = async (s: SignedIn, go: boolean) => {
    setCsrfToken(s.csrf_token);
    await showLocale(s.user.locale);
    setSession(s);
    if (go) navigate('/');
  };
  const setLocale = (next: Locale) => {
    showLocale(next);
    if (session) api.updateMe({ locale: next }).then(({ user }) => setUser(user), () => {});
  };
  const setUser = (user: User) => setSession((s) => (s ? { ...s, user } : s));
  const signOut = async () => {
    await api.logOut().catch(() => {});
    setCsrfToken('');
    setSession(null);
    navigate('/');
  };
  const i18n: I18n = useMemo(() => ({ locale, t: translator(locale), setLocale }), [locale, session]);
  const { t } = i18n;

  let page;
  const invitation = match('/invitation/:token', path);
  // A public practice reads without signing in, so it is routed before the sign-in check.
  const publicPractice = session !== undefined ? publicPracticePage(path, !!session) : null;
  if (loadError) page = <ErrorMessage error={loadError} />;
  else if (session === undefined) page = <p aria-busy="true">{t('app.loading')}</p>;
  else if (publicPractice) page = publicPractice;
  else if (invitation && !session) page = <AcceptInvitationPage token={invitation.token} onSignedIn={(s) => signedIn(s, false)} />;
  else if (!session) page = <SignInPage onSignedIn={(s) => signedIn(s, false)} />;
  else page = <SignedInPage path={path} user={session.user} onUserChanged={setUser} />;

  return (
    <I18nContext.Provider value={i18n}>
      <a class="skip" href="#main">{t('app.skip')}</a>
      <header class="top">
        <Link href="/" class="brand">{t('app.name')}</Link>
        <nav aria-label={t('app.mainNav')}>
          <ul>
            {session && <li><Link href="/">{t('app.districts')}</Link></li>}
            {session && <li><Link href="/network/practices">{t('practice.networkLink')}</Link></li>}
            {session && <li><Link href="/network/events">{t('event.navLink')}</Link></li>}
            {session && <li><NotificationBell current={path === '/notifications'} /></li>}
            {session && <li><Link href="/account">{t('app.account')}</Link></li>}
            <li>
              <label for="language">{t('app.language')}</label>{' '}
              <select id="language" value={locale} onChange={(e) => setLocale(e.currentTarget.value as Locale)}>
                {locales.map((l) => <option key={l} value={l} lang={l}>{languageNames[l]}</option>)}
              </select>
            </li>
            {session && (
              <li>
                <button type="button" class="secondary" onClick={signOut}>{t('app.signOut')}</button>
              </li>
            )}
          </ul>
        </nav>
      </header>
      <main id="main">{page}</main>
    </I18nContext.Provider>
  );
}

function SignedInPage(props: { path: string; user: User; onUserChanged: (u: User) => void }) {
  const { t } = useI18n();
  const { path } = props;
  if (path === '/') return <DistrictListPage />;
  const invitation = match('/invitation/:token', path);
  if (invitation) return <InvitationForSignedIn token={invitation.token} user={props.user} />;
  const notifications = notificationPage(path);
  if (notifications) return notifications;
  if (path === '/account') return <AccountPage user={props.user} onUserChanged={props.onUserChanged} />;
  if (path === '/network/audit' && props.user.admin) return <NetworkAuditPage />;
  const network = networkPage(path);
  if (network) return network;
  const networkEvent = path.startsWith('/network/events') ? eventPage(path, props.user) : null;
  if (networkEvent) return networkEvent;
  const district = match('/districts/:district', path) ?? matchPrefix(path);
  if (district) return <DistrictPage districtId={Number(district.district)} path={path} />;
  return (
    <>
      <PageTitle>{t('app.notFound')}</PageTitle>
      <Link href="/">{t('app.backHome')}</Link>
    </>
  );
}

function matchPrefix(path: string) {
  const parts = path.split('/').filter(Boolean);
  return parts[0] === 'districts' && /^\d+$/.test(parts[1] ?? '') ? { district: parts[1] } : null;
}
