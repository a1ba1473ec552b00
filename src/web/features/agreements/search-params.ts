import { type AgreementStatus, agreementStatuses } from './types';

/** The list's filters live in the address, so that "back" from an agreement returns to the same list. */
export interface AgreementSearchParams {
  /** Which of the user's organisations the list and the attention list refer to. */
  org?: string;
  status?: AgreementStatus;
  partner?: string;
  dueBefore?: string;
  q?: string;
}

const text = (value: unknown, max = 200): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : undefined;

const isoDay = (value: unknown): string | undefined => {
  const day = text(value, 10);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
};

export function validateAgreementSearch(search: Record<string, unknown>): AgreementSearchParams {
  return {
    org: text(search.org, 100),
    status: agreementStatuses.find((status) => status === search.status),
    partner: text(search.partner, 100),
    dueBefore: isoDay(search.dueBefore),
    q: text(search.q),
  };
}
