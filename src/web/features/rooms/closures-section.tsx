import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateTime } from 'luxon';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { formatDate, toInstant, zone } from './format';
import { useAddClosure, useClosures, useImportClosures, useRemoveClosure } from './queries';
import type { Closure, Room } from './types';

/** A closure ends at 00:00 of the day after its last day (local time); people think in first and last day. */
function closureDays(closure: Closure) {
  const first = DateTime.fromISO(closure.startsAt, { zone });
  const last = DateTime.fromISO(closure.endsAt, { zone }).minus({ milliseconds: 1 });
  return { first: first.toISODate() ?? '', last: last.toISODate() ?? '' };
}

function AddClosureForm({ roomId, onDone }: { roomId: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const add = useAddClosure(roomId);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const last = to || from;
    const startsAt = toInstant(from, '00:00');
    const next = last ? DateTime.fromISO(last, { zone }).plus({ days: 1 }).toISODate() : null;
    const endsAt = next ? toInstant(next, '00:00') : null;
    setMissing(!startsAt || !endsAt);
    if (!startsAt || !endsAt) return;
    add.mutate(
      { startsAt, endsAt, reason: reason.trim() || null },
      {
        onSuccess: () => {
          setFrom('');
          setTo('');
          setReason('');
          onDone(t('rooms.closures.added'));
        },
      },
    );
  };
  const errors = fieldErrorsOf(add.error, ['startsAt', 'endsAt', 'reason']);
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="xs">
        <Group gap="sm" align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            label={t('rooms.closures.from')}
            required
            value={from}
            error={missing ? t('rooms.booking.dateRequired') : errors.startsAt}
            onChange={(event) => setFrom(event.currentTarget.value)}
            w={180}
          />
          <TextInput
            type="date"
            label={t('rooms.closures.to')}
            value={to}
            min={from || undefined}
            error={errors.endsAt}
            onChange={(event) => setTo(event.currentTarget.value)}
            w={180}
          />
          <TextInput
            label={t('rooms.closures.reason')}
            maxLength={500}
            value={reason}
            error={errors.reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            w={260}
          />
        </Group>
        <ProblemAlert error={add.error} shownPaths={Object.keys(errors)} />
        <div>
          <Button type="submit" variant="default" loading={add.isPending}>
            {t('rooms.closures.add')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

function ImportForm({ roomId, onDone }: { roomId: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const importIcs = useImportClosures(roomId);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMissing(!file);
    if (!file) return;
    const form = event.currentTarget;
    const ics = await file.text();
    importIcs.mutate(ics, {
      onSuccess: (result) => {
        form.reset();
        setFile(null);
        onDone(t('rooms.closures.imported', { count: result.imported + result.updated }));
      },
    });
  };
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('rooms.closures.importHeading')}
        </Title>
        <div>
          <label htmlFor={`${id}-file`} className="file-label">
            {t('rooms.closures.importFile')}
          </label>
          <Text size="sm" c="dimmed" id={`${id}-hint`}>
            {t('rooms.closures.importHint')}
          </Text>
          <input
            id={`${id}-file`}
            type="file"
            accept=".ics,text/calendar"
            aria-describedby={`${id}-hint${missing ? ` ${id}-error` : ''}`}
            aria-invalid={missing || undefined}
            onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
          />
          {missing && (
            <Text size="sm" c="red.8" id={`${id}-error`}>
              {t('rooms.closures.fileRequired')}
            </Text>
          )}
        </div>
        <ProblemAlert error={importIcs.error} />
        <div>
          <Button type="submit" variant="default" loading={importIcs.isPending}>
            {t('rooms.closures.import')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

export function ClosuresSection({ room }: { room: Room }) {
  const { t } = useTranslation();
  const closures = useClosures(room.id);
  const remove = useRemoveClosure(room.id);
  const [message, setMessage] = useState('');
  const canManage = room.permissions.manageClosures;
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="closures-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="closures-heading">
          {t('rooms.closures.heading')}
        </Title>
        <Text size="sm">{t('rooms.closures.intro')}</Text>
        <StatusMessage>{message}</StatusMessage>
        <ProblemAlert error={remove.error} />
        <QueryView query={closures}>
          {(data) => {
            const upcoming = data.filter((closure) => closure.endsAt > new Date().toISOString());
            return upcoming.length === 0 ? (
              <Text size="sm">{t('rooms.closures.empty')}</Text>
            ) : (
              <ul className="report-list" aria-labelledby="closures-heading">
                {upcoming.map((closure) => {
                  const { first, last } = closureDays(closure);
                  const range =
                    first === last
                      ? formatDate(first)
                      : t('rooms.closures.range', { from: formatDate(first), to: formatDate(last) });
                  return (
                    <li key={closure.id}>
                      <Group justify="space-between" gap="xs">
                        <Text size="sm">
                          <Text span fw={600} size="sm">
                            {range}
                          </Text>
                          {closure.reason ? `: ${closure.reason}` : ''}
                        </Text>
                        {canManage && (
                          <Button
                            variant="default"
                            size="compact-sm"
                            aria-label={t('rooms.closures.remove', { range })}
                            onClick={() =>
                              remove.mutate(closure.id, {
                                onSuccess: () => setMessage(t('rooms.closures.removed')),
                              })
                            }
                          >
                            {t('rooms.form.remove')}
                          </Button>
                        )}
                      </Group>
                    </li>
                  );
                })}
              </ul>
            );
          }}
        </QueryView>
        {canManage && (
          <>
            <AddClosureForm roomId={room.id} onDone={setMessage} />
            <ImportForm roomId={room.id} onDone={setMessage} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
