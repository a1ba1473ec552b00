import type { ServiceContext } from '../../service-context';
import { accountsDataOf, type PersonIdentity } from '../accounts/personal-data';
import { agreementsDataOf } from '../agreements/personal-data';
import { auditDataOf } from '../audit/personal-data';
import { cooperationsDataOf } from '../cooperations/personal-data';
import { directoryDataOf } from '../directory/personal-data';
import { offeringsDataOf } from '../offerings/personal-data';
import { mailDataOf } from '../outbox/personal-data';
import { planningDataOf } from '../planning/personal-data';
import { roomsDataOf } from '../rooms/personal-data';
import { sealDataOf } from '../seal/personal-data';
import { exportOwnData } from './policy';

/**
 * DSGVO Art. 15 (access) and 20 (portability): everything stored about the signed-in person, asked of
 * each module (docs/personal-data.md lists the decision per table). Read in one transaction so the
 * parts fit together.
 */
export async function exportPersonalData(ctx: ServiceContext) {
  const actor = exportOwnData(ctx);
  const person: PersonIdentity = { userId: actor.userId, name: actor.name, email: actor.email };
  return ctx.db.transaction(async (tx) => ({
    exportedAt: new Date(),
    account: await accountsDataOf(tx, person),
    directory: await directoryDataOf(tx, person),
    offerings: await offeringsDataOf(tx, person),
    rooms: await roomsDataOf(tx, person),
    agreements: await agreementsDataOf(tx, person),
    cooperations: await cooperationsDataOf(tx, person),
    planning: await planningDataOf(tx, person),
    seal: await sealDataOf(tx, person),
    activity: await auditDataOf(tx, person),
    emails: await mailDataOf(tx, person),
  }));
}

/** `personal-data-sabine-krueger-2026-12-07.json`: who and when, in plain ASCII for every browser. */
export function exportFileName(name: string, at: Date): string {
  const slug = name
    .toLowerCase()
    .replace(/[äöüßı]/g, (letter) => ({ ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ı: 'i' })[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `personal-data-${slug || 'person'}-${at.toISOString().slice(0, 10)}.json`;
}
