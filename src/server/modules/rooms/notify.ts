import type { Executor } from '../../db/client';
import { translate } from '../../http/i18n';
import type { ServiceContext } from '../../service-context';
import * as organizationsRepo from '../accounts/repo';
import { enqueueEmail } from '../outbox/service';
import type { BookingRecord } from './bookings-repo';
import type { RoomRecord } from './repo';
import { formatSlot } from './time';

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
  const members = await organizationsRepo.listMembers(tx, room.organizationId);
  const deciders = members.filter((m) => m.role === 'lead' || m.role === 'admin');
  const params = {
    room: room.name,
    when: formatSlot(ctx.locale, first),
    organization: first.bookerOrganizationName,
    person: ctx.actor.name,
    title: first.title,
    dates: datesOf(ctx, bookings),
    link: `${ctx.config.publicUrl}/raeume/anfragen`,
  };
  for (const member of deciders) {
    await enqueueEmail(tx, {
      to: member.email,
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
  const requester = first.createdById
    ? (await organizationsRepo.listMembers(tx, first.bookerOrganizationId)).find(
        (m) => m.userId === first.createdById,
      )
    : undefined;
  const to =
    requester?.email ?? (await organizationsRepo.findOrganization(tx, first.bookerOrganizationId))?.email;
  if (!to) return;
  const owner = await organizationsRepo.findOrganization(tx, first.roomOrganizationId);
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
