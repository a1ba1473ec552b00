import { Button, Group } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSignOut } from './features/session/auth-queries';
import { SignedInName } from './navigation';

/** The header's part for a signed-in person: who it is, and signing out (loaded only once someone is signed in). */
export default function SignedInControls({ name, onDone }: { name: string; onDone?: () => void }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <Group gap="xs" wrap="nowrap">
      <SignedInName name={name} />
      <Link to="/konto" className="nav-link" onClick={onDone}>
        {t('nav.myAccount')}
      </Link>
      <Button
        variant="default"
        size="compact-sm"
        loading={signOut.isPending}
        onClick={() =>
          signOut.mutate(undefined, {
            onSettled: (providerLogoutUrl) => {
              onDone?.();
              if (providerLogoutUrl) window.location.assign(providerLogoutUrl);
              else void navigate({ to: '/' });
            },
          })
        }
      >
        {t('nav.signOut')}
      </Button>
    </Group>
  );
}
