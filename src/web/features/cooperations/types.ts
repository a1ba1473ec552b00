import type { paths } from '../../api/schema';
import type { ItemOf, JsonOf } from '../../api/types';

export type CooperationList = JsonOf<paths['/api/v1/cooperations']['get']['responses'][200]>;
export type CooperationItem = ItemOf<CooperationList>;
export type Cooperation = JsonOf<paths['/api/v1/cooperations/{id}']['get']['responses'][200]>;
export type CooperationWrite = NonNullable<
  paths['/api/v1/cooperations/{id}']['put']['requestBody']
>['content']['application/json'];
export type TimelineEntry = Cooperation['timeline'][number];
export type SideDecision = NonNullable<CooperationItem['decisions']['centre']>;
export type ModelList = JsonOf<paths['/api/v1/cooperation-models']['get']['responses'][200]>;
export type CooperationModel = ItemOf<ModelList>;
export type ModelWrite = NonNullable<
  paths['/api/v1/cooperation-models']['post']['requestBody']
>['content']['application/json'];
export type CooperationStatus = CooperationItem['status'];

export const cooperationStatuses = [
  'potential',
  'in_contact',
  'active',
  'paused',
  'ended',
] as const satisfies readonly CooperationStatus[];

export interface CooperationFilters {
  organizationId?: string;
  status?: CooperationStatus;
  modelId?: string;
}
