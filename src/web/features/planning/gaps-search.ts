import { planningSearch } from './planning-search';

/** The gap page's address: the municipality, the year and optionally a quarter (so a link keeps the period). */
export interface GapsSearch {
  municipality?: string;
  year?: number;
  quarter?: number;
}

const whole = (value: unknown, min: number, max: number): number | undefined => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};

export function gapsSearch(search: Record<string, unknown>): GapsSearch {
  return {
    ...planningSearch(search),
    year: whole(search.year, 2000, 2100),
    quarter: whole(search.quarter, 1, 4),
  };
}
