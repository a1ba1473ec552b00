import type { Executor } from '../../db/client';
import { translate } from '../../http/i18n';
import type { ServiceContext } from '../../service-context';
import { enqueueEmail } from '../outbox/service';
import * as repo from './repo';

/**
 * Asks the co-organisers' members who may consent (leads, admins, staff) to look at the offering: when it
 * is proposed, and when agreed terms changed (a new round). Sent with the transaction (outbox).
 */
export async function mailCoOrganizers(
  ctx: ServiceContext,
  tx: Executor,
  row: repo.OfferingRow,
  kind: 'proposed' | 'newRound',
) {
  const organizers = await repo.organizersOf(tx, [row.id]);
  const lead = organizers.find((o) => o.organizationId === row.leadOrganizationId);
  const others = organizers.filter((o) => o.organizationId !== row.leadOrganizationId);
  const recipients = await repo.consentersOf(
    tx,
    others.map((o) => o.organizationId),
  );
  const url = `${ctx.config.publicUrl}/angebote/verwalten/${row.id}`;
  for (const r of recipients) {
    const organizer = others.find((o) => o.organizationId === r.organizationId);
    const params = {
      title: row.title,
      lead: lead?.organizationName ?? '',
      organization: organizer?.organizationName ?? '',
      responsibilities: [...(organizer?.responsibilities ?? []), organizer?.otherResponsibilities]
        .filter(Boolean)
        .join(', '),
      url,
    };
    await enqueueEmail(tx, {
      to: r.email,
      subject: translate(ctx.locale, `offerings.mail.${kind}.subject`, params),
      text: translate(ctx.locale, `offerings.mail.${kind}.text`, params),
    });
  }
}
