import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { InvitationByToken, Me } from '../../api/types';
import { AnchorLink, ButtonLink } from '../../components/link';
import { Page } from '../../components/page';
import { fieldErrorsOf, Loading, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { useSignOut } from '../session/auth-queries';
import { useMe } from '../session/queries';
import { useAcceptInvitation, useInvitationByToken } from './queries';

const route = getRouteApi('/einladung/$token');

const formFields = ['name', 'password'] as const;

type Accept = ReturnType<typeof useAcceptInvitation>;

interface AcceptProps {
  invitation: InvitationByToken;
  /** Lives in the page, so its callbacks survive when the page switches branches (e.g. signed in now). */
  accept: Accept;
  onAccepted: (result: { organizationId: string }) => void;
}

function CreateAccountForm({ invitation, accept, onAccepted }: AcceptProps) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '', password: '' },
    validate: {
      name: (value) => (value.trim() ? null : t('acceptInvitation.nameRequired')),
      // The server's password policy decides; this only spares a round trip for the length.
      password: (value) => (value.length >= 12 ? null : t('acceptInvitation.passwordTooShort')),
    },
  });
  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="create-account-heading"
      maw={480}
      w="100%"
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          accept.mutate(
            { name: values.name.trim(), password: values.password },
            {
              onSuccess: onAccepted,
              onError: (error) => form.setErrors(fieldErrorsOf(error, formFields)),
            },
          ),
        )}
      >
        <Stack gap="md">
          <Title order={2} size="h3" id="create-account-heading">
            {t('acceptInvitation.createAccountHeading')}
          </Title>
          <ProblemAlert
            error={accept.error}
            shownPaths={Object.keys(fieldErrorsOf(accept.error, formFields))}
          />
          <TextInput label={t('acceptInvitation.email')} value={invitation.email} readOnly type="email" />
          <TextInput
            label={t('acceptInvitation.name')}
            autoComplete="name"
            required
            {...form.getInputProps('name')}
          />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('common.showPassword') }}
            label={t('acceptInvitation.password')}
            description={t('acceptInvitation.passwordHint')}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
            // Mantine's PasswordInput marks an error only with data-invalid; assistive technology needs this.
            aria-invalid={Boolean(form.errors.password)}
          />
          <div>
            <Button type="submit" loading={accept.isPending}>
              {t('acceptInvitation.createAndAccept')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}

function SignedInAccept({ invitation, accept, onAccepted, email }: AcceptProps & { email: string }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  if (email.toLowerCase() !== invitation.email.toLowerCase()) {
    return (
      <Alert color="yellow" variant="light" role="status">
        <Stack gap="sm">
          <Text>{t('acceptInvitation.wrongAccount', { email })}</Text>
          <div>
            <Button variant="default" loading={signOut.isPending} onClick={() => signOut.mutate()}>
              {t('nav.signOut')}
            </Button>
          </div>
        </Stack>
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      <ProblemAlert error={accept.error} />
      <div>
        <Button loading={accept.isPending} onClick={() => accept.mutate({}, { onSuccess: onAccepted })}>
          {t('acceptInvitation.accept')}
        </Button>
      </div>
    </Stack>
  );
}

function InvitationView({
  data,
  me,
  accept,
  onAccepted,
}: {
  data: InvitationByToken;
  me: Me | null | undefined;
  accept: Accept;
  onAccepted: (result: { organizationId: string }) => void;
}) {
  const { t } = useTranslation();
  const here = route.useMatch({ select: (match) => match.pathname });
  const intro = (
    <>
      <Text size="lg">
        {t('acceptInvitation.intro', { organization: data.organizationName, role: t(`role.${data.role}`) })}
      </Text>
      <Text>{t('acceptInvitation.invitedEmail', { email: data.email })}</Text>
    </>
  );

  if (data.status !== 'pending') {
    return (
      <>
        {intro}
        <Alert color="yellow" variant="light" role="status">
          {t(`acceptInvitation.status.${data.status}`)}
        </Alert>
        {data.status === 'accepted' && me && (
          <div>
            <AnchorLink to="/organisation" search={{ org: data.organizationId }}>
              {t('common.toMyOrganization')}
            </AnchorLink>
          </div>
        )}
      </>
    );
  }

  return (
    <>
      {intro}
      {me ? (
        <SignedInAccept invitation={data} accept={accept} onAccepted={onAccepted} email={me.user.email} />
      ) : data.userExists ? (
        <Stack gap="sm" align="flex-start">
          <Text>{t('acceptInvitation.hasAccount')}</Text>
          <ButtonLink to="/anmelden" search={{ redirect: here }}>
            {t('acceptInvitation.signInFirst')}
          </ButtonLink>
        </Stack>
      ) : (
        <>
          <CreateAccountForm invitation={data} accept={accept} onAccepted={onAccepted} />
          <Text>
            {t('acceptInvitation.alreadyHaveAccount')}{' '}
            <AnchorLink to="/anmelden" search={{ redirect: here }}>
              {t('acceptInvitation.signInFirst')}
            </AnchorLink>
          </Text>
        </>
      )}
    </>
  );
}

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token } = route.useParams();
  const navigate = route.useNavigate();
  const invitation = useInvitationByToken(token);
  const accept = useAcceptInvitation(token);
  const { data: me, isPending: meIsPending } = useMe();
  const onAccepted = (result: { organizationId: string }) =>
    void navigate({ to: '/organisation', search: { org: result.organizationId } });

  if (accept.isSuccess) {
    return (
      <Page title={t('acceptInvitation.title')}>
        <StatusMessage>
          {t('acceptInvitation.accepted', { organization: invitation.data?.organizationName ?? '' })}
        </StatusMessage>
        <Loading />
      </Page>
    );
  }

  return (
    <Page title={t('acceptInvitation.title')}>
      {meIsPending ? (
        <Loading />
      ) : (
        <QueryView query={invitation} notFound={<Text>{t('acceptInvitation.notFound')}</Text>}>
          {(data) => <InvitationView data={data} me={me} accept={accept} onAccepted={onAccepted} />}
        </QueryView>
      )}
    </Page>
  );
}
