import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { PersonIdentity } from '../accounts/personal-data';
import { organizations } from '../accounts/schema';
import { offeringComments, offeringConsents, offerings } from './schema';

/**
 * Art. 15/20: comments the person wrote and consents they gave on offerings. Comments and consents stay
 * after an erasure (they belong to the organisations); they point at the tombstone and show its pseudonym.
 */
export async function offeringsDataOf(db: Executor, person: PersonIdentity) {
  const comments = await db
    .select({
      offeringTitle: offerings.title,
      body: offeringComments.body,
      createdAt: offeringComments.createdAt,
    })
    .from(offeringComments)
    .innerJoin(offerings, eq(offerings.id, offeringComments.offeringId))
    .where(eq(offeringComments.authorUserId, person.userId))
    .orderBy(asc(offeringComments.createdAt));
  const consents = await db
    .select({
      offeringTitle: offerings.title,
      organizationName: organizations.name,
      round: offeringConsents.round,
      givenAt: offeringConsents.givenAt,
    })
    .from(offeringConsents)
    .innerJoin(offerings, eq(offerings.id, offeringConsents.offeringId))
    .innerJoin(organizations, eq(organizations.id, offeringConsents.organizationId))
    .where(eq(offeringConsents.userId, person.userId))
    .orderBy(asc(offeringConsents.givenAt));
  const evaluationsWritten = await db
    .select({ offeringTitle: offerings.title, evaluationUpdatedAt: offerings.evaluationUpdatedAt })
    .from(offerings)
    .where(eq(offerings.evaluationUpdatedBy, person.userId))
    .orderBy(asc(offerings.title));
  return { comments, consents, evaluationsWritten };
}
