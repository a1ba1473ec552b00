import { Badge, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MySession } from '../../api/types';
import { CardList } from '../../components/card-list';
import { ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { deviceLabel, formatDateTime } from './format';
import { useMySessions, useRevokeSession, useRevokeSessions } from './queries';

export function SessionsSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sessions = useMySessions();
  const revokeOne = useRevokeSession();
  const revokeMany = useRevokeSessions();
  const [status, setStatus] = useState<string | null>(null);
  const [askEverywhere, setAskEverywhere] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = () => requestAnimationFrame(() => heading.current?.focus());

  const signOut = (session: MySession) => {
    setStatus(null);
    revokeMany.reset();
    revokeOne.mutate(session.id, {
      onSuccess: () => {
        setStatus(t('account.sessions.revoked'));
        focusHeading();
      },
    });
  };

  const signOutEverywhere = (scope: 'others' | 'all') => {
    setStatus(null);
    revokeOne.reset();
    revokeMany.mutate(scope, {
      onSuccess: ({ revoked }) => {
        setAskEverywhere(false);
        if (scope === 'all') void navigate({ to: '/anmelden' });
        else {
          setStatus(t('account.sessions.othersDone', { count: revoked }));
          focusHeading();
        }
      },
      onError: () => setAskEverywhere(false),
    });
  };

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="sessions-heading">
      <Stack gap="md">
        <Title order={2} id="sessions-heading" ref={heading} tabIndex={-1}>
          {t('account.sessions.heading')}
        </Title>
        <Text>{t('account.sessions.intro')}</Text>
        <StatusMessage>{status}</StatusMessage>
        <ProblemAlert error={revokeOne.error ?? revokeMany.error} />
        <Title order={3} size="h4" id="session-list-heading">
          {t('account.sessions.listHeading')}
        </Title>
        <QueryView query={sessions}>
          {(data) => (
            <CardList labelledBy="session-list-heading">
              {data.map((session) => (
                <SessionItem
                  key={session.id}
                  session={session}
                  isPending={revokeOne.isPending && revokeOne.variables === session.id}
                  onRevoke={() => signOut(session)}
                />
              ))}
            </CardList>
          )}
        </QueryView>
        <div>
          <Button variant="outline" color="red" onClick={() => setAskEverywhere(true)}>
            {t('account.sessions.everywhere')}
          </Button>
        </div>
      </Stack>
      <Modal
        opened={askEverywhere}
        onClose={() => setAskEverywhere(false)}
        title={t('account.sessions.everywhereTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text>{t('account.sessions.everywhereText')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setAskEverywhere(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              variant="outline"
              loading={revokeMany.isPending && revokeMany.variables === 'others'}
              onClick={() => signOutEverywhere('others')}
            >
              {t('account.sessions.others')}
            </Button>
            <Button
              color="red"
              loading={revokeMany.isPending && revokeMany.variables === 'all'}
              onClick={() => signOutEverywhere('all')}
            >
              {t('account.sessions.all')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

interface SessionItemProps {
  session: MySession;
  isPending: boolean;
  onRevoke: () => void;
}

function SessionItem({ session, isPending, onRevoke }: SessionItemProps) {
  const { t } = useTranslation();
  const device = deviceLabel(t, session.device);
  const lastActive = formatDateTime(session.lastActiveAt);
  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Group justify="space-between" align="center" gap="sm">
        <div style={{ minWidth: 0, flex: '1 1 14rem' }}>
          <Group gap="xs">
            <Text fw={600}>{device}</Text>
            {session.isCurrent && <Badge variant="light">{t('account.sessions.thisDevice')}</Badge>}
          </Group>
          <Text size="sm" c="dimmed">
            {t('account.sessions.lastActive', { date: lastActive })} ·{' '}
            {t('account.sessions.signedInSince', { date: formatDateTime(session.createdAt) })}
            {session.ipAddress && ` · ${t('account.sessions.ip', { ip: session.ipAddress })}`}
          </Text>
        </div>
        {session.permissions.revoke && !session.isCurrent && (
          <Button
            variant="outline"
            color="red"
            aria-label={t('account.sessions.revokeLabel', { device, date: lastActive })}
            loading={isPending}
            onClick={onRevoke}
          >
            {t('account.sessions.revoke')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
