import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { type PersonIdentity, sameEmail } from '../accounts/personal-data';
import { organizations } from '../accounts/schema';
import { contactPersons, partnerProfiles, partnerRelationships, relationshipStatusChanges } from './schema';

const partners = alias(organizations, 'partners');

/**
 * Art. 15/20: directory entries about the person: contact-person entries with their address, profiles
 * they are asked to confirm, next steps assigned to them and status changes they made.
 */
export async function directoryDataOf(db: Executor, person: PersonIdentity) {
  const contactEntries = await db
    .select({
      organizationName: organizations.name,
      name: contactPersons.name,
      role: contactPersons.role,
      phone: contactPersons.phone,
      email: contactPersons.email,
    })
    .from(contactPersons)
    .innerJoin(organizations, eq(organizations.id, contactPersons.organizationId))
    .where(sameEmail(contactPersons.email, person.email))
    .orderBy(asc(organizations.name));
  const profilesToConfirm = await db
    .select({ organizationName: organizations.name, lastConfirmedAt: partnerProfiles.lastConfirmedAt })
    .from(partnerProfiles)
    .innerJoin(organizations, eq(organizations.id, partnerProfiles.organizationId))
    .where(eq(partnerProfiles.ownerUserId, person.userId))
    .orderBy(asc(organizations.name));
  const assignedNextSteps = await db
    .select({
      centreName: organizations.name,
      partnerName: partners.name,
      nextStep: partnerRelationships.nextStep,
      nextStepDue: partnerRelationships.nextStepDue,
    })
    .from(partnerRelationships)
    .innerJoin(organizations, eq(organizations.id, partnerRelationships.centreId))
    .innerJoin(partners, eq(partners.id, partnerRelationships.partnerId))
    .where(eq(partnerRelationships.nextStepAssigneeId, person.userId))
    .orderBy(asc(organizations.name), asc(partners.name));
  const relationshipStatusChangesMade = await db
    .select({
      centreName: organizations.name,
      partnerName: partners.name,
      status: relationshipStatusChanges.status,
      changedAt: relationshipStatusChanges.changedAt,
    })
    .from(relationshipStatusChanges)
    .innerJoin(partnerRelationships, eq(partnerRelationships.id, relationshipStatusChanges.relationshipId))
    .innerJoin(organizations, eq(organizations.id, partnerRelationships.centreId))
    .innerJoin(partners, eq(partners.id, partnerRelationships.partnerId))
    .where(eq(relationshipStatusChanges.changedBy, person.userId))
    .orderBy(asc(relationshipStatusChanges.changedAt));
  return { contactEntries, profilesToConfirm, assignedNextSteps, relationshipStatusChangesMade };
}

/**
 * Art. 17: a person who is gone can neither confirm a profile nor do a next step. The profile stays
 * claimed (its organisation still has members); "still correct?" e-mails wait for a new owner.
 */
export async function releaseDirectoryDuties(tx: Executor, person: PersonIdentity): Promise<void> {
  await tx
    .update(partnerProfiles)
    .set({ ownerUserId: null })
    .where(eq(partnerProfiles.ownerUserId, person.userId));
  await tx
    .update(partnerRelationships)
    .set({ nextStepAssigneeId: null })
    .where(eq(partnerRelationships.nextStepAssigneeId, person.userId));
}
