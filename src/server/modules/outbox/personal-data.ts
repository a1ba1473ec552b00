import { asc, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { PersonIdentity } from '../accounts/personal-data';
import { outbox } from './schema';

const addressedTo = (email: string) => sql`lower(${outbox.payload}->>'to') = lower(${email})`;

/** Art. 15/20: e-mails queued to the person: subject, status and dates (the body repeats their records). */
export async function mailDataOf(db: Executor, person: PersonIdentity) {
  const rows = await db
    .select({
      subject: sql<string>`${outbox.payload}->>'subject'`,
      status: outbox.status,
      createdAt: outbox.createdAt,
      processedAt: outbox.processedAt,
    })
    .from(outbox)
    .where(addressedTo(person.email))
    .orderBy(asc(outbox.createdAt));
  return rows;
}

/** Art. 17: e-mails to the person are deleted, sent or not: the outbox is transport, not a record. */
export async function deleteMailTo(tx: Executor, person: PersonIdentity): Promise<void> {
  await tx.delete(outbox).where(addressedTo(person.email));
}
