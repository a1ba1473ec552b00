import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { organizations } from '../accounts/schema';

/** An organisation as rooms need it (owner address, municipality); read from the reference table. */
export async function findOrganization(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      email: organizations.email,
      municipalityId: organizations.municipalityId,
      street: organizations.street,
      postalCode: organizations.postalCode,
      city: organizations.city,
      lat: organizations.lat,
      lng: organizations.lng,
    })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row;
}
