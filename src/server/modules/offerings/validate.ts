import type { Executor } from '../../db/client';
import { AppError, type FieldError } from '../../http/errors';
import { expandSchedules, type NormalisedSchedule } from './recurrence';
import * as repo from './repo';
import type { ScheduleInput } from './schemas';

interface Checked {
  leadOrganizationId?: string;
  organizations: Awaited<ReturnType<typeof repo.organizationsByIds>>;
  schedules?: NormalisedSchedule[];
}

interface Input {
  organizers?: repo.OrganizerInput[] | undefined;
  schedules?: ScheduleInput[] | undefined;
  ageFrom?: number | null | undefined;
  ageTo?: number | null | undefined;
  feeCents?: number | undefined;
  reducedFeeCents?: number | null | undefined;
}

function checkOrganizers(organizers: repo.OrganizerInput[], errors: FieldError[]): string | undefined {
  const seen = new Set<string>();
  let lead: string | undefined;
  organizers.forEach((o, i) => {
    if (seen.has(o.organizationId)) {
      errors.push({
        path: `organizers.${i}.organizationId`,
        message: 'offerings.validation.duplicateOrganizer',
      });
    }
    seen.add(o.organizationId);
    if (!o.responsibilities.includes('lead')) return;
    if (lead)
      errors.push({ path: `organizers.${i}.responsibilities`, message: 'offerings.validation.secondLead' });
    else lead = o.organizationId;
  });
  if (!lead && organizers.length > 0)
    errors.push({ path: 'organizers', message: 'offerings.validation.noLead' });
  return lead;
}

/**
 * Checks everything the zod shapes cannot (one lead, known organisations, schedules, ranges) and reports
 * all problems at once as 422, before anything is written.
 */
export async function checkInput(db: Executor, input: Input, current?: Input): Promise<Checked> {
  const errors: FieldError[] = [];
  const result: Checked = { organizations: [] };
  if (input.organizers) {
    const lead = checkOrganizers(input.organizers, errors);
    if (lead) result.leadOrganizationId = lead;
    const ids = input.organizers.map((o) => o.organizationId);
    result.organizations = await repo.organizationsByIds(db, ids);
    input.organizers.forEach((o, i) => {
      if (!result.organizations.some((org) => org.id === o.organizationId)) {
        errors.push({
          path: `organizers.${i}.organizationId`,
          message: 'offerings.validation.unknownOrganization',
        });
      }
    });
  }
  if (input.schedules) {
    const expanded = expandSchedules(input.schedules);
    errors.push(...expanded.errors);
    result.schedules = expanded.schedules;
  }
  const ageFrom = input.ageFrom !== undefined ? input.ageFrom : current?.ageFrom;
  const ageTo = input.ageTo !== undefined ? input.ageTo : current?.ageTo;
  if (ageFrom != null && ageTo != null && ageFrom > ageTo) {
    errors.push({ path: 'ageTo', message: 'offerings.validation.ageRange' });
  }
  const fee = input.feeCents ?? current?.feeCents ?? 0;
  const reduced = input.reducedFeeCents !== undefined ? input.reducedFeeCents : current?.reducedFeeCents;
  if (reduced != null && reduced > fee) {
    errors.push({ path: 'reducedFeeCents', message: 'offerings.validation.reducedFee' });
  }
  if (errors.length > 0) throw new AppError('validation', { errors });
  return result;
}
