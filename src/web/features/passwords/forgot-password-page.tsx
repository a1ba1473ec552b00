import { Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { fieldErrorsOf, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { RESET_LINK_MINUTES } from './password-rules';
import { useRequestPasswordReset } from './queries';

const formFields = ['email'] as const;

/** Asks for a reset link; says the same whether the address is known or not (as the server does). */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '' },
    validate: { email: (value) => (value.trim() ? null : t('passwords.forgot.emailRequired')) },
  });

  return (
    <Page title={t('passwords.forgot.title')}>
      <Text>{t('passwords.forgot.intro')}</Text>
      {request.isSuccess ? (
        <StatusMessage>
          {t('passwords.forgot.sent', { email: request.variables, minutes: RESET_LINK_MINUTES })}
        </StatusMessage>
      ) : (
        <Paper withBorder p="lg" maw={440} w="100%">
          <form
            noValidate
            onSubmit={form.onSubmit((values) =>
              request.mutate(values.email.trim(), {
                onError: (error) => form.setErrors(fieldErrorsOf(error, formFields)),
              }),
            )}
          >
            <Stack gap="md">
              <ProblemAlert
                error={request.error}
                shownPaths={Object.keys(fieldErrorsOf(request.error, formFields))}
              />
              <TextInput
                label={t('passwords.forgot.email')}
                type="email"
                autoComplete="username"
                required
                {...form.getInputProps('email')}
              />
              <div>
                <Button type="submit" loading={request.isPending}>
                  {t('passwords.forgot.submit')}
                </Button>
              </div>
            </Stack>
          </form>
        </Paper>
      )}
      <Text size="sm">{t('passwords.forgot.singleSignOnHint')}</Text>
      <div>
        <AnchorLink to="/anmelden">{t('passwords.forgot.backToSignIn')}</AnchorLink>
      </div>
    </Page>
  );
}
