import './rooms.css';
import { Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useMe } from '../session/queries';
import { useCreateRoom, useRoom, useRoomsPermissions, useUpdateRoom } from './queries';
import { RoomForm } from './room-form';
import { organizationsOf } from './sections';
import type { Room } from './types';

const newRoute = getRouteApi('/raeume/neu');
const editRoute = getRouteApi('/raeume/$roomId/bearbeiten');

export function NewRoomPage() {
  const { t } = useTranslation();
  const { org } = newRoute.useSearch();
  const navigate = useNavigate();
  const { data: me } = useMe();
  // Rooms are added to an organisation the server says the user may add rooms to.
  const createRoomIn = useRoomsPermissions().data?.createRoomIn ?? [];
  const organization =
    organizationsOf(me).find((o) => o.id === org) ??
    organizationsOf(me).find((o) => createRoomIn.includes(o.id));
  const create = useCreateRoom();
  const back = () => void navigate({ to: '/raeume', search: { org: organization?.id } });
  return (
    <Page
      title={t('rooms.form.createTitle')}
      eyebrow={
        <AnchorLink to="/raeume" search={{ org: organization?.id }} size="sm">
          {t('rooms.detail.back')}
        </AnchorLink>
      }
    >
      {organization ? (
        <>
          <Text fw={600}>{organization.name}</Text>
          <RoomForm
            pending={create.isPending}
            error={create.error}
            submitLabel={t('rooms.form.create')}
            onCancel={back}
            onSubmit={(values) =>
              create.mutate(
                { organizationId: organization.id, ...values },
                {
                  onSuccess: (room) => void navigate({ to: '/raeume/$roomId', params: { roomId: room.id } }),
                },
              )
            }
          />
        </>
      ) : (
        <Text>{t('rooms.list.noMemberships')}</Text>
      )}
    </Page>
  );
}

function EditForm({ room, onReload }: { room: Room; onReload: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateRoom(room.id);
  const toRoom = () => void navigate({ to: '/raeume/$roomId', params: { roomId: room.id } });
  return (
    <RoomForm
      // A reload after a conflict gives a new version: the form starts again from the stored room.
      key={room.version}
      room={room}
      pending={update.isPending}
      error={update.error}
      submitLabel={t('rooms.form.save')}
      onCancel={toRoom}
      onReload={() => {
        update.reset();
        onReload();
      }}
      onSubmit={(values) => update.mutate({ version: room.version, ...values }, { onSuccess: toRoom })}
    />
  );
}

export function EditRoomPage() {
  const { t } = useTranslation();
  const { roomId } = editRoute.useParams();
  const room = useRoom(roomId);
  const eyebrow = (
    <AnchorLink to="/raeume/$roomId" params={{ roomId }} size="sm">
      {room.data?.name ?? t('rooms.detail.eyebrow')}
    </AnchorLink>
  );
  return (
    <Page
      title={room.data ? t('rooms.form.editTitle', { name: room.data.name }) : t('rooms.detail.edit')}
      eyebrow={eyebrow}
    >
      <QueryView query={room}>
        {(data) => <EditForm room={data} onReload={() => void room.refetch()} />}
      </QueryView>
    </Page>
  );
}
