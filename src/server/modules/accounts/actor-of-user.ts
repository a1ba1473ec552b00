import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { Actor } from '../../policy';
import { findMembershipsOfUser, isActiveUser } from './repo';
import { users } from './schema';

/**
 * The actor a user would be if signed in, for requests that name a user by a signed token instead of a
 * session (a room's calendar feed). Undefined for an unknown or erased person.
 */
export async function actorOfUser(db: Executor, userId: string): Promise<Actor | undefined> {
  if (!(await isActiveUser(db, userId))) return undefined;
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) return undefined;
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    isInstanceAdmin: user.isInstanceAdmin,
    memberships: await findMembershipsOfUser(db, user.id),
  };
}
