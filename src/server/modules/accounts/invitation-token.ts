import { createHash } from 'node:crypto';

/** Only the hash of an invitation token is stored; the token itself is in the e-mail link. */
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
