import { Badge, Button, Checkbox, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { AnchorLink } from '../../components/link';
import { fieldErrorsOf, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { formatDay, formatTime, toInstant } from './format';
import { useCreateBooking } from './queries';
import type { BookingCreate, BookingResult, Occurrence, RoomAccess } from './types';

export interface BookingTarget {
  id: string;
  name: string;
  organization: { id: string; name: string };
  access: RoomAccess;
}

export interface BookingDraft {
  date: string;
  from: string;
  to: string;
  weeks: number;
}

const outcomeColor: Record<Occurrence['outcome'], string> = {
  bookable: 'teal.9',
  clash: 'red.9',
  outside_hours: 'grape.9',
  closed: 'gray.8',
};

/** Every date of a series with what happens to it; the server's message names the clash as far as we may see it. */
export function OccurrenceList({ items, label }: { items: readonly Occurrence[]; label: string }) {
  const { t } = useTranslation();
  return (
    <ul className="report-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.startsAt}>
          <Group gap="xs" wrap="wrap">
            <Text span fw={600} size="sm">
              {formatDay(item.startsAt)},{' '}
              {t('rooms.calendar.time', { from: formatTime(item.startsAt), to: formatTime(item.endsAt) })}
            </Text>
            <Badge variant="outline" color={outcomeColor[item.outcome]} tt="none">
              {item.outcome === 'bookable' ? t('rooms.outcome.free') : t(`rooms.outcome.${item.outcome}`)}
            </Badge>
            {item.outcome !== 'bookable' && (
              <Text span size="sm">
                {item.message}
              </Text>
            )}
          </Group>
        </li>
      ))}
    </ul>
  );
}

function BookingOutcome({ result, isRequest }: { result: BookingResult; isRequest: boolean }) {
  const { t } = useTranslation();
  const count = result.bookings.length;
  return (
    <Stack gap="sm">
      <StatusMessage>
        {isRequest ? t('rooms.booking.requested', { count }) : t('rooms.booking.booked', { count })}
        {isRequest && (
          <>
            {' '}
            <AnchorLink to="/raeume/anfragen">{t('rooms.booking.toRequests')}</AnchorLink>
          </>
        )}
      </StatusMessage>
      {result.skipped.length > 0 && (
        <section aria-labelledby="skipped-heading">
          <Title order={3} size="h4" id="skipped-heading">
            {t('rooms.booking.skippedHeading')}
          </Title>
          <Text size="sm">{t('rooms.booking.skippedIntro')}</Text>
          <OccurrenceList items={result.skipped} label={t('rooms.booking.skippedHeading')} />
        </section>
      )}
      {result.report.length > 1 && (
        <details>
          <summary>{t('rooms.booking.reportHeading')}</summary>
          <OccurrenceList items={result.report} label={t('rooms.booking.reportHeading')} />
        </details>
      )}
    </Stack>
  );
}

interface FormErrors {
  title?: string;
  date?: string;
  time?: string;
  weeks?: string;
}

/**
 * Books a room (owner, standing use) or requests it (everyone else), once or weekly. A series is checked first: when
 * some dates are not free the caller sees each date and may book the free ones and skip the rest.
 */
export function BookingForm({ room, draft }: { room: BookingTarget; draft?: BookingDraft }) {
  const { t } = useTranslation();
  const id = useId();
  const create = useCreateBooking(room.id);
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [date, setDate] = useState(draft?.date ?? '');
  const [from, setFrom] = useState(draft?.from ?? '');
  const [to, setTo] = useState(draft?.to ?? '');
  const [repeat, setRepeat] = useState((draft?.weeks ?? 1) > 1);
  const [weeks, setWeeks] = useState(String(draft?.weeks ?? 8));
  const [errors, setErrors] = useState<FormErrors>({});
  const [check, setCheck] = useState<BookingResult | null>(null);
  const [result, setResult] = useState<BookingResult | null>(null);
  const isRequest = room.access === 'request';
  const reportHeading = useRef<HTMLHeadingElement>(null);
  // The report replaces nothing the user was on: focus goes to it so that screen readers hear the outcome.
  useEffect(() => {
    if (check) reportHeading.current?.focus();
  }, [check]);

  if (room.access === 'none') return <Text>{t('rooms.booking.cannotBook')}</Text>;

  const validate = (): BookingCreate | null => {
    const next: FormErrors = {};
    if (title.trim() === '') next.title = t('rooms.booking.titleRequired');
    if (!date) next.date = t('rooms.booking.dateRequired');
    if (!from || !to) next.time = t('rooms.booking.timeRequired');
    else if (to <= from) next.time = t('rooms.booking.endBeforeStart');
    const count = Number(weeks);
    if (repeat && (!Number.isInteger(count) || count < 1 || count > 200))
      next.weeks = t('rooms.booking.weeksInvalid');
    setErrors(next);
    const startsAt = toInstant(date, from);
    const endsAt = toInstant(date, to);
    if (Object.keys(next).length > 0 || !startsAt || !endsAt) return null;
    return {
      title: title.trim(),
      startsAt,
      endsAt,
      ...(isRequest && note.trim() ? { note: note.trim() } : {}),
      ...(repeat && count > 1 ? { rrule: `FREQ=WEEKLY;COUNT=${count}` } : {}),
      skipConflicts: false,
      dryRun: false,
    };
  };

  const book = (body: BookingCreate) =>
    create.mutate(body, {
      onSuccess: (answer) => {
        setCheck(null);
        setResult(answer);
      },
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    setCheck(null);
    const body = validate();
    if (!body) return;
    if (!body.rrule) {
      book(body);
      return;
    }
    // A series is checked first, so that nobody books half a course without seeing which dates are missing.
    create.mutate(
      { ...body, dryRun: true },
      {
        onSuccess: (answer) => {
          if (answer.report.every((item) => item.outcome === 'bookable')) book(body);
          else setCheck(answer);
        },
      },
    );
  };

  const bookFree = () => {
    const body = validate();
    if (body) book({ ...body, skipConflicts: true });
  };

  const serverErrors = fieldErrorsOf(create.error, ['title', 'startsAt', 'endsAt', 'rrule', 'note']);
  const free = check?.report.filter((item) => item.outcome === 'bookable').length ?? 0;
  const conflict = create.error instanceof ApiError && create.error.status === 409;

  return (
    <Stack gap="md">
      <form noValidate onSubmit={submit} aria-describedby={isRequest ? `${id}-notice` : undefined}>
        <Stack gap="sm" maw={560}>
          {isRequest && (
            <Text size="sm" id={`${id}-notice`}>
              {t('rooms.booking.requestNotice', { owner: room.organization.name })}
            </Text>
          )}
          <TextInput
            label={t('rooms.booking.title')}
            description={t('rooms.booking.titleHint')}
            required
            maxLength={200}
            value={title}
            error={errors.title ?? serverErrors.title}
            onChange={(event) => setTitle(event.currentTarget.value)}
          />
          <Group gap="sm" align="flex-start" wrap="wrap">
            <TextInput
              type="date"
              label={t('rooms.booking.date')}
              required
              value={date}
              error={errors.date ?? serverErrors.startsAt}
              onChange={(event) => setDate(event.currentTarget.value)}
              w={180}
            />
            <TextInput
              type="time"
              label={t('rooms.booking.from')}
              required
              value={from}
              error={errors.time}
              onChange={(event) => setFrom(event.currentTarget.value)}
              w={130}
            />
            <TextInput
              type="time"
              label={t('rooms.booking.to')}
              required
              value={to}
              error={errors.time ? true : serverErrors.endsAt}
              onChange={(event) => setTo(event.currentTarget.value)}
              w={130}
            />
          </Group>
          <Checkbox
            label={t('rooms.booking.repeat')}
            checked={repeat}
            onChange={(event) => setRepeat(event.currentTarget.checked)}
          />
          {repeat && (
            <TextInput
              type="number"
              min={1}
              max={200}
              label={t('rooms.booking.weeks')}
              description={t('rooms.booking.weeksHint')}
              value={weeks}
              error={errors.weeks ?? serverErrors.rrule}
              onChange={(event) => setWeeks(event.currentTarget.value)}
              w={220}
            />
          )}
          {isRequest && (
            <Textarea
              label={t('rooms.booking.note', { owner: room.organization.name })}
              autosize
              minRows={2}
              maxLength={2000}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
            />
          )}
          {!conflict && <ProblemAlert error={create.error} shownPaths={Object.keys(serverErrors)} />}
          {conflict && <ProblemAlert error={create.error} />}
          <div>
            <Button type="submit" loading={create.isPending && !check}>
              {isRequest ? t('rooms.booking.submitRequest') : t('rooms.booking.submitBook')}
            </Button>
          </div>
        </Stack>
      </form>
      {check && (
        <section aria-labelledby={`${id}-report`} className="booking-report">
          <Stack gap="xs">
            <Title order={3} size="h4" id={`${id}-report`} tabIndex={-1} ref={reportHeading}>
              {t('rooms.booking.reportHeading')}
            </Title>
            <Text size="sm">
              {t('rooms.booking.reportIntro', { count: free, total: check.report.length })}
            </Text>
            <Text size="sm">{t('rooms.booking.conflictsFound')}</Text>
            <OccurrenceList items={check.report} label={t('rooms.booking.reportHeading')} />
            {free > 0 && (
              <div>
                <Button onClick={bookFree} loading={create.isPending}>
                  {isRequest ? t('rooms.booking.skipConflictsRequest') : t('rooms.booking.skipConflicts')}
                </Button>
              </div>
            )}
          </Stack>
        </section>
      )}
      {result && <BookingOutcome result={result} isRequest={isRequest} />}
    </Stack>
  );
}
