import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { useAddGrant, useGrants, useOrganizationSearch, useRemoveGrant } from './queries';
import type { Room } from './types';

function AddGrantForm({ room, onDone }: { room: Room; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [chosen, setChosen] = useState<string | null>(null);
  const organizations = useOrganizationSearch(debounced);
  const add = useAddGrant(room.id);
  const options = (organizations.data ?? [])
    .filter((organization) => organization.id !== room.organization.id)
    .map((organization) => ({ value: organization.id, label: organization.name }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const option = options.find((candidate) => candidate.value === chosen);
    if (!option) return;
    add.mutate(option.value, {
      onSuccess: () => {
        setChosen(null);
        setSearch('');
        onDone(t('rooms.grants.added', { organization: option.label }));
      },
    });
  };
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="xs">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('rooms.grants.organization')}
            description={t('rooms.grants.searchHint')}
            searchable
            data={options}
            value={chosen}
            searchValue={search}
            onSearchChange={setSearch}
            onChange={setChosen}
            filter={({ options: all }) => all}
            w={360}
            maw="100%"
          />
          <Button type="submit" variant="default" loading={add.isPending} disabled={!chosen}>
            {t('rooms.grants.add')}
          </Button>
        </Group>
        <ProblemAlert error={add.error} />
      </Stack>
    </form>
  );
}

/** Organisations with standing use book directly; managed by the owner's lead or admin. */
export function GrantsSection({ room }: { room: Room }) {
  const { t } = useTranslation();
  const grants = useGrants(room.id, room.permissions.manageGrants);
  const remove = useRemoveGrant(room.id);
  const [message, setMessage] = useState('');
  if (!room.permissions.manageGrants) return null;
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="grants-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="grants-heading">
          {t('rooms.grants.heading')}
        </Title>
        <Text size="sm">{t('rooms.grants.intro')}</Text>
        <StatusMessage>{message}</StatusMessage>
        <ProblemAlert error={remove.error} />
        <QueryView query={grants}>
          {(data) =>
            data.length === 0 ? (
              <Text size="sm">{t('rooms.grants.empty')}</Text>
            ) : (
              <ul className="report-list" aria-labelledby="grants-heading">
                {data.map((grant) => (
                  <li key={grant.id}>
                    <Group justify="space-between" gap="xs">
                      <Text size="sm" fw={600}>
                        {grant.organization.name}
                      </Text>
                      <Button
                        variant="default"
                        size="compact-sm"
                        aria-label={t('rooms.grants.remove', { organization: grant.organization.name })}
                        onClick={() =>
                          remove.mutate(grant.id, {
                            onSuccess: () =>
                              setMessage(
                                t('rooms.grants.removed', { organization: grant.organization.name }),
                              ),
                          })
                        }
                      >
                        {t('rooms.form.remove')}
                      </Button>
                    </Group>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryView>
        <AddGrantForm room={room} onDone={setMessage} />
      </Stack>
    </Paper>
  );
}
