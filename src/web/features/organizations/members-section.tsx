import { Badge, Button, Group, Modal, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, Organization } from '../../api/types';
import { CardList } from '../../components/card-list';
import { ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { EraseMemberDialog } from './erase-member-dialog';
import { useChangeMemberRole, useErasePerson, useMembers, useRemoveMember } from './queries';

interface MembersSectionProps {
  organization: Organization;
  currentUserId: string;
}

export function MembersSection({ organization, currentUserId }: MembersSectionProps) {
  const { t } = useTranslation();
  const members = useMembers(organization.id, organization.permissions.readMembers);
  const changeRole = useChangeMemberRole(organization.id);
  const remove = useRemoveMember(organization.id);
  const erase = useErasePerson(organization.id);
  const [toRemove, setToRemove] = useState<Member | null>(null);
  const [toErase, setToErase] = useState<Member | null>(null);
  // Focus is handled here, not by the modal: after a removal the button that opened it is gone.
  const opener = useRef<HTMLButtonElement | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const cancelRemove = () => {
    setToRemove(null);
    setToErase(null);
    requestAnimationFrame(() => opener.current?.focus());
  };
  const [status, setStatus] = useState<string | null>(null);
  const canManage = organization.permissions.manageMembers;
  const roleOptions = organization.assignableRoles.map((role) => ({ value: role, label: t(`role.${role}`) }));

  const onRoleChange = (member: Member, value: string | null) => {
    const role = organization.assignableRoles.find((r) => r === value);
    if (!role || role === member.role) return;
    setStatus(null);
    remove.reset();
    changeRole.mutate(
      { member, role },
      {
        onSuccess: () => setStatus(t('members.roleChanged', { name: member.name, role: t(`role.${role}`) })),
      },
    );
  };

  const confirmRemove = () => {
    if (!toRemove) return;
    const member = toRemove;
    setStatus(null);
    changeRole.reset();
    remove.mutate(member, {
      onSuccess: () => {
        setStatus(t('members.removed', { name: member.name }));
        setToRemove(null);
        requestAnimationFrame(() => heading.current?.focus());
      },
      onError: () => cancelRemove(),
    });
  };

  const confirmErase = (member: Member) => {
    setStatus(null);
    changeRole.reset();
    remove.reset();
    erase.mutate(member, {
      onSuccess: (result) => {
        const organizations = result.removedFrom.map((o) => o.organizationName).join(', ');
        setStatus(
          result.outcome === 'account_erased'
            ? t('members.erased', { name: member.name, pseudonym: result.pseudonym ?? '' })
            : t('members.erasedMembershipOnly', {
                name: member.name,
                other: result.otherMemberships,
                organizations,
              }),
        );
        setToErase(null);
        requestAnimationFrame(() => heading.current?.focus());
      },
      onError: () => cancelRemove(),
    });
  };

  if (!organization.permissions.readMembers) return null;

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="members-heading">
      <Stack gap="md">
        <Title order={2} id="members-heading" ref={heading} tabIndex={-1} className="page-heading">
          {t('members.heading')}
        </Title>
        <StatusMessage>{status}</StatusMessage>
        <ProblemAlert error={changeRole.error ?? remove.error ?? erase.error} />
        <QueryView query={members}>
          {(data) =>
            data.length === 0 ? (
              <Text>{t('members.empty')}</Text>
            ) : (
              <CardList>
                {data.map((member) => (
                  <Paper component="li" key={member.id} withBorder p="sm" radius="sm">
                    <Group justify="space-between" align="center" gap="sm">
                      <div style={{ minWidth: 0, flex: '1 1 14rem' }}>
                        <Text fw={600}>
                          {member.name} {member.userId === currentUserId && t('members.you')}
                        </Text>
                        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                          {member.email}
                        </Text>
                      </div>
                      {canManage ? (
                        <Group gap="xs" wrap="wrap" justify="flex-end" style={{ flex: '1 1 16rem' }}>
                          <Select
                            aria-label={t('members.roleOf', { name: member.name })}
                            data={roleOptions}
                            value={member.role}
                            onChange={(value) => onRoleChange(member, value)}
                            allowDeselect={false}
                            disabled={changeRole.isPending}
                            style={{ flex: '1 1 auto', maxWidth: 200 }}
                          />
                          <Button
                            variant="outline"
                            color="red"
                            style={{ flex: 'none' }}
                            aria-label={t('members.removeLabel', { name: member.name })}
                            onClick={(event) => {
                              opener.current = event.currentTarget;
                              setToRemove(member);
                            }}
                          >
                            {t('members.remove')}
                          </Button>
                          {member.permissions.erase && member.userId !== currentUserId && (
                            <Button
                              variant="subtle"
                              color="red"
                              style={{ flex: 'none' }}
                              aria-label={t('members.eraseLabel', { name: member.name })}
                              onClick={(event) => {
                                opener.current = event.currentTarget;
                                setToErase(member);
                              }}
                            >
                              {t('members.erase')}
                            </Button>
                          )}
                        </Group>
                      ) : (
                        <Badge variant="light" size="lg">
                          {t(`role.${member.role}`)}
                        </Badge>
                      )}
                    </Group>
                  </Paper>
                ))}
              </CardList>
            )
          }
        </QueryView>
      </Stack>
      <Modal
        opened={toRemove !== null}
        onClose={cancelRemove}
        returnFocus={false}
        title={t('members.confirmRemoveTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text>
            {t('members.confirmRemoveText', { name: toRemove?.name ?? '', organization: organization.name })}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={cancelRemove}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={confirmRemove}>
              {t('members.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <EraseMemberDialog
        member={toErase}
        isPending={erase.isPending}
        onCancel={cancelRemove}
        onConfirm={confirmErase}
      />
    </Paper>
  );
}
