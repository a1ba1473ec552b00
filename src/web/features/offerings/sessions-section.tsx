import { Button, Group, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { Section } from './collaboration-sections';
import { berlinParts, formatDateTime, formatSession } from './format';
import { usePutEvaluation, useUpdateSession } from './queries';
import type { Offering, OfferingSession } from './types';

function MoveForm({
  offering,
  session,
  onDone,
}: {
  offering: Offering;
  session: OfferingSession;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateSession(offering.id);
  const start = berlinParts(session.startsAt);
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(
          { sessionId: session.id, patch: { startDate: date, startTime: time, version: offering.version } },
          { onSuccess: onDone },
        );
      }}
    >
      <Stack gap="xs">
        <ProblemAlert error={update.error} />
        <Group align="flex-end" gap="sm">
          <TextInput
            type="date"
            label={t('offerings.work.newDate')}
            value={date}
            required
            onChange={(e) => setDate(e.currentTarget.value)}
          />
          <TextInput
            type="time"
            label={t('offerings.work.newTime')}
            value={time}
            required
            onChange={(e) => setTime(e.currentTarget.value)}
          />
          <Button type="submit" loading={update.isPending}>
            {t('offerings.work.saveMove')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('offerings.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SessionItem({ offering, session }: { offering: Offering; session: OfferingSession }) {
  const { t } = useTranslation();
  const update = useUpdateSession(offering.id);
  const [moving, setMoving] = useState(false);
  const date = formatDateTime(session.startsAt);
  const canChange = offering.permissions.update;
  return (
    <li>
      <Stack gap={4} py={6}>
        <Group gap="xs" wrap="wrap">
          <Text className={session.cancelled ? 'session-cancelled' : undefined}>
            {formatSession(session.startsAt, session.endsAt)}
          </Text>
          {session.cancelled && (
            <Text span fw={700} c="red.9">
              {t('offerings.work.cancelled')}
            </Text>
          )}
          {session.moved && (
            <Text span fw={700}>
              ({t('offerings.work.moved')})
            </Text>
          )}
          {session.participants !== null && (
            <Text span size="sm">
              · {t('offerings.work.participants')}: {session.participants}
            </Text>
          )}
        </Group>
        {canChange && !moving && (
          <Group gap="xs">
            <Button
              size="compact-sm"
              variant="default"
              loading={update.isPending}
              aria-label={
                session.cancelled
                  ? t('offerings.work.restoreSessionLabel', { date })
                  : t('offerings.work.cancelSessionLabel', { date })
              }
              onClick={() =>
                update.mutate({
                  sessionId: session.id,
                  patch: { cancelled: !session.cancelled, version: offering.version },
                })
              }
            >
              {session.cancelled ? t('offerings.work.restoreSession') : t('offerings.work.cancelSession')}
            </Button>
            {!session.cancelled && (
              <Button
                size="compact-sm"
                variant="default"
                aria-label={t('offerings.work.moveSessionLabel', { date })}
                onClick={() => setMoving(true)}
              >
                {t('offerings.work.moveSession')}
              </Button>
            )}
          </Group>
        )}
        <ProblemAlert error={update.error} />
        {moving && <MoveForm offering={offering} session={session} onDone={() => setMoving(false)} />}
      </Stack>
    </li>
  );
}

export function SessionsSection({ offering }: { offering: Offering }) {
  const { t } = useTranslation();
  return (
    <Section id="sessions-heading" title={t('offerings.work.sessions')}>
      {offering.sessions.length === 0 ? (
        <Text>{t('offerings.work.sessionsEmpty')}</Text>
      ) : (
        <ul className="plain-list comment-list">
          {offering.sessions.map((session) => (
            <SessionItem key={session.id} offering={offering} session={session} />
          ))}
        </ul>
      )}
    </Section>
  );
}

/** After it ran: participants per past session (numbers only) and a short text. */
export function EvaluationSection({ offering }: { offering: Offering }) {
  const { t } = useTranslation();
  const save = usePutEvaluation(offering.id);
  const past = offering.sessions.filter((s) => !s.cancelled && new Date(s.startsAt).getTime() <= Date.now());
  const [text, setText] = useState(offering.evaluation?.text ?? '');
  const [counts, setCounts] = useState<Record<string, number | ''>>(() =>
    Object.fromEntries(past.map((s) => [s.id, s.participants ?? ''])),
  );
  const [saved, setSaved] = useState(false);
  const total = offering.sessions.reduce((sum, s) => sum + (s.participants ?? 0), 0);
  if (!offering.permissions.evaluate)
    return (
      <Section id="evaluation-heading" title={t('offerings.work.evaluation')}>
        <Text>{t('offerings.work.totalParticipants', { count: total })}</Text>
        <Text style={{ whiteSpace: 'pre-line' }}>
          {offering.evaluation?.text || t('offerings.work.evaluationNone')}
        </Text>
      </Section>
    );
  return (
    <Section id="evaluation-heading" title={t('offerings.work.evaluation')}>
      <Text size="sm">{t('offerings.work.evaluationHint')}</Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          save.mutate(
            {
              version: offering.version,
              text: text.trim(),
              attendance: past.map((s) => ({
                sessionId: s.id,
                participants: counts[s.id] === '' ? null : Number(counts[s.id]),
              })),
            },
            { onSuccess: () => setSaved(true) },
          );
        }}
      >
        <Stack gap="sm">
          <ProblemAlert error={save.error} />
          {saved && <StatusMessage>{t('offerings.work.evaluationSaved')}</StatusMessage>}
          {past.map((session) => (
            <NumberInput
              key={session.id}
              label={t('offerings.work.participantsOf', { date: formatDateTime(session.startsAt) })}
              min={0}
              max={10_000}
              allowDecimal={false}
              allowNegative={false}
              value={counts[session.id] ?? ''}
              onChange={(value) =>
                setCounts((c) => ({ ...c, [session.id]: typeof value === 'number' ? value : '' }))
              }
              maw={260}
            />
          ))}
          <Text>{t('offerings.work.totalParticipants', { count: total })}</Text>
          <Textarea
            label={t('offerings.work.evaluationText')}
            autosize
            minRows={3}
            maxLength={5000}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          {offering.evaluation && (
            <Text size="sm" c="dimmed">
              {t('offerings.work.evaluationBy', {
                date: formatDateTime(offering.evaluation.updatedAt),
                name: offering.evaluation.updatedByName ?? '–',
              })}
            </Text>
          )}
          <div>
            <Button type="submit" loading={save.isPending}>
              {t('offerings.work.evaluationSave')}
            </Button>
          </div>
        </Stack>
      </form>
    </Section>
  );
}
