import type { paths } from '../../api/schema';
import type { ItemOf, JsonOf } from '../../api/types';

/** Types of the directory API, derived from the generated schema. */

export type SearchResult = JsonOf<paths['/api/v1/directory/search']['get']['responses'][200]>;
export type SearchItem = ItemOf<SearchResult>;
export type SearchQuery = NonNullable<paths['/api/v1/directory/search']['get']['parameters']['query']>;
export type PartnerKind = ItemOf<JsonOf<paths['/api/v1/directory/kinds']['get']['responses'][200]>>;
export type KindLabel = SearchItem['kinds'][number];
export type PartnerProfile = JsonOf<
  paths['/api/v1/directory/profiles/{organizationId}']['get']['responses'][200]
>;
export type ProfilePatch = JsonOf<
  paths['/api/v1/directory/profiles/{organizationId}']['patch']['requestBody']
>;
export type PublicFields = PartnerProfile['profile']['publicFields'];
export type Network = JsonOf<paths['/api/v1/centres/{centreId}/network']['get']['responses'][200]>;
export type NetworkItem = ItemOf<Network>;
export type Relationship = JsonOf<
  paths['/api/v1/centres/{centreId}/relationships/{partnerId}']['get']['responses'][200]
>;
export type RelationshipWrite = JsonOf<
  paths['/api/v1/centres/{centreId}/relationships/{partnerId}']['put']['requestBody']
>;
export type RelationshipStatus = Relationship['status'];
export type TargetGroup = NonNullable<SearchQuery['targetGroup']>;

export const relationshipStatuses = [
  'potential',
  'in_contact',
  'active',
  'paused',
  'ended',
] as const satisfies readonly RelationshipStatus[];

export const publicFieldGroups = [
  'address',
  'contact',
  'openingHours',
  'contactPersons',
] as const satisfies readonly (keyof PublicFields)[];

export const accessibilityKeys = [
  'step_free',
  'accessible_toilet',
  'hearing_loop',
  'lift',
  'parking_disabled',
  'easy_language',
  'sign_language',
] as const satisfies readonly NonNullable<ProfilePatch['accessibility']>[number][];

export const targetGroupKeys = [
  'expectant_parents',
  'age_0_3',
  'age_3_6',
  'school_children',
  'fathers',
  'single_parents',
  'migrant_families',
  'all_families',
] as const satisfies readonly TargetGroup[];
