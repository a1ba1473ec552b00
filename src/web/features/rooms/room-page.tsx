import './rooms.css';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '../../components/link';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { BookingForm } from './booking-form';
import { ClosuresSection } from './closures-section';
import { GrantsSection } from './grants-section';
import { useRoom } from './queries';
import { RoomFacts } from './room-facts';
import type { Room } from './types';
import { UtilisationSection } from './utilisation-section';

const route = getRouteApi('/raeume/$roomId');

function accessText(t: TFunction, room: Room) {
  if (room.access === 'owner') return t('rooms.detail.access.owner');
  if (room.access === 'granted') return t('rooms.detail.access.grant');
  if (room.access === 'request') return t('rooms.detail.access.request', { owner: room.organization.name });
  return t('rooms.detail.access.none');
}

function RoomView({ room }: { room: Room }) {
  const { t } = useTranslation();
  const canBook = room.permissions.book || room.permissions.request;
  return (
    <>
      <Group gap="md" wrap="wrap">
        <ButtonLink to="/raeume/$roomId/kalender" params={{ roomId: room.id }} variant="default">
          {t('rooms.detail.calendar')}
        </ButtonLink>
        {room.permissions.update && (
          <ButtonLink to="/raeume/$roomId/bearbeiten" params={{ roomId: room.id }} variant="default">
            {t('rooms.detail.edit')}
          </ButtonLink>
        )}
      </Group>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="facts-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="facts-heading">
            {t('rooms.detail.factsHeading')}
          </Title>
          <RoomFacts room={room} />
          <div>
            <Anchor href={room.feedUrl}>{t('rooms.detail.feed')}</Anchor>
            <Text size="sm" c="dimmed">
              {t('rooms.detail.feedHint')}
            </Text>
          </div>
        </Stack>
      </Paper>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="booking-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="booking-heading">
            {room.access === 'request' ? t('rooms.booking.headingRequest') : t('rooms.booking.heading')}
          </Title>
          <Text size="sm">{accessText(t, room)}</Text>
          {canBook && <BookingForm room={room} />}
        </Stack>
      </Paper>
      <ClosuresSection room={room} />
      <GrantsSection room={room} />
      <UtilisationSection room={room} />
    </>
  );
}

export function RoomPage() {
  const { t } = useTranslation();
  const { roomId } = route.useParams();
  const room = useRoom(roomId);
  const eyebrow = (
    <AnchorLink to="/raeume" size="sm">
      {t('rooms.detail.back')}
    </AnchorLink>
  );
  return (
    <QueryView
      query={room}
      notFound={<Text>{t('rooms.notFound')}</Text>}
      frame={(content) => (
        <Page title={t('rooms.detail.eyebrow')} eyebrow={eyebrow}>
          {content}
        </Page>
      )}
    >
      {(data) => (
        <Page
          title={data.name}
          documentTitle={`${data.name} – ${data.organization.name}`}
          eyebrow={
            <Stack gap={2}>
              {eyebrow}
              <Text size="sm" fw={600} c="dimmed">
                {data.organization.name}
              </Text>
            </Stack>
          }
        >
          <RoomView room={data} />
        </Page>
      )}
    </QueryView>
  );
}
