import { and, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/client';
import { AppError } from '../../http/errors';
import { translate } from '../../http/i18n';
import { cursorParts, decodeCursor, encodeCursor } from '../../http/pagination';
import type { ServiceContext } from '../../service-context';
import { districts, memberships, organizations, users } from '../accounts/schema';
import { recordAudit } from '../audit/service';
import { enqueueEmail } from '../outbox/service';
import type { CreateDistrictMessageInput, DistrictMessageListQuery } from './district-message-schemas';
import { planningAccess } from './policy/municipality';
import { districtMessages } from './schema';

/**
 * Messages from the Jugendamt to all family centres of a district (issue 18 §6): one e-mail per lead or admin
 * of each centre through the outbox; the message is kept with the number of centres, never the addresses.
 */

const offsetCursor = z.tuple([cursorParts.offset]);

function selectMessages(db: Executor) {
  return db
    .select({ message: districtMessages, districtName: districts.name })
    .from(districtMessages)
    .innerJoin(districts, eq(districts.id, districtMessages.districtId));
}

type MessageRecord = Awaited<ReturnType<ReturnType<typeof selectMessages>['execute']>>[number];

function present(r: MessageRecord) {
  return {
    id: r.message.id,
    municipalityId: r.message.municipalityId,
    district: { id: r.message.districtId, name: r.districtName },
    subject: r.message.subject,
    body: r.message.body,
    recipientCount: r.message.recipientCount,
    sentAt: r.message.sentAt.toISOString(),
  };
}

export async function listDistrictMessages(ctx: ServiceContext, query: DistrictMessageListQuery) {
  await planningAccess(ctx, query.municipalityId, 'read');
  const [offset] = query.cursor ? decodeCursor(query.cursor, offsetCursor) : [0];
  const rows = await selectMessages(ctx.db)
    .where(eq(districtMessages.municipalityId, query.municipalityId))
    .orderBy(desc(districtMessages.sentAt), desc(districtMessages.id))
    .limit(query.limit + 1)
    .offset(offset);
  return {
    items: rows.slice(0, query.limit).map(present),
    nextCursor: rows.length > query.limit ? encodeCursor([offset + query.limit]) : null,
  };
}

/** The family centres of the district and the addresses of their leads and admins. */
async function centresOf(db: Executor, districtId: string) {
  const centres = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.districtId, districtId), eq(organizations.type, 'family_centre')));
  const ids = centres.map((c) => c.id);
  const leads = ids.length
    ? await db
        .selectDistinct({ email: users.email })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(inArray(memberships.organizationId, ids), inArray(memberships.role, ['lead', 'admin'])))
        .orderBy(users.email)
    : [];
  return { count: ids.length, emails: leads.map((l) => l.email) };
}

async function districtOf(db: Executor, municipalityId: string, districtId: string) {
  const [row] = await db
    .select({ id: districts.id, name: districts.name })
    .from(districts)
    .where(and(eq(districts.id, districtId), eq(districts.municipalityId, municipalityId)));
  return row;
}

export async function sendDistrictMessage(ctx: ServiceContext, input: CreateDistrictMessageInput) {
  const { actor, municipality } = await planningAccess(ctx, input.municipalityId, 'plan');
  const district = await districtOf(ctx.db, input.municipalityId, input.districtId);
  if (!district)
    throw new AppError('validation', {
      errors: [{ path: 'districtId', message: 'planning.messages.validation.district' }],
    });
  const id = await ctx.db.transaction(async (tx) => {
    const centres = await centresOf(tx, district.id);
    if (centres.count === 0)
      throw new AppError('validation', {
        errors: [{ path: 'districtId', message: 'planning.messages.validation.noCentres' }],
      });
    const [row] = await tx
      .insert(districtMessages)
      .values({ ...input, recipientCount: centres.count, sentBy: actor.userId })
      .returning();
    if (!row) throw new AppError('internal');
    await recordAudit(tx, {
      actor: ctx.actor,
      organizationId: null,
      entityType: 'district_message',
      entityId: row.id,
      action: 'send',
      before: undefined,
      after: row,
    });
    const params = {
      municipality: municipality.name,
      district: district.name,
      subject: input.subject,
      body: input.body,
    };
    for (const to of centres.emails) {
      await enqueueEmail(tx, {
        to,
        subject: translate(ctx.locale, 'planning.messages.mail.subject', params),
        text: translate(ctx.locale, 'planning.messages.mail.text', params),
      });
    }
    return row.id;
  });
  const [record] = await selectMessages(ctx.db).where(eq(districtMessages.id, id));
  if (!record) throw new AppError('internal');
  return present(record);
}
