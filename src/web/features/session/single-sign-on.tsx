import { Alert, Button, Divider, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { useSingleSignOn } from './auth-queries';

type FailureKey = 'noAccount' | 'notVerified' | 'expired' | 'cancelled' | 'failed';

// The codes better-auth puts into /anmelden?error=… after a failed single sign-on; every other code (an outage
// at the provider, a code it refused, an unreadable answer) is "failed".
const failureKeys: Record<string, FailureKey> = {
  signup_disabled: 'noAccount',
  email_not_verified: 'notVerified',
  account_not_linked: 'notVerified',
  state_mismatch: 'expired',
  state_not_found: 'expired',
  state_invalid: 'expired',
  invalid_callback_request: 'expired',
  access_denied: 'cancelled',
};

/** Why the last single sign-on failed, announced to screen readers; or the note that signing out worked. */
export function SignInNotices({ error, signedOut }: { error?: string; signedOut: boolean }) {
  const { t } = useTranslation();
  if (error) {
    const key = failureKeys[error] ?? 'failed';
    return (
      <Alert color="red" variant="light" role="alert" mb="md" title={t(`signIn.singleSignOnFailed.${key}`)} />
    );
  }
  if (signedOut)
    return <Alert color="blue" variant="light" role="status" mb="md" title={t('signIn.signedOut')} />;
  return null;
}

/** The button of the municipal single sign-on (shown only while the server offers it). */
export function SingleSignOnButton({
  provider,
  target,
}: {
  provider: { providerId: string; name: string };
  target: string;
}) {
  const { t } = useTranslation();
  const singleSignOn = useSingleSignOn();
  return (
    <Stack gap="md" mt="md">
      <Divider label={t('signIn.or')} labelPosition="center" />
      {singleSignOn.error ? <ProblemAlert error={singleSignOn.error} /> : null}
      <Button
        variant="default"
        loading={singleSignOn.isPending}
        onClick={() => singleSignOn.mutate({ providerId: provider.providerId, target })}
      >
        {t('signIn.withProvider', { name: provider.name })}
      </Button>
    </Stack>
  );
}
