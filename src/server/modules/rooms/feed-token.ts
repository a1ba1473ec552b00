import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Config } from '../../config';

/**
 * Calendar programs cannot sign in, so a room's feed address carries a token naming the user it was made
 * for (signed with AUTH_SECRET). The feed then shows what that user may see today: a user who leaves the
 * organisation sees only "busy" from then on.
 */
function sign(secret: string, userId: string, roomId: string): string {
  return createHmac('sha256', `room-feed:${secret}`).update(`${userId}:${roomId}`).digest('base64url');
}

export function feedToken(secret: string, userId: string, roomId: string): string {
  return `${Buffer.from(userId).toString('base64url')}.${sign(secret, userId, roomId)}`;
}

export function feedUrlFor(config: Config, userId: string, roomId: string): string {
  return `${config.publicUrl}/api/v1/feeds/rooms/${roomId}.ics?token=${feedToken(config.authSecret, userId, roomId)}`;
}

/** The user a token was made for, or undefined when it is forged or for another room. */
export function userOfFeedToken(secret: string, token: string, roomId: string): string | undefined {
  const [body = '', signature = ''] = token.split('.');
  const userId = Buffer.from(body, 'base64url').toString('utf8');
  if (!/^[0-9a-f-]{36}$/.test(userId)) return undefined;
  const expected = Buffer.from(sign(secret, userId, roomId));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? userId : undefined;
}
