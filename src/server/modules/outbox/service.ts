import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';
import type { Database, Executor } from '../../db/client';
import { outbox } from './schema';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Queue an e-mail inside the caller's transaction: it is sent only if the change commits. */
export async function enqueueEmail(tx: Executor, message: EmailMessage): Promise<void> {
  await tx.insert(outbox).values({ kind: 'email', payload: message });
}

export type SendEmail = (message: EmailMessage) => Promise<void>;

/**
 * SMTP when SMTP_URL is set; otherwise, with MAIL_DIR, each e-mail is written there as an .eml file
 * (development and end-to-end tests read them); with neither, e-mails stay pending in the outbox.
 */
export function createMailer(
  options: { smtpUrl?: string | undefined; mailDir?: string | undefined },
  from: string,
): SendEmail | undefined {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return async (message) => {
      await transport.sendMail({ from, ...message });
    };
  }
  const { mailDir } = options;
  if (!mailDir) return undefined;
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return async (message) => {
    const { message: eml } = await transport.sendMail({ from, ...message });
    await mkdir(mailDir, { recursive: true });
    await writeFile(join(mailDir, `${Date.now()}-${randomUUID()}.eml`), eml as Buffer);
  };
}

const MAX_ATTEMPTS = 5;
const BATCH_SIZE = 20;

/**
 * Sends due e-mails. Rows are claimed with FOR UPDATE SKIP LOCKED so several app servers share the work.
 * Without a mailer the messages stay pending and visible in the outbox.
 */
export async function processOutbox(db: Database, send: SendEmail | undefined): Promise<number> {
  if (!send) return 0;
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(outbox)
      .where(and(eq(outbox.status, 'pending'), lte(outbox.runAfter, sql`now()`)))
      .orderBy(asc(outbox.runAfter))
      .limit(BATCH_SIZE)
      .for('update', { skipLocked: true });
    for (const item of due) {
      try {
        await send(item.payload as EmailMessage);
        await tx
          .update(outbox)
          .set({ status: 'sent', processedAt: new Date() })
          .where(eq(outbox.id, item.id));
      } catch (error) {
        const attempts = item.attempts + 1;
        await tx
          .update(outbox)
          .set({
            attempts,
            status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
            lastError: error instanceof Error ? error.message : String(error),
            // Back off: 1, 4, 9, 16 minutes.
            runAfter: new Date(Date.now() + attempts * attempts * 60_000),
          })
          .where(eq(outbox.id, item.id));
      }
    }
    return due.length;
  });
}

/** Polls the outbox until stopped. */
export function startOutboxWorker(
  db: Database,
  send: SendEmail | undefined,
  log: FastifyBaseLogger,
  pollMilliseconds = 5_000,
) {
  if (!send) {
    log.info('Neither SMTP_URL nor MAIL_DIR is set: e-mails stay in the outbox table');
    return () => {};
  }
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await processOutbox(db, send);
    } catch (error) {
      log.error({ err: error }, 'outbox processing failed');
    } finally {
      running = false;
    }
  }, pollMilliseconds);
  timer.unref();
  return () => clearInterval(timer);
}
