import './rooms.css';
import { Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { formatDate } from '../../i18n';
import { formatDay, formatTime } from './format';
import { useDecide, useRequests } from './queries';
import { RoomsSections } from './sections';
import type { Booking, BookingStatus } from './types';

/** The dates of one request: a series arrives as one row per date and is decided as a whole. */
interface RequestGroup {
  key: string;
  first: Booking;
  bookings: Booking[];
}

function groupRequests(bookings: readonly Booking[]): RequestGroup[] {
  const groups = new Map<string, RequestGroup>();
  for (const booking of bookings) {
    const key = booking.seriesId ?? booking.id;
    const group = groups.get(key);
    if (group) group.bookings.push(booking);
    else groups.set(key, { key, first: booking, bookings: [booking] });
  }
  for (const group of groups.values()) {
    group.bookings.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    group.first = group.bookings[0] ?? group.first;
  }
  return [...groups.values()];
}

const statusColor: Record<BookingStatus, string> = {
  requested: 'violet.9',
  confirmed: 'teal.9',
  declined: 'red.9',
  cancelled: 'gray.8',
};

function StatusBadge({ status }: { status: BookingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={statusColor[status]} tt="none">
      {t(`rooms.status.${status}`)}
    </Badge>
  );
}

function DateList({ bookings, withStatus }: { bookings: readonly Booking[]; withStatus: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="report-list">
      {bookings.map((booking) => (
        <li key={booking.id}>
          <Group gap="xs" wrap="wrap">
            <Text span size="sm">
              {formatDay(booking.startsAt)},{' '}
              {t('rooms.calendar.time', {
                from: formatTime(booking.startsAt),
                to: formatTime(booking.endsAt),
              })}
            </Text>
            {withStatus && <StatusBadge status={booking.status} />}
          </Group>
          {booking.decisionReason && booking.status === 'declined' && (
            <Text size="sm">{t('rooms.inbox.declineReason', { reason: booking.decisionReason })}</Text>
          )}
        </li>
      ))}
    </ul>
  );
}

function RequestHeader({ group, incoming }: { group: RequestGroup; incoming: boolean }) {
  const { t } = useTranslation();
  const { first } = group;
  return (
    <Stack gap={2}>
      <Text fw={600}>{first.title ?? t('rooms.busy')}</Text>
      <Text size="sm">
        <AnchorLink to="/raeume/$roomId" params={{ roomId: first.room.id }}>
          {first.room.name}
        </AnchorLink>
        {incoming && first.bookerOrganization
          ? ` · ${t('rooms.inbox.requestedBy', { organization: first.bookerOrganization.name })}`
          : ''}
      </Text>
      <Text size="sm" c="dimmed">
        {t('rooms.inbox.requestedAt', { date: formatDate(first.createdAt) })}
      </Text>
      {first.note && <Text size="sm">„{first.note}“</Text>}
    </Stack>
  );
}

function DecisionControls({
  group,
  onDecided,
}: {
  group: RequestGroup;
  onDecided: (message: string) => void;
}) {
  const { t } = useTranslation();
  const decide = useDecide();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  // The decline button is replaced by the reason field: focus follows.
  useEffect(() => {
    if (declining) reasonField.current?.focus();
  }, [declining]);
  const { first } = group;
  const series = group.bookings.length > 1;
  const organization = first.bookerOrganization?.name ?? '';
  const date = series
    ? `${formatDay(first.startsAt)} (${t('rooms.inbox.dates', { count: group.bookings.length })})`
    : formatDay(first.startsAt);
  const send = (approve: boolean) =>
    decide.mutate(
      {
        id: first.id,
        decision: { version: first.version, approve, series, ...(approve ? {} : { reason: reason.trim() }) },
      },
      { onSuccess: () => onDecided(approve ? t('rooms.inbox.approved') : t('rooms.inbox.declined')) },
    );
  const submitDecline = (event: FormEvent) => {
    event.preventDefault();
    setMissing(reason.trim() === '');
    if (reason.trim() !== '') send(false);
  };
  return (
    <Stack gap="xs">
      <ProblemAlert error={decide.error} />
      {!declining ? (
        <Group gap="xs">
          <Button
            onClick={() => send(true)}
            loading={decide.isPending}
            aria-label={t('rooms.inbox.approveLabel', { organization, date })}
          >
            {t('rooms.inbox.approve')}
          </Button>
          <Button
            variant="default"
            onClick={() => setDeclining(true)}
            aria-label={t('rooms.inbox.declineLabel', { organization, date })}
          >
            {t('rooms.inbox.decline')}
          </Button>
        </Group>
      ) : (
        <form noValidate onSubmit={submitDecline}>
          <Stack gap="xs" maw={520}>
            <Textarea
              label={t('rooms.inbox.reason')}
              description={t('rooms.inbox.reasonHint')}
              required
              autosize
              minRows={2}
              maxLength={1000}
              value={reason}
              error={missing ? t('rooms.inbox.reasonRequired') : undefined}
              onChange={(event) => setReason(event.currentTarget.value)}
              ref={reasonField}
            />
            <Group gap="xs">
              <Button type="submit" color="red.8" loading={decide.isPending}>
                {t('rooms.inbox.sendDecline')}
              </Button>
              <Button variant="default" onClick={() => setDeclining(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

function RequestList({ box }: { box: 'incoming' | 'outgoing' }) {
  const { t } = useTranslation();
  const incoming = box === 'incoming';
  const requests = useRequests(box, incoming ? ['requested'] : undefined);
  const [message, setMessage] = useState('');
  const headingId = `${box}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {incoming ? t('rooms.inbox.incomingHeading') : t('rooms.inbox.mineHeading')}
        </Title>
        <StatusMessage>{message}</StatusMessage>
        <QueryView query={requests}>
          {(data) => {
            const groups = groupRequests(data.pages.flatMap((page) => page.items));
            return groups.length === 0 ? (
              <Text>{incoming ? t('rooms.inbox.incomingEmpty') : t('rooms.inbox.mineEmpty')}</Text>
            ) : (
              <Stack component="ul" gap="sm" className="rooms-list" aria-labelledby={headingId}>
                {groups.map((group) => (
                  <Paper component="li" key={group.key} withBorder p="sm" radius="sm">
                    <Stack gap="xs">
                      <RequestHeader group={group} incoming={incoming} />
                      <DateList bookings={group.bookings} withStatus={!incoming} />
                      {incoming && group.first.permissions.decide && (
                        <DecisionControls group={group} onDecided={setMessage} />
                      )}
                    </Stack>
                  </Paper>
                ))}
              </Stack>
            );
          }}
        </QueryView>
        {requests.hasNextPage && (
          <div>
            <Button
              variant="default"
              loading={requests.isFetchingNextPage}
              onClick={() => void requests.fetchNextPage()}
            >
              {t('rooms.inbox.loadMore')}
            </Button>
          </div>
        )}
      </Stack>
    </section>
  );
}

export function RequestsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('rooms.inbox.title')}>
      <RoomsSections />
      <RequestList box="incoming" />
      <RequestList box="outgoing" />
    </Page>
  );
}
