import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, unwrap, unwrapEmpty } from '../../api/client';
import type {
  AggregateUtilisationQuery,
  AvailabilityQuery,
  BookingCreate,
  CancelScope,
  Decision,
  RoomCreate,
  RoomPatch,
} from './types';

export const roomKeys = {
  all: ['rooms'] as const,
  list: (organizationId: string) => ['rooms', 'list', organizationId] as const,
  permissions: ['rooms', 'permissions'] as const,
  room: (id: string) => ['rooms', 'room', id] as const,
  grants: (id: string) => ['rooms', 'room', id, 'grants'] as const,
  closures: (id: string) => ['rooms', 'room', id, 'closures'] as const,
  utilisation: (id: string, month: string) => ['rooms', 'room', id, 'utilisation', month] as const,
  aggregateUtilisation: (query: AggregateUtilisationQuery) => ['rooms', 'utilisation', query] as const,
  booking: (id: string) => ['bookings', 'one', id] as const,
  bookings: ['bookings'] as const,
  roomBookings: (id: string, from: string, to: string) => ['bookings', 'room', id, from, to] as const,
  organizationBookings: (id: string, from: string, to: string) =>
    ['bookings', 'organization', id, from, to] as const,
  requests: (box: 'incoming' | 'outgoing') => ['bookings', 'requests', box] as const,
  availability: (query: AvailabilityQuery) => ['rooms', 'availability', query] as const,
};

export function useOwnRooms(organizationId: string | undefined) {
  return useQuery({
    queryKey: roomKeys.list(organizationId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/rooms', {
          params: { query: { scope: 'own', organizationId: organizationId ?? '', limit: 100 } },
        }),
      ),
    enabled: Boolean(organizationId),
    select: (page) => page.items,
  });
}

/** Where the caller may add rooms and whose utilisation it sees: the rooms pages show their actions from it. */
export function useRoomsPermissions() {
  return useQuery({
    queryKey: roomKeys.permissions,
    queryFn: () => unwrap(api.GET('/api/v1/rooms/permissions')),
  });
}

export function useRoom(id: string) {
  return useQuery({
    queryKey: roomKeys.room(id),
    queryFn: () => unwrap(api.GET('/api/v1/rooms/{id}', { params: { path: { id } } })),
  });
}

export function useCreateRoom() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RoomCreate) => unwrap(api.POST('/api/v1/rooms', { body })),
    onSuccess: (room) => {
      queryClient.setQueryData(roomKeys.room(room.id), room);
      void queryClient.invalidateQueries({ queryKey: roomKeys.all });
    },
  });
}

export function useUpdateRoom(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RoomPatch) =>
      unwrap(api.PATCH('/api/v1/rooms/{id}', { params: { path: { id } }, body })),
    onSuccess: (room) => {
      queryClient.setQueryData(roomKeys.room(id), room);
      void queryClient.invalidateQueries({ queryKey: roomKeys.all });
    },
  });
}

export function useGrants(roomId: string, enabled: boolean) {
  return useQuery({
    queryKey: roomKeys.grants(roomId),
    queryFn: () => unwrap(api.GET('/api/v1/rooms/{id}/grants', { params: { path: { id: roomId } } })),
    enabled,
    select: (list) => list.items,
  });
}

export function useAddGrant(roomId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organizationId: string) =>
      unwrap(
        api.POST('/api/v1/rooms/{id}/grants', { params: { path: { id: roomId } }, body: { organizationId } }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: roomKeys.grants(roomId) }),
  });
}

export function useRemoveGrant(roomId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (grantId: string) =>
      unwrapEmpty(
        api.DELETE('/api/v1/rooms/{id}/grants/{grantId}', { params: { path: { id: roomId, grantId } } }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: roomKeys.grants(roomId) }),
  });
}

export function useClosures(roomId: string) {
  return useQuery({
    queryKey: roomKeys.closures(roomId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/rooms/{id}/closures', { params: { path: { id: roomId }, query: {} } })),
    select: (list) => list.items,
  });
}

function useClosureMutation<T, R>(roomId: string, mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: roomKeys.closures(roomId) });
      void queryClient.invalidateQueries({ queryKey: roomKeys.bookings });
    },
  });
}

export const useAddClosure = (roomId: string) =>
  useClosureMutation(roomId, (body: { startsAt: string; endsAt: string; reason: string | null }) =>
    unwrap(api.POST('/api/v1/rooms/{id}/closures', { params: { path: { id: roomId } }, body })),
  );

export const useRemoveClosure = (roomId: string) =>
  useClosureMutation(roomId, (closureId: string) =>
    unwrapEmpty(
      api.DELETE('/api/v1/rooms/{id}/closures/{closureId}', { params: { path: { id: roomId, closureId } } }),
    ),
  );

export const useImportClosures = (roomId: string) =>
  useClosureMutation(roomId, (ics: string) =>
    unwrap(
      api.POST('/api/v1/rooms/{id}/closures/import', { params: { path: { id: roomId } }, body: { ics } }),
    ),
  );

export function useRoomUtilisation(roomId: string, month: string, enabled: boolean) {
  return useQuery({
    queryKey: roomKeys.utilisation(roomId, month),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/rooms/{id}/utilisation', { params: { path: { id: roomId }, query: { month } } }),
      ),
    enabled,
  });
}

/** All pages of a range (a month has far fewer than 100 bookings per room; the loop guards the rest). */
async function allPages<T>(
  load: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor?: string | null }>,
) {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 20; page++) {
    const result = await load(cursor);
    items.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return items;
}

export function useRoomBookings(roomId: string, from: string, to: string) {
  return useQuery({
    queryKey: roomKeys.roomBookings(roomId, from, to),
    queryFn: () =>
      allPages((cursor) =>
        unwrap(
          api.GET('/api/v1/rooms/{id}/bookings', {
            params: {
              path: { id: roomId },
              query: {
                from,
                to,
                limit: 100,
                status: ['requested', 'confirmed'],
                ...(cursor ? { cursor } : {}),
              },
            },
          }),
        ),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useOrganizationBookings(organizationId: string | undefined, from: string, to: string) {
  return useQuery({
    queryKey: roomKeys.organizationBookings(organizationId ?? '', from, to),
    queryFn: () =>
      allPages((cursor) =>
        unwrap(
          api.GET('/api/v1/bookings', {
            params: {
              query: {
                organizationId: organizationId ?? '',
                from,
                to,
                limit: 100,
                status: ['requested', 'confirmed'],
                ...(cursor ? { cursor } : {}),
              },
            },
          }),
        ),
      ),
    enabled: Boolean(organizationId),
    placeholderData: keepPreviousData,
  });
}

export function useCreateBooking(roomId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BookingCreate) =>
      unwrap(api.POST('/api/v1/rooms/{id}/bookings', { params: { path: { id: roomId } }, body })),
    onSuccess: (result) => {
      if (result.dryRun) return;
      void queryClient.invalidateQueries({ queryKey: roomKeys.bookings });
      void queryClient.invalidateQueries({ queryKey: ['rooms', 'availability'] });
    },
  });
}

/** Rooms of a municipality (planners) or an organisation (its members) in a month, per organisation and room. */
export function useAggregateUtilisation(query: AggregateUtilisationQuery | undefined) {
  return useQuery({
    queryKey: roomKeys.aggregateUtilisation(query ?? { month: '' }),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/rooms/utilisation', {
          params: { query: query ?? { month: '' } },
        }),
      ),
    enabled: Boolean(query),
    placeholderData: keepPreviousData,
  });
}

/** One booking with the open dates of its series (for the cancel dialog). */
export function useBooking(id: string, enabled: boolean) {
  return useQuery({
    queryKey: roomKeys.booking(id),
    queryFn: () => unwrap(api.GET('/api/v1/bookings/{id}', { params: { path: { id } } })),
    enabled,
  });
}

export function useCancelBooking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      version,
      scope = 'occurrence',
    }: {
      id: string;
      version: number;
      scope?: CancelScope;
    }) =>
      unwrap(api.DELETE('/api/v1/bookings/{id}', { params: { path: { id }, query: { version, scope } } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: roomKeys.bookings });
      void queryClient.invalidateQueries({ queryKey: ['rooms', 'utilisation'] });
      void queryClient.invalidateQueries({ queryKey: ['rooms', 'room'] });
    },
  });
}

export function useDecide() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: Decision }) =>
      unwrap(api.POST('/api/v1/bookings/{id}/decision', { params: { path: { id } }, body: decision })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: roomKeys.bookings }),
  });
}

export function useRequests(box: 'incoming' | 'outgoing', status?: BookingStatusFilter) {
  return useInfiniteQuery({
    queryKey: [...roomKeys.requests(box), status ?? 'all'],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/bookings/requests', {
          params: {
            query: {
              box,
              limit: 50,
              ...(status ? { status } : {}),
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

type BookingStatusFilter = ('requested' | 'confirmed' | 'declined' | 'cancelled')[];

export function useAvailability(query: AvailabilityQuery | undefined) {
  return useQuery({
    queryKey: roomKeys.availability(query ?? ({} as AvailabilityQuery)),
    queryFn: () =>
      unwrap(api.GET('/api/v1/rooms/availability', { params: { query: query as AvailabilityQuery } })),
    enabled: Boolean(query),
    placeholderData: keepPreviousData,
  });
}

/** Organisations by name, for granting standing use (any signed-in user may list organisations). */
export function useOrganizationSearch(q: string) {
  return useQuery({
    queryKey: ['organizations', 'search', q],
    queryFn: () => unwrap(api.GET('/api/v1/organizations', { params: { query: { q, limit: 20 } } })),
    enabled: q.trim().length >= 2,
    select: (page) => page.items,
    placeholderData: keepPreviousData,
  });
}
