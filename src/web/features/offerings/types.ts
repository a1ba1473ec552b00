import type { paths } from '../../api/schema';
import type { ItemOf, JsonOf } from '../../api/types';

/** Types of the offerings API, derived from the generated schema. */

export type PublicOfferingList = JsonOf<paths['/api/v1/public/offerings']['get']['responses'][200]>;
export type PublicOfferingSummary = ItemOf<PublicOfferingList>;
export type PublicOfferingQuery = NonNullable<
  paths['/api/v1/public/offerings']['get']['parameters']['query']
>;
export type PublicOffering = JsonOf<paths['/api/v1/public/offerings/{id}']['get']['responses'][200]>;
export type PublicOptions = JsonOf<paths['/api/v1/public/offerings/options']['get']['responses'][200]>;

export type OfferingList = JsonOf<paths['/api/v1/offerings']['get']['responses'][200]>;
export type OfferingSummary = ItemOf<OfferingList>;
export type OfferingListQuery = NonNullable<paths['/api/v1/offerings']['get']['parameters']['query']>;
export type Offering = JsonOf<paths['/api/v1/offerings/{id}']['get']['responses'][200]>;
export type OfferingCreate = JsonOf<paths['/api/v1/offerings']['post']['requestBody']>;
export type OfferingPatch = JsonOf<paths['/api/v1/offerings/{id}']['patch']['requestBody']>;
export type OfferingOptions = JsonOf<paths['/api/v1/offerings/options']['get']['responses'][200]>;
export type Consents = JsonOf<paths['/api/v1/offerings/{id}/consents']['get']['responses'][200]>;
export type Comment = ItemOf<JsonOf<paths['/api/v1/offerings/{id}/comments']['get']['responses'][200]>>;
export type SessionPatch = JsonOf<
  paths['/api/v1/offerings/{id}/sessions/{sessionId}']['patch']['requestBody']
>;
export type EvaluationWrite = JsonOf<paths['/api/v1/offerings/{id}/evaluation']['put']['requestBody']>;

export type OfferingFormat = Offering['format'];
export type OfferingStatus = Offering['status'];
export type Responsibility = Offering['organizers'][number]['responsibilities'][number];
export type RegistrationMode = Offering['registration']['mode'];
export type OfferingSession = Offering['sessions'][number];

export const offeringFormats = [
  'open_cafe',
  'consultation_hour',
  'course_series',
  'single_event',
  'group',
  'information_evening',
] as const satisfies readonly OfferingFormat[];

export const offeringStatuses = [
  'idea',
  'proposed',
  'agreed',
  'published',
  'running',
  'evaluated',
  'ended',
  'cancelled',
] as const satisfies readonly OfferingStatus[];

export const responsibilityKeys = [
  'lead',
  'content',
  'staff',
  'room',
  'registration',
  'publicity',
  'insurance',
  'costs',
  'evaluation',
] as const satisfies readonly Responsibility[];

export const registrationModes = [
  'none',
  'phone_email',
  'online',
] as const satisfies readonly RegistrationMode[];

export const targetGroupKeys = [
  'expectant_parents',
  'age_0_3',
  'age_3_6',
  'school_children',
  'fathers',
  'single_parents',
  'migrant_families',
  'all_families',
] as const;
export type TargetGroup = (typeof targetGroupKeys)[number];

export const accessibilityKeys = [
  'step_free',
  'accessible_toilet',
  'hearing_loop',
  'lift',
  'parking_disabled',
  'easy_language',
  'sign_language',
] as const;
