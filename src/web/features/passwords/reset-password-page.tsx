import { Button, Paper, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { AnchorLink, ButtonLink } from '../../components/link';
import { Page } from '../../components/page';
import { fieldErrorsOf, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { useSignOut } from '../session/auth-queries';
import { PASSWORD_MIN_LENGTH, PasswordRules } from './password-rules';
import { useResetPassword } from './queries';

const route = getRouteApi('/passwort-zuruecksetzen/$token');

/** The page behind the link in the reset e-mail: the new password, with the rules shown before it is sent. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token } = route.useParams();
  const reset = useResetPassword(token);
  const signOut = useSignOut();
  const form = useForm({
    mode: 'controlled',
    initialValues: { password: '', confirm: '' },
    validate: {
      password: (value) =>
        value.length >= PASSWORD_MIN_LENGTH
          ? null
          : t('passwords.reset.tooShort', { min: PASSWORD_MIN_LENGTH }),
      confirm: (value, values) => (value === values.password ? null : t('passwords.reset.mismatch')),
    },
  });

  if (reset.isSuccess) {
    return (
      <Page title={t('passwords.reset.title')}>
        <StatusMessage>{t('passwords.reset.done')}</StatusMessage>
        <div>
          <ButtonLink to="/anmelden">{t('passwords.reset.toSignIn')}</ButtonLink>
        </div>
      </Page>
    );
  }

  // The server names `newPassword`, its field; here it belongs to the first password field.
  const fieldError = fieldErrorsOf(reset.error, ['newPassword']).newPassword;
  const linkInvalid = reset.error instanceof ApiError && reset.error.status === 400 && !fieldError;
  return (
    <Page title={t('passwords.reset.title')}>
      <Text>{t('passwords.reset.intro')}</Text>
      <Paper withBorder p="lg" maw={480} w="100%">
        <form
          noValidate
          onSubmit={form.onSubmit((values) =>
            reset.mutate(values.password, {
              // Every session ended on the server; this browser forgets its own, too.
              onSuccess: () => signOut.mutate(),
              onError: (error) => {
                const message = fieldErrorsOf(error, ['newPassword']).newPassword;
                if (message) form.setFieldError('password', message);
              },
            }),
          )}
        >
          <Stack gap="md">
            <ProblemAlert error={reset.error} shownPaths={fieldError ? ['newPassword'] : []} />
            {linkInvalid && (
              <div>
                <AnchorLink to="/passwort-vergessen">{t('passwords.reset.requestNew')}</AnchorLink>
              </div>
            )}
            <PasswordInput
              visibilityToggleButtonProps={{ 'aria-label': t('common.showPassword') }}
              label={t('passwords.reset.password')}
              description={<PasswordRules />}
              descriptionProps={{ component: 'div' }}
              autoComplete="new-password"
              required
              {...form.getInputProps('password')}
              // Mantine's PasswordInput marks an error only with data-invalid; assistive technology needs this.
              aria-invalid={Boolean(form.errors.password)}
            />
            <PasswordInput
              visibilityToggleButtonProps={{ 'aria-label': t('common.showPassword') }}
              label={t('passwords.reset.confirm')}
              autoComplete="new-password"
              required
              {...form.getInputProps('confirm')}
              aria-invalid={Boolean(form.errors.confirm)}
            />
            <div>
              <Button type="submit" loading={reset.isPending}>
                {t('passwords.reset.submit')}
              </Button>
            </div>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
