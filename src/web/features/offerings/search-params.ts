import {
  type OfferingFormat,
  type OfferingStatus,
  offeringFormats,
  offeringStatuses,
  type TargetGroup,
  targetGroupKeys,
} from './types';

/** The finder's filters live in the address: shareable, and "back" from a detail page restores them. */
export interface FinderSearchParams {
  q?: string;
  targetGroup?: TargetGroup;
  age?: number;
  language?: string;
  districtId?: string;
  format?: OfferingFormat;
  from?: string;
  to?: string;
  postcode?: string;
  radius?: string;
}

export const radiusChoices = ['2', '5', '10', '25'] as const;
export const defaultRadius = '10';
export const maxAge = 17;

const text = (value: unknown, max = 200): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : undefined;
const day = (value: unknown): string | undefined => {
  const candidate = text(value, 10);
  return candidate && /^\d{4}-\d{2}-\d{2}$/.test(candidate) ? candidate : undefined;
};

export function validateFinderSearch(search: Record<string, unknown>): FinderSearchParams {
  const age = Number(search.age);
  const postcode = text(String(search.postcode ?? ''), 5);
  const radius = text(String(search.radius ?? ''), 3);
  return {
    q: text(search.q),
    targetGroup: targetGroupKeys.find((key) => key === search.targetGroup),
    age: search.age !== undefined && Number.isInteger(age) && age >= 0 && age <= maxAge ? age : undefined,
    language: text(search.language, 3),
    districtId: text(search.districtId, 100),
    format: offeringFormats.find((key) => key === search.format),
    from: day(search.from),
    to: day(search.to),
    postcode: postcode && /^\d{5}$/.test(postcode) ? postcode : undefined,
    radius: radius === 'all' || radiusChoices.some((choice) => choice === radius) ? radius : undefined,
  };
}

let lastSearch: FinderSearchParams = {};

/** The finder remembers its filters, so the detail page's "back to the search" link restores them. */
export function rememberFinderSearch(params: FinderSearchParams) {
  lastSearch = params;
}

export function lastFinderSearch(): FinderSearchParams {
  return lastSearch;
}

/** The internal list's filters: which of the user's organisations, which status, which words. */
export interface WorkListSearchParams {
  org?: string;
  status?: OfferingStatus;
  q?: string;
}

export function validateWorkListSearch(search: Record<string, unknown>): WorkListSearchParams {
  return {
    org: text(search.org, 100),
    status: offeringStatuses.find((key) => key === search.status),
    q: text(search.q),
  };
}
