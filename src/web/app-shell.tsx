import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './components/language-switch';
import { NavItems, SessionControls } from './navigation';

// The drawer (portal, focus trap, overlay) is only needed on phones, and only once opened: keep it out of the
// start page's JavaScript.
const MobileNavigation = lazy(() => import('./mobile-navigation'));

// The frame is plain elements styled in styles.css, controls.css and frame.css (.app-container is Mantine's
// Container, size lg; the burger and the rows look like Mantine's Burger and Group): every visitor loads it, so it
// carries no Mantine component code.

export function AppShell() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const close = useCallback(() => setOpened(false), []);
  const [drawerRequested, setDrawerRequested] = useState(false);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  useEffect(() => {
    if (pathname) close();
  }, [pathname, close]);

  return (
    <div className="app-layout">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-container app-header-bar">
          <div className="app-header-row">
            <div className="app-header-group">
              <button
                type="button"
                className="burger hidden-from-sm"
                onClick={() => {
                  setDrawerRequested(true);
                  setOpened((value) => !value);
                }}
                aria-label={opened ? t('app.closeNavigation') : t('app.openNavigation')}
                aria-expanded={opened}
                aria-controls="mobile-navigation"
              >
                <span className="burger-lines" />
              </button>
              <Link to="/" className="brand">
                {t('app.name')}
              </Link>
            </div>
            <div className="app-header-group">
              <div className="visible-from-sm">
                <SessionControls />
              </div>
              <LanguageSwitch />
            </div>
          </div>
        </div>
        {/* A row of its own: with offerings, rooms and agreements the links no longer fit beside the brand. */}
        <nav className="app-container app-nav visible-from-sm" aria-label={t('app.mainNavigation')}>
          <div className="app-nav-links">
            <NavItems />
          </div>
        </nav>
      </header>
      {drawerRequested && (
        <Suspense fallback={null}>
          <MobileNavigation opened={opened} onClose={close} />
        </Suspense>
      )}
      <main className="app-container app-main" id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <div className="app-container app-footer-inner">
          <p className="text-sm">{t('app.footer')}</p>
        </div>
      </footer>
    </div>
  );
}
