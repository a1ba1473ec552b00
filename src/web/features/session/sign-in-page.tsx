import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import type { Me } from '../../api/types';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { errorMessage } from '../../components/problem-alert';
import { useSignIn } from './auth-queries';
import { canUseOrganizationAdmin, useMe, usePublicConfig } from './queries';
import { SignInNotices, SingleSignOnButton } from './single-sign-on';

const route = getRouteApi('/anmelden');

function defaultTarget(me: Me | null): string {
  if (me?.permissions.viewOwnOrganizations) return '/organisation';
  if (canUseOrganizationAdmin(me)) return '/verwaltung/organisationen';
  return '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const { redirect, error, abgemeldet } = route.useSearch();
  const navigate = route.useNavigate();
  const { data: me } = useMe();
  const signIn = useSignIn();
  const provider = usePublicConfig().data?.singleSignOn ?? null;
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (value.trim() ? null : t('signIn.emailRequired')),
      password: (value) => (value ? null : t('signIn.passwordRequired')),
    },
  });

  const failure = signIn.error;
  const failureText =
    failure instanceof ApiError && (failure.status === 401 || failure.status === 400)
      ? t('signIn.invalidCredentials')
      : failure instanceof ApiError && failure.status === 429
        ? t('signIn.tooManyAttempts')
        : failure
          ? errorMessage(t, failure)
          : null;

  return (
    <Page title={t('signIn.title')}>
      <Text>{t('signIn.intro')}</Text>
      {me && !signIn.isPending && !signIn.isSuccess ? (
        <Alert color="blue" variant="light" role="status">
          <Stack gap="xs">
            <Text>{t('signIn.alreadySignedIn', { name: me.user.name })}</Text>
            <div>
              <AnchorLink to={redirect ?? defaultTarget(me)}>{t('common.toMyOrganization')}</AnchorLink>
            </div>
          </Stack>
        </Alert>
      ) : null}
      <Paper withBorder p="lg" maw={440} w="100%">
        {!signIn.isPending && !failureText ? (
          <SignInNotices error={error} signedOut={abgemeldet === 1} />
        ) : null}
        <form
          noValidate
          onSubmit={form.onSubmit((values) =>
            signIn.mutate(
              { email: values.email.trim(), password: values.password },
              {
                onSuccess: (signedIn) => {
                  void navigate({ to: redirect ?? defaultTarget(signedIn) });
                },
                onError: () => form.setFieldValue('password', ''),
              },
            ),
          )}
        >
          <Stack gap="md">
            {failureText && <Alert color="red" variant="light" role="alert" title={failureText} />}
            <TextInput
              label={t('signIn.email')}
              type="email"
              autoComplete="username"
              required
              {...form.getInputProps('email')}
            />
            <PasswordInput
              visibilityToggleButtonProps={{ 'aria-label': t('common.showPassword') }}
              label={t('signIn.password')}
              autoComplete="current-password"
              required
              {...form.getInputProps('password')}
            />
            <Group justify="space-between" gap="sm">
              <Button type="submit" loading={signIn.isPending}>
                {t('signIn.submit')}
              </Button>
              <AnchorLink to="/passwort-vergessen" size="sm">
                {t('signIn.forgotPassword')}
              </AnchorLink>
            </Group>
          </Stack>
        </form>
        {provider && <SingleSignOnButton provider={provider} target={redirect ?? '/organisation'} />}
      </Paper>
    </Page>
  );
}
