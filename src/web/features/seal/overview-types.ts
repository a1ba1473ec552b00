// Temporary mirror of the overview answer until the route lands.
export interface OverviewRow {
  subject: { id: string; name: string; type: 'family_centre' | 'network' };
  cycle: { certifiedOn: string; validUntil: string; daysLeft: number; dueWithin12Months: boolean } | null;
  areasMet: number;
  areas: { number: number; met: boolean }[];
}
export interface Overview {
  areas: { number: number; nameDe: string; nameEn: string }[];
  items: OverviewRow[];
}
