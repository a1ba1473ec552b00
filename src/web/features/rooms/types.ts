import type { paths } from '../../api/schema';
import type { ItemOf, JsonOf } from '../../api/types';

/** Types of the rooms API, derived from the generated schema. */

export type Room = JsonOf<paths['/api/v1/rooms/{id}']['get']['responses'][200]>;
export type RoomListItem = ItemOf<JsonOf<paths['/api/v1/rooms']['get']['responses'][200]>>;
export type RoomCreate = JsonOf<paths['/api/v1/rooms']['post']['requestBody']>;
export type RoomPatch = JsonOf<paths['/api/v1/rooms/{id}']['patch']['requestBody']>;
export type RoomListQuery = NonNullable<paths['/api/v1/rooms']['get']['parameters']['query']>;
export type Equipment = Room['equipment'][number];
export type Accessibility = Room['accessibility'][number];
export type FeeModel = Room['feeModel'];
export type BookableWindow = Room['bookableHours'][number];
export type RoomAccess = Room['access'];

export type Grant = ItemOf<JsonOf<paths['/api/v1/rooms/{id}/grants']['get']['responses'][200]>>;
export type Closure = ItemOf<JsonOf<paths['/api/v1/rooms/{id}/closures']['get']['responses'][200]>>;

export type Booking = ItemOf<JsonOf<paths['/api/v1/rooms/{id}/bookings']['get']['responses'][200]>>;
export type BookingDetail = JsonOf<paths['/api/v1/bookings/{id}']['get']['responses'][200]>;
export type BookingStatus = Booking['status'];
export type BookingCreate = JsonOf<paths['/api/v1/rooms/{id}/bookings']['post']['requestBody']>;
export type BookingResult = JsonOf<paths['/api/v1/rooms/{id}/bookings']['post']['responses'][201]>;
export type Occurrence = BookingResult['report'][number];
export type Decision = JsonOf<paths['/api/v1/bookings/{id}/decision']['post']['requestBody']>;

export type AvailabilityQuery = paths['/api/v1/rooms/availability']['get']['parameters']['query'];
export type Availability = JsonOf<paths['/api/v1/rooms/availability']['get']['responses'][200]>;
export type AvailabilityItem = Availability['items'][number];

export type RoomUtilisation = JsonOf<paths['/api/v1/rooms/{id}/utilisation']['get']['responses'][200]>;
export type AggregateUtilisationQuery = paths['/api/v1/rooms/utilisation']['get']['parameters']['query'];
export type AggregateUtilisation = JsonOf<paths['/api/v1/rooms/utilisation']['get']['responses'][200]>;
export type CancelScope = NonNullable<
  NonNullable<paths['/api/v1/bookings/{id}']['delete']['parameters']['query']>['scope']
>;

export const equipmentKeys = [
  'kitchen',
  'tea_kitchen',
  'projector',
  'screen',
  'whiteboard',
  'flipchart',
  'mats',
  'music_system',
  'piano',
  'wifi',
  'buggy_parking',
  'changing_table',
  'children_furniture',
  'toys',
  'garden',
  'sink',
] as const satisfies readonly Equipment[];

export const accessibilityKeys = [
  'step_free',
  'accessible_toilet',
  'hearing_loop',
  'lift',
  'parking_disabled',
  'easy_language',
  'sign_language',
] as const satisfies readonly Accessibility[];

export const feeModels = ['free', 'per_hour', 'course_share'] as const satisfies readonly FeeModel[];
