import type { TFunction } from 'i18next';
import type { Offering, OfferingCreate, OfferingFormat, RegistrationMode, Responsibility } from './types';

/** The form's view of an offering: text fields as strings, a schedule's rule as choices (repeat, end). */
export interface OrganizerValues {
  organizationId: string;
  responsibilities: Responsibility[];
  otherResponsibilities: string;
}

export type Repeat = 'none' | 'weekly' | 'biweekly' | 'custom';

export interface ScheduleValues {
  startDate: string;
  startTime: string;
  endTime: string;
  repeat: Repeat;
  endKind: 'count' | 'until';
  count: string;
  until: string;
  rrule: string;
  exdates: string;
}

export interface OfferingFormValues {
  title: string;
  description: string;
  plainDescription: string;
  format: OfferingFormat;
  themes: string;
  targetGroups: string[];
  ageFrom: string;
  ageTo: string;
  languages: string;
  feeEuros: string;
  reducedFeeEuros: string;
  feeNote: string;
  registration: {
    mode: RegistrationMode;
    phone: string;
    email: string;
    url: string;
    capacity: string;
    waitlistCount: string;
    note: string;
  };
  accessibility: string[];
  accessibilityNote: string;
  sealCriteria: string;
  isPublic: boolean;
  place: { name: string; street: string; postalCode: string; city: string };
  organizers: OrganizerValues[];
  schedules: ScheduleValues[];
}

export const emptySchedule = (): ScheduleValues => ({
  startDate: '',
  startTime: '10:00',
  endTime: '11:30',
  repeat: 'none',
  endKind: 'count',
  count: '8',
  until: '',
  rrule: '',
  exdates: '',
});

export function emptyValues(organizationId: string): OfferingFormValues {
  return {
    title: '',
    description: '',
    plainDescription: '',
    format: 'course_series',
    themes: '',
    targetGroups: [],
    ageFrom: '',
    ageTo: '',
    languages: 'de',
    feeEuros: '0',
    reducedFeeEuros: '',
    feeNote: '',
    registration: { mode: 'none', phone: '', email: '', url: '', capacity: '', waitlistCount: '', note: '' },
    accessibility: [],
    accessibilityNote: '',
    sealCriteria: '',
    isPublic: true,
    place: { name: '', street: '', postalCode: '', city: '' },
    organizers: [{ organizationId, responsibilities: ['lead'], otherResponsibilities: '' }],
    schedules: [emptySchedule()],
  };
}

const centsToEuros = (cents: number | null) => (cents === null ? '' : String(cents / 100).replace('.', ','));
const numberText = (value: number | null) => (value === null ? '' : String(value));

/** "FREQ=WEEKLY;INTERVAL=2;COUNT=8" → the form's choices; anything else stays a custom rule. */
export function parseRule(
  rrule: string | null,
): Pick<ScheduleValues, 'repeat' | 'endKind' | 'count' | 'until' | 'rrule'> {
  const plain = { repeat: 'none' as Repeat, endKind: 'count' as const, count: '8', until: '', rrule: '' };
  if (!rrule) return plain;
  const match = rrule.match(
    /^FREQ=WEEKLY(;INTERVAL=([12]))?;(COUNT=(\d+)|UNTIL=(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?)$/,
  );
  if (!match) return { ...plain, repeat: 'custom', rrule };
  const repeat: Repeat = match[2] === '2' ? 'biweekly' : 'weekly';
  if (match[4]) return { ...plain, repeat, endKind: 'count', count: match[4] };
  return { ...plain, repeat, endKind: 'until', until: `${match[5]}-${match[6]}-${match[7]}` };
}

/** The RRULE for the form's choices; UNTIL is the end of that local day (in UTC, as RFC 5545 asks with a TZID). */
export function buildRule(schedule: ScheduleValues): string | null {
  if (schedule.repeat === 'none') return null;
  if (schedule.repeat === 'custom') return schedule.rrule.trim() || null;
  const interval = schedule.repeat === 'biweekly' ? ';INTERVAL=2' : '';
  const end =
    schedule.endKind === 'count'
      ? `COUNT=${Number(schedule.count)}`
      : `UNTIL=${schedule.until.replaceAll('-', '')}T215959Z`;
  return `FREQ=WEEKLY${interval};${end}`;
}

export function fromOffering(offering: Offering): OfferingFormValues {
  return {
    title: offering.title,
    description: offering.description,
    plainDescription: offering.plainDescription ?? '',
    format: offering.format,
    themes: offering.themes.join(', '),
    targetGroups: offering.targetGroups,
    ageFrom: numberText(offering.ageFrom),
    ageTo: numberText(offering.ageTo),
    languages: offering.languages.join(', '),
    feeEuros: centsToEuros(offering.feeCents),
    reducedFeeEuros: centsToEuros(offering.reducedFeeCents),
    feeNote: offering.feeNote ?? '',
    registration: {
      mode: offering.registration.mode,
      phone: offering.registration.phone ?? '',
      email: offering.registration.email ?? '',
      url: offering.registration.url ?? '',
      capacity: numberText(offering.registration.capacity),
      waitlistCount: numberText(offering.registration.waitlistCount),
      note: offering.registration.note ?? '',
    },
    accessibility: offering.accessibility,
    accessibilityNote: offering.accessibilityNote ?? '',
    sealCriteria: offering.sealCriteria.join(', '),
    isPublic: offering.isPublic,
    place: {
      name: offering.place.name ?? '',
      street: offering.place.street ?? '',
      postalCode: offering.place.postalCode ?? '',
      city: offering.place.city ?? '',
    },
    organizers: offering.organizers.map((o) => ({
      organizationId: o.organizationId,
      responsibilities: o.responsibilities,
      otherResponsibilities: o.otherResponsibilities ?? '',
    })),
    schedules: offering.schedules.map((s) => ({
      startDate: s.startDate,
      startTime: s.startTime,
      endTime: s.endTime,
      exdates: s.exdates.join(', '),
      ...parseRule(s.rrule),
    })),
  };
}

const list = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
const intOrNull = (text: string) => (text.trim() === '' ? null : Number(text));
const euroCents = (text: string) => Math.round(Number(text.replace(',', '.')) * 100);

/** The API body; the server validates again and names every problem it finds. */
export function toBody(values: OfferingFormValues): OfferingCreate {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    plainDescription: orNull(values.plainDescription),
    format: values.format,
    themes: list(values.themes),
    targetGroups: values.targetGroups as OfferingCreate['targetGroups'],
    ageFrom: intOrNull(values.ageFrom),
    ageTo: intOrNull(values.ageTo),
    languages: list(values.languages).map((code) => code.toLowerCase()),
    feeCents: values.feeEuros.trim() === '' ? 0 : euroCents(values.feeEuros),
    reducedFeeCents: values.reducedFeeEuros.trim() === '' ? null : euroCents(values.reducedFeeEuros),
    feeNote: orNull(values.feeNote),
    registration: {
      mode: values.registration.mode,
      phone: orNull(values.registration.phone),
      email: orNull(values.registration.email),
      url: orNull(values.registration.url),
      capacity: intOrNull(values.registration.capacity),
      waitlistCount: intOrNull(values.registration.waitlistCount),
      note: orNull(values.registration.note),
    },
    accessibility: values.accessibility as OfferingCreate['accessibility'],
    accessibilityNote: orNull(values.accessibilityNote),
    sealCriteria: list(values.sealCriteria),
    isPublic: values.isPublic,
    place: {
      name: orNull(values.place.name),
      street: orNull(values.place.street),
      postalCode: orNull(values.place.postalCode),
      city: orNull(values.place.city),
      lat: null,
      lng: null,
      districtId: null,
      roomId: null,
    },
    organizers: values.organizers.map((o) => ({
      organizationId: o.organizationId,
      responsibilities: o.responsibilities,
      otherResponsibilities: orNull(o.otherResponsibilities),
    })),
    schedules: values.schedules.map((s) => ({
      startDate: s.startDate,
      startTime: s.startTime,
      endTime: s.endTime,
      rrule: buildRule(s),
      exdates: list(s.exdates),
    })),
  };
}

const isWhole = (text: string) => text.trim() === '' || /^\d+$/.test(text.trim());
const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

/** What the form can tell before sending (the server checks everything again). Keys are form paths. */
export function validateValues(t: TFunction, values: OfferingFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.title.trim()) errors.title = t('offerings.form.required');
  for (const field of ['ageFrom', 'ageTo'] as const)
    if (!isWhole(values[field])) errors[field] = t('offerings.form.invalidNumber');
  if (values.organizers.some((o) => !o.organizationId))
    errors.organizers = t('offerings.form.organizationMissing');
  else if (new Set(values.organizers.map((o) => o.organizationId)).size !== values.organizers.length)
    errors.organizers = t('offerings.form.duplicateOrganization');
  else if (values.organizers.filter((o) => o.responsibilities.includes('lead')).length !== 1)
    errors.organizers = t('offerings.form.exactlyOneLead');
  values.schedules.forEach((s, i) => {
    if (!isDay(s.startDate)) errors[`schedules.${i}.startDate`] = t('offerings.form.required');
    if (!/^\d{2}:\d{2}$/.test(s.startTime)) errors[`schedules.${i}.startTime`] = t('offerings.form.required');
    if (!/^\d{2}:\d{2}$/.test(s.endTime)) errors[`schedules.${i}.endTime`] = t('offerings.form.required');
    else if (s.endTime <= s.startTime) errors[`schedules.${i}.endTime`] = t('offerings.form.endBeforeStart');
    if (s.repeat !== 'none' && s.repeat !== 'custom') {
      if (s.endKind === 'count' && !/^\d+$/.test(s.count))
        errors[`schedules.${i}.count`] = t('offerings.form.invalidNumber');
      if (s.endKind === 'until' && !isDay(s.until))
        errors[`schedules.${i}.until`] = t('offerings.form.required');
    }
    if (s.repeat === 'custom' && !s.rrule.trim())
      errors[`schedules.${i}.rrule`] = t('offerings.form.required');
    if (list(s.exdates).some((day) => !isDay(day)))
      errors[`schedules.${i}.exdates`] = t('offerings.form.invalidDates');
  });
  return errors;
}
