import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { translate } from '../../http/i18n';
import type { ServiceContext } from '../../service-context';
import { findOrganization } from '../accounts/find-organization';
import { memberships, users } from '../accounts/schema';
import { enqueueEmail } from '../outbox/service';
import type { BookingRecord } from './bookings-repo';
import type { RoomRecord } from './repo';
import { formatSlot } from './time';

/** E-mail addresses of an organisation's members with one of `roles` (or of `userId` only). */
async function memberEmails(
  tx: Executor,
  organizationId: string,
  filter: { roles: ('lead' | 'admin')[] } | { userId: string },
): Promise<string[]> {
  const rows = await tx
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organizationId, organizationId),
        'roles' in filter ? inArray(memberships.role, filter.roles) : eq(memberships.userId, filter.userId),
      ),
    );
  return rows.map((row) => row.email);
}

/** The dates of a request, one a line; long series are cut short in the e-mail. */
function datesOf(ctx: ServiceContext, bookings: BookingRecord[]): string {
  const lines = bookings.slice(0, 20).map((b) => `- ${formatSlot(ctx.locale, b)}`);
  if (bookings.length > 20) lines.push(`- … (+${bookings.length - 20})`);
  return lines.join('\n');
}

/** A request notifies the owner's leads and admins (outbox; e-mail when configured). */
export async function notifyRequest(
  ctx: ServiceContext,
  tx: Executor,
  room: RoomRecord,
  bookings: BookingRecord[],
): Promise<void> {
  const first = bookings[0];
  if (!first || !ctx.actor) return;
  const deciders = await memberEmails(tx, room.organizationId, { roles: ['lead', 'admin'] });
  const params = {
    room: room.name,
    when: formatSlot(ctx.locale, first),
    organization: first.bookerOrganizationName,
    person: ctx.actor.name,
    title: first.title,
    dates: datesOf(ctx, bookings),
    link: `${ctx.config.publicUrl}/raeume/anfragen`,
  };
  for (const email of deciders) {
    await enqueueEmail(tx, {
      to: email,
      subject: translate(ctx.locale, 'rooms.mail.request.subject', params),
      text: translate(ctx.locale, 'rooms.mail.request.body', params),
    });
  }
}

/**
 * A decision (or the owner cancelling a booking) notifies the person who asked, or, when that account
 * is gone, the booking organisation.
 */
export async function notifyDecision(
  ctx: ServiceContext,
  tx: Executor,
  bookings: BookingRecord[],
  approve: boolean | 'cancelled',
  reason: string | null,
): Promise<void> {
  const first = bookings[0];
  if (!first) return;
  const [requester] = first.createdById
    ? await memberEmails(tx, first.bookerOrganizationId, { userId: first.createdById })
    : [];
  const to = requester ?? (await findOrganization(tx, first.bookerOrganizationId))?.email;
  if (!to) return;
  const owner = await findOrganization(tx, first.roomOrganizationId);
  const params = {
    room: first.roomName,
    organization: owner?.name ?? '',
    decision: translate(
      ctx.locale,
      approve === 'cancelled'
        ? 'rooms.mail.decision.cancelled'
        : approve
          ? 'rooms.mail.decision.approved'
          : 'rooms.mail.decision.declined',
    ),
    title: first.title,
    dates: datesOf(ctx, bookings),
    reason: reason ? translate(ctx.locale, 'rooms.mail.decision.reason', { reason }) : '',
    link: `${ctx.config.publicUrl}/raeume/anfragen`,
  };
  await enqueueEmail(tx, {
    to,
    subject: translate(
      ctx.locale,
      approve === 'cancelled'
        ? 'rooms.mail.cancelled.subject'
        : approve
          ? 'rooms.mail.approved.subject'
          : 'rooms.mail.declined.subject',
      params,
    ),
    text: translate(ctx.locale, 'rooms.mail.decision.body', params),
  });
}
