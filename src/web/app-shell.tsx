import { Box, Burger, Group, Text } from '@mantine/core';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './components/language-switch';
import { NavItems, SessionControls } from './navigation';

// The drawer (portal, focus trap, overlay) is only needed on phones, and only once opened: keep it out of the
// start page's JavaScript.
const MobileNavigation = lazy(() => import('./mobile-navigation'));

// The frame's columns are Boxes with the class .app-container (styles.css: Mantine's Container, size lg): the same
// layout without Container's size resolution in every visitor's JavaScript.

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
        <Box className="app-container" h={60}>
          <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap">
              <Burger
                hiddenFrom="sm"
                size="sm"
                opened={opened}
                onClick={() => {
                  setDrawerRequested(true);
                  setOpened((value) => !value);
                }}
                aria-label={opened ? t('app.closeNavigation') : t('app.openNavigation')}
                aria-expanded={opened}
                aria-controls="mobile-navigation"
              />
              <Link to="/" className="brand">
                {t('app.name')}
              </Link>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <Box visibleFrom="sm">
                <SessionControls />
              </Box>
              <LanguageSwitch />
            </Group>
          </Group>
        </Box>
        {/* A row of its own: with offerings, rooms and agreements the links no longer fit beside the brand. */}
        <Box
          className="app-container"
          component="nav"
          aria-label={t('app.mainNavigation')}
          visibleFrom="sm"
          pb={8}
        >
          <Group gap={4} wrap="wrap">
            <NavItems />
          </Group>
        </Box>
      </header>
      {drawerRequested && (
        <Suspense fallback={null}>
          <MobileNavigation opened={opened} onClose={close} />
        </Suspense>
      )}
      <Box className="app-container" component="main" id="main" tabIndex={-1} py="xl" w="100%">
        <Outlet />
      </Box>
      <footer className="app-footer">
        <Box className="app-container" py="md">
          <Text size="sm">{t('app.footer')}</Text>
        </Box>
      </footer>
    </div>
  );
}
