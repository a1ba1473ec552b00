import { createHmac, timingSafeEqual } from 'node:crypto';
import { and, eq, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config';
import { type Database, type Executor, queryRows } from '../../db/client';
import { AppError, notFound } from '../../http/errors';
import { translate } from '../../http/i18n';
import type { ServiceContext } from '../../service-context';
import { organizations, users } from '../accounts/schema';
import { recordAudit } from '../audit/service';
import { enqueueEmail } from '../outbox/service';
import { loadMunicipality } from './policy';
import { partnerProfiles } from './schema';

/** A confirmation link stays valid this long; after that the owner is asked again anyway. */
const LINK_VALID_DAYS = 60;

interface TokenPayload {
  /** Organisation of the profile. */
  o: string;
  /** last_confirmed_at (ms) when the link was made: a confirmation moves it, so the link works once. */
  c: number;
  /** Issued at (ms). */
  i: number;
}

function sign(secret: string, body: string): string {
  return createHmac('sha256', `profile-confirmation:${secret}`).update(body).digest('base64url');
}

export function confirmationToken(
  secret: string,
  organizationId: string,
  lastConfirmedAt: Date,
  now = new Date(),
) {
  const body = Buffer.from(
    JSON.stringify({
      o: organizationId,
      c: lastConfirmedAt.getTime(),
      i: now.getTime(),
    } satisfies TokenPayload),
  ).toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

function readToken(secret: string, token: string): TokenPayload | undefined {
  const [body = '', signature = ''] = token.split('.');
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenPayload;
  } catch {
    return undefined;
  }
}

type LinkStatus = 'valid' | 'used' | 'expired';

async function inspect(db: Executor, secret: string, token: string, lock: boolean) {
  const payload = readToken(secret, token);
  if (!payload) throw notFound();
  const query = db
    .select({ profile: partnerProfiles, name: organizations.name })
    .from(partnerProfiles)
    .innerJoin(organizations, eq(organizations.id, partnerProfiles.organizationId))
    .where(eq(partnerProfiles.organizationId, payload.o));
  const [found] = await (lock ? query.for('update', { of: partnerProfiles }) : query);
  if (!found) throw notFound();
  const status: LinkStatus =
    found.profile.lastConfirmedAt.getTime() !== payload.c
      ? 'used'
      : Date.now() - payload.i > LINK_VALID_DAYS * 86_400_000
        ? 'expired'
        : 'valid';
  return { ...found, status };
}

/** What the link page shows (no sign-in needed: the signed link is the credential). */
export async function describeConfirmation(ctx: ServiceContext, token: string) {
  const { profile, name, status } = await inspect(ctx.db, ctx.config.authSecret, token, false);
  return {
    organizationId: profile.organizationId,
    organizationName: name,
    status,
    lastConfirmedAt: profile.lastConfirmedAt,
  };
}

/** One click: the profile is still correct. A used or expired link changes nothing. */
export async function confirmByLink(ctx: ServiceContext, token: string) {
  return ctx.db.transaction(async (tx) => {
    const { profile, name, status } = await inspect(tx, ctx.config.authSecret, token, true);
    if (status !== 'valid') {
      throw new AppError('conflict', {
        detail: status === 'used' ? 'error.linkUsed.detail' : 'error.linkExpired.detail',
      });
    }
    const lastConfirmedAt = new Date();
    await tx
      .update(partnerProfiles)
      .set({ lastConfirmedAt })
      .where(eq(partnerProfiles.organizationId, profile.organizationId));
    await recordAudit(tx, {
      actor: ctx.actor,
      organizationId: profile.organizationId,
      entityType: 'partner_profile',
      entityId: profile.organizationId,
      action: 'confirm',
      before: { lastConfirmedAt: profile.lastConfirmedAt },
      after: { lastConfirmedAt, by: 'confirmation link' },
    });
    return {
      organizationId: profile.organizationId,
      organizationName: name,
      status: 'used' as const,
      lastConfirmedAt,
    };
  });
}

/**
 * Asks the owners of stale profiles "still correct?" through the outbox. Derived from the data: a missed
 * run loses nothing, and each stale period gets one request. Rows are claimed with SKIP LOCKED so
 * several app servers can run this at once.
 */
export async function requestDueConfirmations(
  db: Database,
  config: Config,
  batchSize = 200,
): Promise<number> {
  const staleBefore = new Date(Date.now() - config.staleAfterDays * 86_400_000);
  return db.transaction(async (tx) => {
    const due = await tx
      .select({
        profile: partnerProfiles,
        organizationName: organizations.name,
        email: users.email,
        ownerName: users.name,
      })
      .from(partnerProfiles)
      .innerJoin(organizations, eq(organizations.id, partnerProfiles.organizationId))
      .innerJoin(users, eq(users.id, partnerProfiles.ownerUserId))
      .where(
        and(
          isNotNull(partnerProfiles.ownerUserId),
          lt(partnerProfiles.lastConfirmedAt, staleBefore),
          or(
            sql`${partnerProfiles.confirmationRequestedAt} is null`,
            lt(partnerProfiles.confirmationRequestedAt, partnerProfiles.lastConfirmedAt),
          ),
        ),
      )
      .limit(batchSize)
      .for('update', { of: partnerProfiles, skipLocked: true });
    for (const { profile, organizationName, email, ownerName } of due) {
      const token = confirmationToken(config.authSecret, profile.organizationId, profile.lastConfirmedAt);
      const params = {
        name: ownerName,
        organization: organizationName,
        confirmLink: `${config.publicUrl}/bestaetigen/${token}`,
        editLink: `${config.publicUrl}/partner/${profile.organizationId}`,
      };
      await enqueueEmail(tx, {
        to: email,
        subject: translate('de', 'mail.confirmProfile.subject', params),
        text: translate('de', 'mail.confirmProfile.body', params),
      });
      const confirmationRequestedAt = new Date();
      await tx
        .update(partnerProfiles)
        .set({ confirmationRequestedAt })
        .where(eq(partnerProfiles.organizationId, profile.organizationId));
      // The job acts on its own authority: no actor, and the history says whom it asked and when.
      await recordAudit(tx, {
        actor: null,
        organizationId: profile.organizationId,
        entityType: 'partner_profile',
        entityId: profile.organizationId,
        action: 'request_confirmation',
        before: { confirmationRequestedAt: profile.confirmationRequestedAt },
        after: { confirmationRequestedAt, to: profile.ownerUserId },
      });
    }
    return due.length;
  });
}

export function startConfirmationRequests(db: Database, config: Config, log: FastifyBaseLogger) {
  const run = () =>
    requestDueConfirmations(db, config).catch((error: unknown) =>
      log.error({ err: error }, 'confirmation requests failed'),
    );
  const first = setTimeout(run, 30_000);
  const timer = setInterval(run, 60 * 60_000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}

/** For planners: the share of stale profiles per district and among each centre's working partners. */
export async function freshnessReport(ctx: ServiceContext, municipalityId: string) {
  await loadMunicipality(ctx, municipalityId, 'read');
  const threshold = new Date(Date.now() - ctx.config.staleAfterDays * 86_400_000);
  return {
    staleAfterDays: ctx.config.staleAfterDays,
    districts: await byDistrict(ctx.db, municipalityId, threshold),
    centres: await byCentre(ctx.db, municipalityId, threshold),
  };
}

function byDistrict(db: Executor, municipalityId: string, threshold: Date) {
  return queryRows<{ id: string | null; name: string | null; profiles: number; stale: number }>(
    db,
    sql`select d.id, d.name, count(*)::int as profiles,
          count(*) filter (where p.last_confirmed_at < ${threshold})::int as stale
        from partner_profiles p
        join organizations o on o.id = p.organization_id
        left join districts d on d.id = o.district_id
        where o.municipality_id = ${municipalityId}
        group by d.id, d.name
        order by d.name nulls last`,
  );
}

function byCentre(db: Executor, municipalityId: string, threshold: Date) {
  return queryRows<{ id: string; name: string; partners: number; stale: number }>(
    db,
    sql`select c.id, c.name, count(p.organization_id)::int as partners,
          count(p.organization_id) filter (where p.last_confirmed_at < ${threshold})::int as stale
        from organizations c
        left join partner_relationships r on r.centre_id = c.id and r.status in ('active', 'in_contact')
        left join partner_profiles p on p.organization_id = r.partner_id
        where c.type = 'family_centre' and c.municipality_id = ${municipalityId}
        group by c.id, c.name
        order by c.name`,
  );
}
