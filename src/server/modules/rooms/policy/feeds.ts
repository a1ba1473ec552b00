import { notFound } from '../../../http/errors';
import { type Actor, openToAll, signedIn } from '../../../policy';
import type { ServiceContext } from '../../../service-context';
import { actorOfUser } from '../../accounts/actor-of-user';
import { userOfFeedToken } from '../feed-token';

/**
 * Whom a room's calendar feed is for: the signed-in caller, or (calendar programs cannot sign in) the
 * user its token names; a forged token or an erased user learns nothing (404). The room and bookings are
 * then loaded as that user would see them.
 */
export async function feedReader(
  ctx: ServiceContext,
  roomId: string,
  token: string | undefined,
): Promise<ServiceContext & { actor: Actor }> {
  if (!token) return { ...ctx, actor: signedIn(ctx) };
  openToAll(ctx);
  const userId = userOfFeedToken(ctx.config.authSecret, token, roomId);
  const actor = userId ? await actorOfUser(ctx.db, userId) : undefined;
  if (!actor) throw notFound();
  return { ...ctx, actor };
}
