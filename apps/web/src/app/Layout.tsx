import { Suspense, useState } from 'react';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { useLocale, useT } from '../i18n/I18n';
import { NotificationsLink } from '../modules/notifications/NotificationsLink';
import { ProgrammesNavItem } from '../modules/advisory/ProgrammesNavItem';
import { Loading } from '../ui/Loading';
import { PartnershipBanner, PartnershipHeaderProvider } from './partnership-header';
import { useSession, useSessionStore } from './providers';

export function Layout() {
  return (
    <PartnershipHeaderProvider>
      <SkipLink />
      <Header />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <Footer />
    </PartnershipHeaderProvider>
  );
}

function SkipLink() {
  const { t } = useT();
  return (
    <a className="skip-link" href="#main">
      {t('app.skipToContent')}
    </a>
  );
}

function Header() {
  const { t } = useT();
  const session = useSession();
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <Link to="/" className="site-header__brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('app.nav.label')} className="site-header__nav">
          <ul>
            {session.status === 'signedIn' && (
              <li>
                <NavLink to="/my-work">{t('app.nav.myWork')}</NavLink>
              </li>
            )}
            {session.status === 'signedIn' && (
              <li>
                <NavLink to="/partnerships" end={false}>
                  {t('app.nav.partnerships')}
                </NavLink>
              </li>
            )}
            <ProgrammesNavItem />
            <li>
              <NavLink to="/gminas">{t('app.nav.gminas')}</NavLink>
            </li>
          </ul>
        </nav>
        <div className="site-header__tools">
          <LanguageSwitch />
          <AccountTools />
        </div>
      </div>
      <PartnershipBanner />
    </header>
  );
}

function LanguageSwitch() {
  const { t } = useT();
  const { locale, setLocale } = useLocale();
  const other = locale === 'pl' ? 'en' : 'pl';
  return (
    <button type="button" className="button button--quiet" lang={other} onClick={() => setLocale(other)} aria-label={t('app.language.switchToHint')}>
      {t('app.language.switchTo')}
    </button>
  );
}

function AccountTools() {
  const { t } = useT();
  const session = useSession();
  const store = useSessionStore();
  const navigate = useNavigate();
  const [signOutFailed, setSignOutFailed] = useState(false);
  if (session.status !== 'signedIn') {
    return session.status === 'signedOut' ? (
      <Link className="button button--quiet" to="/sign-in">
        {t('app.signIn')}
      </Link>
    ) : null;
  }
  return (
    <>
      <span className="site-header__user">{session.session.user.displayName}</span>
      <NotificationsLink />
      <Link className="button button--quiet" to="/account/password">
        {t('app.account.changePassword')}
      </Link>
      <button
        type="button"
        className="button button--quiet"
        onClick={async () => {
          try {
            await store.signOut();
            setSignOutFailed(false);
            navigate('/sign-in?reason=signedOut', { replace: true });
          } catch {
            setSignOutFailed(true);
          }
        }}
      >
        {t('app.account.signOut')}
      </button>
      {signOutFailed && (
        <p className="site-header__alert" role="alert">
          {t('app.account.signOutFailed')}
        </p>
      )}
    </>
  );
}

function Footer() {
  const { t } = useT();
  return (
    <footer className="site-footer">
      <ul>
        <li>
          <Link to="/deklaracja-dostepnosci">{t('app.footer.accessibility')}</Link>
        </li>
        <li>
          <Link to="/explorer">{t('app.footer.explorer')}</Link>
        </li>
      </ul>
      <p>{t('app.footer.source')}</p>
    </footer>
  );
}
