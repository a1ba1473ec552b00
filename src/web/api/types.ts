import type { paths } from './schema';

/**
 * Types derived from the API paths, so they follow the generated schema whatever it names its components. The
 * features' types.ts use the same two helpers.
 */

/** The JSON body of a response or a request body. */
export type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
/** One element of a list answer (`{ items: [...] }`). */
export type ItemOf<L> = L extends { items: (infer T)[] } ? T : never;

export type Me = JsonOf<paths['/api/v1/me']['get']['responses'][200]>;
export type Membership = Me['memberships'][number];
export type Organization = JsonOf<paths['/api/v1/organizations/{id}']['get']['responses'][200]>;
export type OrganizationType = Organization['type'];
export type MembershipRole = Membership['role'];
export type OrganizationPatch = JsonOf<paths['/api/v1/organizations/{id}']['patch']['requestBody']>;
export type OrganizationCreate = JsonOf<paths['/api/v1/organizations']['post']['requestBody']>;
export type OrganizationListQuery = NonNullable<paths['/api/v1/organizations']['get']['parameters']['query']>;
export type Municipality = ItemOf<JsonOf<paths['/api/v1/municipalities']['get']['responses'][200]>>;
export type District = ItemOf<
  JsonOf<paths['/api/v1/municipalities/{id}/districts']['get']['responses'][200]>
>;
export type Member = ItemOf<JsonOf<paths['/api/v1/organizations/{id}/members']['get']['responses'][200]>>;
export type Invitation = ItemOf<
  JsonOf<paths['/api/v1/organizations/{id}/invitations']['get']['responses'][200]>
>;
export type InvitationByToken = JsonOf<
  paths['/api/v1/invitations/by-token/{token}']['get']['responses'][200]
>;

export const organizationTypes = [
  'family_centre',
  'partner',
  'youth_office',
  'provider',
  'network',
  'state_office',
] as const satisfies readonly OrganizationType[];

export type ApiKey = ItemOf<JsonOf<paths['/api/v1/me/api-keys']['get']['responses'][200]>>;
export type NewApiKey = JsonOf<paths['/api/v1/me/api-keys']['post']['responses'][201]>;
export type MySession = ItemOf<JsonOf<paths['/api/v1/me/sessions']['get']['responses'][200]>>;
