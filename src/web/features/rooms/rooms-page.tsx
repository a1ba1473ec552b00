import './rooms.css';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatAddress } from '../../components/contact-links';
import { AnchorLink, ButtonLink } from '../../components/link';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useMe } from '../session/queries';
import { useOwnRooms, useRoomsPermissions } from './queries';
import { feeLabel } from './room-facts';
import { type OrganizationChoice, OrganizationSelect, organizationsOf, RoomsSections } from './sections';
import type { RoomListItem } from './types';

const route = getRouteApi('/raeume');

function RoomEntry({ room }: { room: RoomListItem }) {
  const { t } = useTranslation();
  const address = [room.building, formatAddress(room, ', ')].filter(Boolean).join(' · ');
  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <AnchorLink
            to="/raeume/$roomId"
            params={{ roomId: room.id }}
            fw={600}
            style={{ overflowWrap: 'anywhere', flex: '1 1 12rem' }}
          >
            {room.name}
          </AnchorLink>
          <Text size="sm">{t('rooms.list.capacity', { count: room.capacity })}</Text>
        </Group>
        {address && <Text size="sm">{address}</Text>}
        <Text size="sm">{feeLabel(t, room)}</Text>
        {room.equipment.length > 0 && (
          <Group gap={6}>
            {room.equipment.map((key) => (
              <Badge key={key} variant="light" tt="none">
                {t(`rooms.equipment.${key}`)}
              </Badge>
            ))}
          </Group>
        )}
        <Group gap="md">
          <AnchorLink to="/raeume/$roomId/kalender" params={{ roomId: room.id }} size="sm">
            {t('rooms.detail.calendar')}
            <span className="visually-hidden">: {room.name}</span>
          </AnchorLink>
        </Group>
      </Stack>
    </Paper>
  );
}

function OrganizationRooms({
  organization,
  canCreate,
}: {
  organization: OrganizationChoice;
  canCreate: boolean;
}) {
  const { t } = useTranslation();
  const rooms = useOwnRooms(organization.id);
  return (
    <section aria-labelledby="rooms-heading">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h3" id="rooms-heading">
            {t('rooms.list.heading', { organization: organization.name })}
          </Title>
          {canCreate && (
            <ButtonLink to="/raeume/neu" search={{ org: organization.id }}>
              {t('rooms.list.create')}
            </ButtonLink>
          )}
        </Group>
        <QueryView query={rooms}>
          {(data) =>
            data.length === 0 ? (
              <Text>{t('rooms.list.empty', { organization: organization.name })}</Text>
            ) : (
              <Stack component="ul" gap="xs" className="rooms-list" aria-labelledby="rooms-heading">
                {data.map((room) => (
                  <RoomEntry key={room.id} room={room} />
                ))}
              </Stack>
            )
          }
        </QueryView>
      </Stack>
    </section>
  );
}

export function RoomsPage() {
  const { t } = useTranslation();
  const { org } = route.useSearch();
  const navigate = route.useNavigate();
  const { data: me } = useMe();
  const organizations = organizationsOf(me);
  const organization = organizations.find((o) => o.id === org) ?? organizations[0];
  // What the user may do comes from the server's permissions, not from roles read here.
  const permissions = useRoomsPermissions().data;
  const plannedMunicipality = permissions?.utilisationOfMunicipalities[0];
  return (
    <Page title={t('rooms.list.title')}>
      <RoomsSections />
      <Text>{t('rooms.list.intro')}</Text>
      {plannedMunicipality && (
        <Paper withBorder p="md" component="aside" aria-labelledby="planner-utilisation">
          <Stack gap={4}>
            <Text id="planner-utilisation">{t('rooms.list.plannerHint')}</Text>
            <div>
              <AnchorLink to="/raeume/auslastung" search={{ municipality: plannedMunicipality }} fw={600}>
                {t('rooms.list.plannerLink')}
              </AnchorLink>
            </div>
          </Stack>
        </Paper>
      )}
      {organization ? (
        <>
          <OrganizationSelect
            organizations={organizations}
            value={organization.id}
            onChange={(id) => void navigate({ search: { org: id } })}
          />
          <OrganizationRooms
            organization={organization}
            canCreate={permissions?.createRoomIn.includes(organization.id) ?? false}
          />
          <Group gap="lg">
            <AnchorLink to="/raeume/suche">{t('rooms.list.findRoom')}</AnchorLink>
            <AnchorLink to="/raeume/auslastung" search={{ org: organization.id }}>
              {t('rooms.list.utilisationLink')}
            </AnchorLink>
          </Group>
        </>
      ) : (
        <Text>{t('rooms.list.noMemberships')}</Text>
      )}
    </Page>
  );
}
