import { type RelationshipStatus, relationshipStatuses, type TargetGroup, targetGroupKeys } from './types';

/** The directory's filters live in the address, so that "back" from a profile returns to the same results. */
export interface DirectorySearchParams {
  q?: string;
  kind?: string;
  districtId?: string;
  language?: string;
  targetGroup?: TargetGroup;
  relationship?: RelationshipStatus;
  /** Kilometres from the chosen centre, or 'all'; missing means the default (10 km for centre members). */
  radius?: string;
  /** Which of the user's family centres distances and relationships refer to. */
  centre?: string;
}

export const radiusChoices = ['2', '5', '10', '25', '50', '100'] as const;
export const defaultRadius = '10';

const text = (value: unknown, max = 200): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : undefined;

export function validateDirectorySearch(search: Record<string, unknown>): DirectorySearchParams {
  const radius = typeof search.radius === 'number' ? String(search.radius) : text(search.radius);
  return {
    q: text(search.q),
    kind: text(search.kind, 100),
    districtId: text(search.districtId, 100),
    language: text(search.language, 20),
    targetGroup: targetGroupKeys.find((key) => key === search.targetGroup),
    relationship: relationshipStatuses.find((status) => status === search.relationship),
    radius: radius === 'all' || radiusChoices.some((choice) => choice === radius) ? radius : undefined,
    centre: text(search.centre, 100),
  };
}

/** The network view's chosen centre (for users of several family centres). */
export function validateNetworkSearch(search: Record<string, unknown>): { centre?: string } {
  return { centre: text(search.centre, 100) };
}

let lastSearch: DirectorySearchParams = {};

/** The directory remembers its last filters, so that a profile's "back to the search" link restores them. */
export function rememberDirectorySearch(params: DirectorySearchParams) {
  lastSearch = params;
}

export function lastDirectorySearch(): DirectorySearchParams {
  return lastSearch;
}
