import {
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKey, NewApiKey } from '../../api/types';
import { CardList } from '../../components/card-list';
import { fieldErrorsOf, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { formatDateTime } from './format';
import { useApiKeys, useCreateApiKey, useRevokeApiKey } from './queries';

const formFields = ['name', 'expiresInDays'] as const;
const lifetimes = ['30', '90', '180'] as const;

export function ApiKeysSection() {
  const { t } = useTranslation();
  const keys = useApiKeys();
  const create = useCreateApiKey();
  const revoke = useRevokeApiKey();
  const [created, setCreated] = useState<NewApiKey | null>(null);
  const [toRevoke, setToRevoke] = useState<ApiKey | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useForm<{ name: string; lifetime: string }>({
    mode: 'controlled',
    initialValues: { name: '', lifetime: 'max' },
    validate: { name: (value) => (value.trim() ? null : t('common.required')) },
  });

  const submit = form.onSubmit((values) => {
    setStatus(null);
    revoke.reset();
    const days = Number(values.lifetime);
    create.mutate(
      { name: values.name.trim(), ...(Number.isInteger(days) && { expiresInDays: days }) },
      {
        onSuccess: (key) => {
          setCreated(key);
          form.reset();
        },
        onError: (error) => form.setErrors(fieldErrorsOf(error, formFields)),
      },
    );
  });

  const confirmRevoke = () => {
    if (!toRevoke) return;
    const key = toRevoke;
    setStatus(null);
    create.reset();
    revoke.mutate(key.id, {
      onSuccess: () => setStatus(t('account.keys.revoked', { name: key.name })),
      onSettled: () => {
        setToRevoke(null);
        // The button that opened the dialog is gone with the key: the section's heading takes focus.
        requestAnimationFrame(() => heading.current?.focus());
      },
    });
  };

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="api-keys-heading">
      <Stack gap="md">
        <Title order={2} id="api-keys-heading" ref={heading} tabIndex={-1}>
          {t('account.keys.heading')}
        </Title>
        <Text>{t('account.keys.intro')}</Text>
        <StatusMessage>{status}</StatusMessage>
        <ProblemAlert
          error={create.error ?? revoke.error}
          shownPaths={Object.keys(fieldErrorsOf(create.error, formFields))}
        />
        {created ? (
          <NewKeyPanel apiKey={created} onDone={() => setCreated(null)} />
        ) : (
          <form noValidate onSubmit={submit} aria-labelledby="new-key-heading">
            <Stack gap="sm">
              <Title order={3} size="h4" id="new-key-heading">
                {t('account.keys.formHeading')}
              </Title>
              <Group align="flex-start" gap="sm" wrap="wrap">
                <TextInput
                  label={t('account.keys.name')}
                  description={t('account.keys.nameHint')}
                  required
                  maxLength={100}
                  autoComplete="off"
                  style={{ flex: '1 1 16rem' }}
                  {...form.getInputProps('name')}
                />
                <Select
                  label={t('account.keys.lifetime')}
                  data={[
                    { value: 'max', label: t('account.keys.lifetimeMax') },
                    ...lifetimes.map((days) => ({
                      value: days,
                      label: t('account.keys.lifetimeDays', { count: Number(days) }),
                    })),
                  ]}
                  allowDeselect={false}
                  w={{ base: '100%', xs: 240 }}
                  {...form.getInputProps('lifetime')}
                />
              </Group>
              <div>
                <Button type="submit" loading={create.isPending}>
                  {t('account.keys.create')}
                </Button>
              </div>
            </Stack>
          </form>
        )}
        <Title order={3} size="h4" id="key-list-heading">
          {t('account.keys.listHeading')}
        </Title>
        <QueryView query={keys}>
          {(data) =>
            data.length === 0 ? (
              <Text>{t('account.keys.empty')}</Text>
            ) : (
              <CardList labelledBy="key-list-heading">
                {data.map((key) => (
                  <KeyItem key={key.id} apiKey={key} onRevoke={() => setToRevoke(key)} />
                ))}
              </CardList>
            )
          }
        </QueryView>
      </Stack>
      <Modal
        opened={toRevoke !== null}
        onClose={() => setToRevoke(null)}
        title={t('account.keys.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text>{t('account.keys.confirmText', { name: toRevoke?.name ?? '' })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setToRevoke(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={revoke.isPending} onClick={confirmRevoke}>
              {t('account.keys.revoke')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

function KeyItem({ apiKey, onRevoke }: { apiKey: ApiKey; onRevoke: () => void }) {
  const { t } = useTranslation();
  const isExpired = apiKey.expiresAt !== null && Date.parse(apiKey.expiresAt) <= Date.now();
  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Group justify="space-between" align="center" gap="sm">
        <div style={{ minWidth: 0, flex: '1 1 14rem' }}>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {apiKey.name}
          </Text>
          <Text size="sm" c="dimmed">
            {t('account.keys.created', { date: formatDateTime(apiKey.createdAt) })} ·{' '}
            {apiKey.lastUsedAt
              ? t('account.keys.lastUsed', { date: formatDateTime(apiKey.lastUsedAt) })
              : t('account.keys.neverUsed')}
            {apiKey.expiresAt && (
              <>
                {' · '}
                {t(isExpired ? 'account.keys.expired' : 'account.keys.expires', {
                  date: formatDateTime(apiKey.expiresAt),
                })}
              </>
            )}
          </Text>
        </div>
        {apiKey.permissions.delete && (
          <Button
            variant="outline"
            color="red"
            aria-label={t('account.keys.revokeLabel', { name: apiKey.name })}
            onClick={onRevoke}
          >
            {t('account.keys.revoke')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

/** The new key, shown once: it takes focus so that a screen reader announces it. */
function NewKeyPanel({ apiKey, onDone }: { apiKey: NewApiKey; onDone: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Paper
      withBorder
      p="md"
      radius="sm"
      bg="var(--mantine-color-teal-light)"
      aria-labelledby="created-key-heading"
    >
      <Stack gap="sm">
        <Title order={3} size="h4" id="created-key-heading" ref={heading} tabIndex={-1}>
          {t('account.keys.newHeading', { name: apiKey.name })}
        </Title>
        <Text>{t('account.keys.newHint')}</Text>
        <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} data-testid="new-api-key">
          {apiKey.key}
        </Code>
        <Group gap="sm">
          <CopyButton value={apiKey.key}>
            {({ copied, copy }) => (
              <>
                <Button variant={copied ? 'light' : 'filled'} onClick={copy}>
                  {copied ? t('account.keys.copied') : t('account.keys.copy')}
                </Button>
                <span role="status" className="visually-hidden">
                  {copied ? t('account.keys.copied') : ''}
                </span>
              </>
            )}
          </CopyButton>
          <Button variant="default" onClick={onDone}>
            {t('account.keys.done')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
