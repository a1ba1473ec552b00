import { Link, useRouterState } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from './features/session/queries';

/** The links the signed-in person's `permissions` (GET /me) allow; the server decides, not this file. */
export function NavItems({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const may = me?.permissions;
  return (
    <>
      <Link to="/" className="nav-link" onClick={onNavigate} activeOptions={{ exact: true }}>
        {t('nav.start')}
      </Link>
      <Link to="/angebote" className="nav-link" onClick={onNavigate} activeOptions={{ exact: true }}>
        {t('offerings.nav.finder')}
      </Link>
      {may?.searchDirectory && (
        <Link to="/partner" className="nav-link" onClick={onNavigate}>
          {t('directory.nav.search')}
        </Link>
      )}
      {may?.viewNetwork && (
        <Link to="/netzwerk" className="nav-link" onClick={onNavigate}>
          {t('directory.nav.network')}
        </Link>
      )}
      {may?.manageOfferings && (
        <Link to="/angebote/verwalten" className="nav-link" onClick={onNavigate}>
          {t('offerings.nav.mine')}
        </Link>
      )}
      {may?.useRooms && (
        <Link to="/raeume" className="nav-link" onClick={onNavigate}>
          {t('nav.rooms')}
        </Link>
      )}
      {may?.useAgreements && (
        <Link to="/vereinbarungen" className="nav-link" onClick={onNavigate}>
          {t('nav.agreements')}
        </Link>
      )}
      {may?.viewCapacity && (
        <Link to="/kapazitaet" className="nav-link" onClick={onNavigate}>
          {t('nav.capacity')}
        </Link>
      )}
      {may?.viewCapacityOverview && (
        <Link to="/planung/kapazitaet" className="nav-link" onClick={onNavigate}>
          {t('nav.capacityOverview')}
        </Link>
      )}
      {may?.viewCooperations && (
        <Link to="/kooperationen" className="nav-link" onClick={onNavigate}>
          {t('nav.cooperations')}
        </Link>
      )}
      {may?.manageCooperationModels && (
        <Link to="/kooperationen/modelle" className="nav-link" onClick={onNavigate}>
          {t('nav.cooperationModels')}
        </Link>
      )}
      {may?.viewPools && (
        <Link to="/kontingente" className="nav-link" onClick={onNavigate}>
          {t('nav.pools')}
        </Link>
      )}
      {may?.viewPlanning && (
        <Link to="/planung" className="nav-link" onClick={onNavigate}>
          {t('nav.planning')}
        </Link>
      )}
      {may?.viewStatePlanning && (
        <Link to="/planung/land" className="nav-link" onClick={onNavigate}>
          {t('nav.statePlanning')}
        </Link>
      )}
      {may?.viewSeal && (
        <Link to="/guetesiegel" className="nav-link" onClick={onNavigate}>
          {t('nav.seal')}
        </Link>
      )}
      {may?.viewFreshness && (
        <Link to="/planung/aktualitaet" className="nav-link" onClick={onNavigate}>
          {t('freshness.nav')}
        </Link>
      )}
      {may?.viewOwnOrganizations && (
        <Link to="/organisation" className="nav-link" onClick={onNavigate}>
          {t('nav.myOrganization')}
        </Link>
      )}
      {may?.administerOrganizations && (
        <Link to="/verwaltung/organisationen" className="nav-link" onClick={onNavigate}>
          {t('nav.adminOrganizations')}
        </Link>
      )}
    </>
  );
}

// Signing out (a mutation, its button) is only of use to a signed-in person: anonymous visitors, most of them families
// on the public pages, do not download it.
const SignedInControls = lazy(() => import('./signed-in-controls'));

export function SessionControls({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  if (!me) {
    if (pathname === '/anmelden') return null;
    return (
      <Link to="/anmelden" className="nav-link" onClick={onDone}>
        {t('nav.signIn')}
      </Link>
    );
  }
  return (
    <Suspense fallback={<SignedInName name={me.user.name} />}>
      <SignedInControls name={me.user.name} onDone={onDone} />
    </Suspense>
  );
}

/** Who is signed in (also shown while the sign-out button loads). */
export function SignedInName({ name }: { name: string }) {
  const { t } = useTranslation();
  return <p className="text-sm text-dimmed signed-in-name">{t('app.signedInAs', { name })}</p>;
}
