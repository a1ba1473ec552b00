/**
 * TEMPORARY hand-written stand-in for the file `npm run api:types` generates from the server's OpenAPI
 * document (openapi-typescript format). It will be overwritten; do not edit by hand once generated.
 */

type Empty = {
  query?: never;
  header?: never;
  path?: never;
  cookie?: never;
};
type NoOtherMethods = {
  put?: never;
  post?: never;
  delete?: never;
  options?: never;
  head?: never;
  patch?: never;
  trace?: never;
  get?: never;
};
type Json<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
type ProblemResponse = {
  headers: { [name: string]: unknown };
  content: { 'application/problem+json': components['schemas']['Problem'] };
};
type NoContent = { headers: { [name: string]: unknown }; content?: never };
type JsonBody<T> = { content: { 'application/json': T } };

type OrganizationType = 'family_centre' | 'partner' | 'youth_office' | 'provider' | 'network';
type MembershipRole = 'admin' | 'lead' | 'staff' | 'planner';

type OrganizationWrite = {
  districtId?: string | null;
  providerId?: string | null;
  networkId?: string | null;
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
  lat?: number | null;
  lng?: number | null;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  description?: string | null;
};

export interface paths {
  '/api/health': {
    parameters: Empty;
    get: {
      parameters: Empty;
      requestBody?: never;
      responses: {
        200: Json<{ status: 'ok'; database: 'pglite' | 'postgres'; version: string }>;
      };
    };
  } & Omit<NoOtherMethods, 'get'>;
  '/api/v1/me': {
    parameters: Empty;
    get: {
      parameters: Empty;
      requestBody?: never;
      responses: {
        200: Json<components['schemas']['Me']>;
        401: ProblemResponse;
      };
    };
  } & Omit<NoOtherMethods, 'get'>;
  '/api/v1/organizations': {
    parameters: Empty;
    get: {
      parameters: {
        query?: {
          type?: OrganizationType;
          municipalityId?: string;
          districtId?: string;
          q?: string;
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: Json<{ items: components['schemas']['Organization'][]; nextCursor: string | null }>;
        400: ProblemResponse;
        401: ProblemResponse;
      };
    };
    post: {
      parameters: Empty;
      requestBody: JsonBody<{ type: OrganizationType; name: string; municipalityId: string } & OrganizationWrite>;
      responses: {
        201: Json<components['schemas']['Organization']>;
        400: ProblemResponse;
        401: ProblemResponse;
        403: ProblemResponse;
        422: ProblemResponse;
      };
    };
  } & Omit<NoOtherMethods, 'get' | 'post'>;
  '/api/v1/organizations/{id}': {
    parameters: Empty;
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: Json<components['schemas']['Organization']>;
        401: ProblemResponse;
        404: ProblemResponse;
      };
    };
    patch: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody: JsonBody<{ version: number; name?: string; internalNotes?: string | null } & OrganizationWrite>;
      responses: {
        200: Json<components['schemas']['Organization']>;
        400: ProblemResponse;
        401: ProblemResponse;
        403: ProblemResponse;
        404: ProblemResponse;
        409: ProblemResponse;
        422: ProblemResponse;
      };
    };
  } & Omit<NoOtherMethods, 'get' | 'patch'>;
  '/api/v1/municipalities': {
    parameters: Empty;
    get: {
      parameters: Empty;
      requestBody?: never;
      responses: {
        200: Json<{ items: components['schemas']['Municipality'][] }>;
      };
    };
  } & Omit<NoOtherMethods, 'get'>;
  '/api/v1/municipalities/{id}/districts': {
    parameters: Empty;
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: Json<{ items: components['schemas']['District'][] }>;
        404: ProblemResponse;
      };
    };
  } & Omit<NoOtherMethods, 'get'>;
  '/api/v1/organizations/{id}/members': {
    parameters: Empty;
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: Json<{ items: components['schemas']['Member'][] }>;
        401: ProblemResponse;
        403: ProblemResponse;
        404: ProblemResponse;
      };
    };
  } & Omit<NoOtherMethods, 'get'>;
  '/api/v1/organizations/{id}/members/{membershipId}': {
    parameters: Empty;
    patch: {
      parameters: { query?: never; header?: never; path: { id: string; membershipId: string }; cookie?: never };
      requestBody: JsonBody<{ role: MembershipRole }>;
      responses: {
        200: Json<components['schemas']['Member']>;
        400: ProblemResponse;
        403: ProblemResponse;
        404: ProblemResponse;
        409: ProblemResponse;
        422: ProblemResponse;
      };
    };
    delete: {
      parameters: { query?: never; header?: never; path: { id: string; membershipId: string }; cookie?: never };
      requestBody?: never;
      responses: {
        204: NoContent;
        403: ProblemResponse;
        404: ProblemResponse;
        409: ProblemResponse;
      };
    };
  } & Omit<NoOtherMethods, 'patch' | 'delete'>;
  '/api/v1/organizations/{id}/invitations': {
    parameters: Empty;
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: Json<{ items: components['schemas']['Invitation'][] }>;
        403: ProblemResponse;
        404: ProblemResponse;
      };
    };
    post: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody: JsonBody<{ email: string; role: MembershipRole }>;
      responses: {
        201: Json<components['schemas']['Invitation']>;
        400: ProblemResponse;
        403: ProblemResponse;
        404: ProblemResponse;
        409: ProblemResponse;
        422: ProblemResponse;
      };
    };
  } & Omit<NoOtherMethods, 'get' | 'post'>;
  '/api/v1/invitations/{id}': {
    parameters: Empty;
    delete: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: {
        204: NoContent;
        403: ProblemResponse;
        404: ProblemResponse;
      };
    };
  } & Omit<NoOtherMethods, 'delete'>;
  '/api/v1/invitations/by-token/{token}': {
    parameters: Empty;
    get: {
      parameters: { query?: never; header?: never; path: { token: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: Json<components['schemas']['InvitationByToken']>;
        404: ProblemResponse;
      };
    };
  } & Omit<NoOtherMethods, 'get'>;
  '/api/v1/invitations/by-token/{token}/accept': {
    parameters: Empty;
    post: {
      parameters: { query?: never; header?: never; path: { token: string }; cookie?: never };
      requestBody: JsonBody<{ name?: string; password?: string }>;
      responses: {
        200: Json<{ organizationId: string }>;
        400: ProblemResponse;
        401: ProblemResponse;
        403: ProblemResponse;
        404: ProblemResponse;
        409: ProblemResponse;
        422: ProblemResponse;
      };
    };
  } & Omit<NoOtherMethods, 'post'>;
  '/api/v1/audit': {
    parameters: Empty;
    get: {
      parameters: {
        query?: { entityId?: string; limit?: number; cursor?: string };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: Json<{ items: components['schemas']['AuditEntry'][]; nextCursor: string | null }>;
        403: ProblemResponse;
      };
    };
  } & Omit<NoOtherMethods, 'get'>;
}

export type webhooks = Record<string, never>;

export interface components {
  schemas: {
    Problem: {
      type: string;
      title: string;
      status: number;
      detail: string;
      instance?: string;
      errors?: { path: string; message: string }[];
    };
    Me: {
      user: { id: string; name: string; email: string; isInstanceAdmin: boolean };
      memberships: {
        id: string;
        organizationId: string;
        organizationName: string;
        organizationType: OrganizationType;
        municipalityId: string;
        role: MembershipRole;
      }[];
    };
    Organization: {
      id: string;
      type: OrganizationType;
      name: string;
      providerId: string | null;
      networkId: string | null;
      municipalityId: string;
      districtId: string | null;
      street: string | null;
      postalCode: string | null;
      city: string | null;
      lat: number | null;
      lng: number | null;
      email: string | null;
      phone: string | null;
      website: string | null;
      description: string | null;
      internalNotes?: string | null;
      version: number;
      createdAt: string;
      updatedAt: string;
      permissions: { update: boolean; manageMembers: boolean; readMembers: boolean; readAudit: boolean };
    };
    Municipality: { id: string; code: string; name: string; state: string };
    District: { id: string; municipalityId: string; name: string };
    Member: { id: string; userId: string; name: string; email: string; role: MembershipRole; createdAt: string };
    Invitation: { id: string; email: string; role: MembershipRole; expiresAt: string; createdAt: string };
    InvitationByToken: {
      organizationId: string;
      organizationName: string;
      email: string;
      role: MembershipRole;
      status: 'pending' | 'accepted' | 'expired' | 'revoked';
      userExists: boolean;
    };
    AuditEntry: {
      id: string;
      at: string;
      actorUserId: string | null;
      actorName: string | null;
      entityType: string;
      entityId: string;
      action: string;
      before: unknown;
      after: unknown;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}

export type $defs = Record<string, never>;
export type operations = Record<string, never>;
