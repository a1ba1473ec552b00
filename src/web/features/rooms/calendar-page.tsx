import './rooms.css';
import { Badge, Button, Group, Paper, Radio, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { Loading, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { useMe } from '../session/queries';
import { BookingForm } from './booking-form';
import { type CalendarEntry, CalendarGrid, type CalendarView, rangeOf } from './calendar-grid';
import { formatDate, formatDayLong, formatMonth, formatTime, inZone, today, zone } from './format';
import { useBooking, useCancelBooking, useOrganizationBookings, useRoom, useRoomBookings } from './queries';
import type { CalendarSearch } from './search-params';
import { OrganizationSelect, organizationsOf, RoomsSections } from './sections';
import type { Booking, CancelScope } from './types';

const roomRoute = getRouteApi('/raeume/$roomId/kalender');
const organizationRoute = getRouteApi('/raeume/kalender');

/** Outsiders see only "belegt": the server sends no title or booker for those slots (visibility "busy"). */
function toEntry(t: TFunction, booking: Booking, withRoom: boolean): CalendarEntry {
  const isBusyOnly = booking.visibility === 'busy';
  return {
    id: booking.id,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    label: isBusyOnly ? t('rooms.busy') : (booking.title ?? t('rooms.busy')),
    status: booking.status,
    isBusyOnly,
    roomName: withRoom ? booking.room.name : undefined,
    organizationName: isBusyOnly ? null : (booking.bookerOrganization?.name ?? null),
    canCancel: booking.permissions.cancel,
    version: booking.version,
    seriesId: booking.seriesId,
  };
}

function CancelControl({
  entry,
  onCancelled,
}: {
  entry: CalendarEntry;
  onCancelled: (count: number) => void;
}) {
  const { t } = useTranslation();
  const cancel = useCancelBooking();
  const [asking, setAsking] = useState(false);
  const [scope, setScope] = useState<CancelScope>('occurrence');
  // The series' figures are read when the dialog opens: the later dates may lie outside the period shown.
  const details = useBooking(entry.id, asking && Boolean(entry.seriesId));
  const following = details.data?.series?.openFromHere ?? 0;
  const date = formatDate(inZone(entry.startsAt).toISODate() ?? '');
  const time = t('rooms.calendar.time', { from: formatTime(entry.startsAt), to: formatTime(entry.endsAt) });
  if (!asking)
    return (
      <Button
        variant="default"
        size="compact-sm"
        aria-label={t('rooms.calendar.cancelLabel', { date: `${date}, ${time}` })}
        onClick={() => setAsking(true)}
      >
        {t('rooms.calendar.cancel')}
      </Button>
    );
  const hasFollowing = following > 1;
  return (
    <Stack gap={6}>
      <Text size="sm" role="alert">
        {t('rooms.calendar.confirmCancel', { date, time })}
      </Text>
      {entry.seriesId && details.isPending && <Loading />}
      {hasFollowing && (
        <Radio.Group
          label={t('rooms.calendar.cancelScope')}
          value={scope}
          onChange={(value) => setScope(value === 'following' ? 'following' : 'occurrence')}
          size="sm"
        >
          <Stack gap={4} mt={4}>
            <Radio value="occurrence" label={t('rooms.calendar.cancelOne')} />
            <Radio
              value="following"
              label={t('rooms.calendar.cancelFollowing', { count: following })}
              description={t('rooms.calendar.cancelFollowingHint')}
            />
          </Stack>
        </Radio.Group>
      )}
      <Group gap="xs">
        <Button
          color="red.8"
          size="compact-sm"
          loading={cancel.isPending}
          onClick={() =>
            cancel.mutate(
              { id: entry.id, version: entry.version, scope: hasFollowing ? scope : 'occurrence' },
              { onSuccess: (result) => onCancelled(result.items.length) },
            )
          }
        >
          {hasFollowing ? t('rooms.calendar.cancelConfirm') : t('rooms.calendar.cancel')}
        </Button>
        <Button variant="default" size="compact-sm" onClick={() => setAsking(false)}>
          {t('common.cancel')}
        </Button>
      </Group>
      <ProblemAlert error={cancel.error} />
    </Stack>
  );
}

/** The primary, accessible view: the period's dates grouped by day, with every detail the user may see. */
function EntryList({
  entries,
  onCancelled,
}: {
  entries: readonly CalendarEntry[];
  onCancelled: (count: number) => void;
}) {
  const { t } = useTranslation();
  if (entries.length === 0) return <Text>{t('rooms.calendar.empty')}</Text>;
  const days = [...new Set(entries.map((entry) => inZone(entry.startsAt).toISODate() ?? ''))];
  return (
    <Stack gap="md">
      {days.map((day) => {
        const headingId = `day-${day}`;
        return (
          <section key={day} aria-labelledby={headingId}>
            <Title order={3} size="h5" id={headingId} mb={4}>
              {formatDayLong(`${day}T12:00:00`)}
            </Title>
            <ul className="report-list" aria-labelledby={headingId}>
              {entries
                .filter((entry) => inZone(entry.startsAt).toISODate() === day)
                .map((entry) => (
                  <li key={entry.id}>
                    <Stack gap={2}>
                      <Group gap="xs" wrap="wrap">
                        <Text span fw={600} size="sm">
                          {t('rooms.calendar.time', {
                            from: formatTime(entry.startsAt),
                            to: formatTime(entry.endsAt),
                          })}
                        </Text>
                        <Text span size="sm">
                          {entry.label}
                        </Text>
                        <Badge
                          variant="outline"
                          tt="none"
                          color={entry.status === 'confirmed' ? 'teal.9' : 'violet.9'}
                        >
                          {t(`rooms.status.${entry.status}`)}
                        </Badge>
                      </Group>
                      {(entry.roomName || entry.organizationName) && (
                        <Text size="sm" c="dimmed">
                          {[
                            entry.roomName,
                            entry.organizationName
                              ? t('rooms.calendar.bookedBy', { organization: entry.organizationName })
                              : null,
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </Text>
                      )}
                      {entry.canCancel && <CancelControl entry={entry} onCancelled={onCancelled} />}
                    </Stack>
                  </li>
                ))}
            </ul>
          </section>
        );
      })}
    </Stack>
  );
}

function PeriodControls({
  view,
  anchor,
  onChange,
}: {
  view: CalendarView;
  anchor: string;
  onChange: (next: { view: CalendarView; date: string }) => void;
}) {
  const { t } = useTranslation();
  const day = DateTime.fromISO(anchor, { zone });
  const step = view === 'week' ? { weeks: 1 } : { months: 1 };
  const { from, to } = rangeOf(view, anchor);
  const title =
    view === 'week'
      ? t('rooms.calendar.weekOf', {
          from: formatDate(from.toISODate() ?? ''),
          to: formatDate(to.minus({ days: 1 }).toISODate() ?? ''),
        })
      : formatMonth(anchor);
  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="wrap" justify="space-between">
        <SegmentedControl
          aria-label={t('rooms.calendar.view')}
          value={view}
          onChange={(value) => onChange({ view: value === 'month' ? 'month' : 'week', date: anchor })}
          data={[
            { value: 'week', label: t('rooms.calendar.week') },
            { value: 'month', label: t('rooms.calendar.month') },
          ]}
        />
        <Group gap="xs" wrap="wrap">
          <Button
            variant="default"
            onClick={() => onChange({ view, date: day.minus(step).toISODate() ?? anchor })}
          >
            {view === 'week' ? t('rooms.calendar.previousWeek') : t('rooms.calendar.previousMonth')}
          </Button>
          <Button variant="default" onClick={() => onChange({ view, date: today() })}>
            {t('rooms.calendar.today')}
          </Button>
          <Button
            variant="default"
            onClick={() => onChange({ view, date: day.plus(step).toISODate() ?? anchor })}
          >
            {view === 'week' ? t('rooms.calendar.nextWeek') : t('rooms.calendar.nextMonth')}
          </Button>
        </Group>
      </Group>
      <Title order={2} size="h3" aria-live="polite">
        {title}
      </Title>
    </Stack>
  );
}

interface CalendarBodyProps {
  view: CalendarView;
  anchor: string;
  bookings: {
    data?: Booking[];
    isPending: boolean;
    isError: boolean;
    error: unknown;
    refetch: () => unknown;
  };
  withRoom: boolean;
  onChange: (next: { view: CalendarView; date: string }) => void;
}

function CalendarBody({ view, anchor, bookings, withRoom, onChange }: CalendarBodyProps) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const entries = (bookings.data ?? [])
    .filter((booking) => booking.status === 'confirmed' || booking.status === 'requested')
    .map((booking) => toEntry(t, booking, withRoom))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <Stack gap="md">
      <PeriodControls view={view} anchor={anchor} onChange={onChange} />
      <StatusMessage>{message}</StatusMessage>
      {bookings.isError && <ProblemAlert error={bookings.error} onRetry={() => void bookings.refetch()} />}
      <div className="calendar-layout">
        <div>
          <CalendarGrid entries={entries} view={view} anchor={anchor} />
        </div>
        <section aria-labelledby="entries-heading">
          <Title order={2} size="h4" id="entries-heading" mb="xs">
            {t('rooms.calendar.listHeading')}
          </Title>
          {bookings.isPending ? (
            <Loading />
          ) : (
            <EntryList
              entries={entries}
              onCancelled={(count) =>
                setMessage(
                  count > 1 ? t('rooms.calendar.cancelledMany', { count }) : t('rooms.calendar.cancelled'),
                )
              }
            />
          )}
        </section>
      </div>
    </Stack>
  );
}

const isoRange = (view: CalendarView, anchor: string) => {
  const { from, to } = rangeOf(view, anchor);
  return { from: from.toUTC().toISO() ?? '', to: to.toUTC().toISO() ?? '' };
};

export function RoomCalendarPage() {
  const { t } = useTranslation();
  const { roomId } = roomRoute.useParams();
  const search: CalendarSearch = roomRoute.useSearch();
  const navigate = roomRoute.useNavigate();
  const view = search.view ?? 'week';
  const anchor = search.date ?? today();
  const room = useRoom(roomId);
  const { from, to } = isoRange(view, anchor);
  const bookings = useRoomBookings(roomId, from, to);
  const name = room.data?.name ?? '';
  const title = room.data ? t('rooms.calendar.roomTitle', { name }) : t('rooms.calendar.title');
  return (
    <Page
      title={title}
      eyebrow={
        <AnchorLink to="/raeume/$roomId" params={{ roomId }} size="sm">
          {room.data ? `${t('rooms.calendar.toRoom')}: ${name}` : t('rooms.calendar.toRoom')}
        </AnchorLink>
      }
    >
      {room.isError && <ProblemAlert error={room.error} />}
      <CalendarBody
        view={view}
        anchor={anchor}
        bookings={bookings}
        withRoom={false}
        onChange={(next) => void navigate({ search: { ...search, ...next }, replace: true })}
      />
      {room.data && (room.data.permissions.book || room.data.permissions.request) && (
        <Paper
          withBorder
          p={{ base: 'md', sm: 'lg' }}
          component="section"
          aria-labelledby="new-booking-heading"
        >
          <Stack gap="sm">
            <Title order={2} size="h3" id="new-booking-heading">
              {t('rooms.calendar.newBooking')}
            </Title>
            <BookingForm room={room.data} />
          </Stack>
        </Paper>
      )}
    </Page>
  );
}

export function OrganizationCalendarPage() {
  const { t } = useTranslation();
  const search: CalendarSearch = organizationRoute.useSearch();
  const navigate = organizationRoute.useNavigate();
  const { data: me } = useMe();
  const organizations = organizationsOf(me);
  const organization = organizations.find((o) => o.id === search.org) ?? organizations[0];
  const view = search.view ?? 'week';
  const anchor = search.date ?? today();
  const { from, to } = isoRange(view, anchor);
  const bookings = useOrganizationBookings(organization?.id, from, to);
  return (
    <Page
      title={t('rooms.calendar.title')}
      documentTitle={
        organization ? t('rooms.calendar.organizationTitle', { organization: organization.name }) : undefined
      }
    >
      <RoomsSections />
      {organization ? (
        <>
          <OrganizationSelect
            organizations={organizations}
            value={organization.id}
            onChange={(id) => void navigate({ search: { ...search, org: id } })}
          />
          <Text>{t('rooms.calendar.organizationTitle', { organization: organization.name })}</Text>
          <CalendarBody
            view={view}
            anchor={anchor}
            bookings={bookings}
            withRoom
            onChange={(next) => void navigate({ search: { ...search, ...next }, replace: true })}
          />
        </>
      ) : (
        <Text>{t('rooms.list.noMemberships')}</Text>
      )}
    </Page>
  );
}
