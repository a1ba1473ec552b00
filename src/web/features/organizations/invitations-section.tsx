import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MembershipRole, Organization } from '../../api/types';
import { CardList } from '../../components/card-list';
import { fieldErrorsOf, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { formatDate } from '../../i18n';
import { useCreateInvitation, useInvitations, useRevokeInvitation } from './queries';

const formFields = ['email', 'role'] as const;

export function InvitationsSection({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const canManage = organization.permissions.manageMembers;
  const invitations = useInvitations(organization.id, canManage);
  const create = useCreateInvitation(organization.id);
  const revoke = useRevokeInvitation(organization.id);
  const [status, setStatus] = useState<string | null>(null);
  const roles = organization.assignableRoles;
  const form = useForm<{ email: string; role: string }>({
    mode: 'controlled',
    initialValues: { email: '', role: 'staff' },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('invitations.emailInvalid')),
      role: (value) => (value ? null : t('common.required')),
    },
  });

  if (!canManage) return null;

  const submit = form.onSubmit((values) => {
    const role = roles.find((r): r is MembershipRole => r === values.role);
    if (!role) return;
    setStatus(null);
    revoke.reset();
    const email = values.email.trim();
    create.mutate(
      { email, role },
      {
        onSuccess: () => {
          setStatus(t('invitations.sent', { email }));
          form.reset();
        },
        onError: (error) => form.setErrors(fieldErrorsOf(error, formFields)),
      },
    );
  });

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="invitations-heading">
      <Stack gap="md">
        <Title order={2} id="invitations-heading">
          {t('invitations.heading')}
        </Title>
        <StatusMessage>{status}</StatusMessage>
        <ProblemAlert
          error={create.error ?? revoke.error}
          shownPaths={Object.keys(fieldErrorsOf(create.error, formFields))}
        />
        <form noValidate onSubmit={submit} aria-labelledby="invite-heading">
          <Stack gap="sm">
            <Title order={3} size="h4" id="invite-heading">
              {t('invitations.formHeading')}
            </Title>
            <Group align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                label={t('invitations.email')}
                type="email"
                autoComplete="off"
                required
                style={{ flex: '1 1 16rem' }}
                {...form.getInputProps('email')}
              />
              <Select
                label={t('invitations.role')}
                data={roles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
                allowDeselect={false}
                required
                w={{ base: '100%', xs: 220 }}
                {...form.getInputProps('role')}
              />
            </Group>
            <div>
              <Button type="submit" loading={create.isPending}>
                {t('invitations.submit')}
              </Button>
            </div>
          </Stack>
        </form>
        <Title order={3} size="h4" id="pending-heading">
          {t('invitations.pendingHeading')}
        </Title>
        <QueryView query={invitations}>
          {(data) =>
            data.length === 0 ? (
              <Text>{t('invitations.empty')}</Text>
            ) : (
              <CardList labelledBy="pending-heading">
                {data.map((invitation) => (
                  <Paper component="li" key={invitation.id} withBorder p="sm" radius="sm">
                    <Group justify="space-between" align="center" gap="sm">
                      <div style={{ minWidth: 0, flex: '1 1 14rem' }}>
                        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                          {invitation.email}
                        </Text>
                        <Text size="sm" c="dimmed">
                          {t(`role.${invitation.role}`)} ·{' '}
                          {t('invitations.expires', { date: formatDate(invitation.expiresAt) })}
                        </Text>
                      </div>
                      <Button
                        variant="outline"
                        color="red"
                        aria-label={t('invitations.revokeLabel', { email: invitation.email })}
                        loading={revoke.isPending && revoke.variables === invitation.id}
                        onClick={() => {
                          setStatus(null);
                          create.reset();
                          revoke.mutate(invitation.id, {
                            onSuccess: () => setStatus(t('invitations.revoked', { email: invitation.email })),
                          });
                        }}
                      >
                        {t('invitations.revoke')}
                      </Button>
                    </Group>
                  </Paper>
                ))}
              </CardList>
            )
          }
        </QueryView>
      </Stack>
    </Paper>
  );
}
