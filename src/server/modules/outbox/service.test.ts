import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client';
import { openTestDatabase } from '../../test/build-app';
import { outbox } from './schema';
import { createMailer, type EmailMessage, enqueueEmail, processOutbox } from './service';

let database: DatabaseHandle;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('outbox', () => {
  it('an e-mail queued in a rolled-back transaction is never sent', async () => {
    await database.db
      .transaction(async (tx) => {
        await enqueueEmail(tx, { to: 'rollback@x.example', subject: 's', text: 't' });
        throw new Error('abort');
      })
      .catch(() => {});
    expect(await database.db.select().from(outbox).where(eq(outbox.kind, 'email'))).toEqual([]);
  });

  it('without a mailer messages stay pending; with one they are sent once', async () => {
    await enqueueEmail(database.db, { to: 'a@x.example', subject: 'Hallo', text: 'Text' });
    expect(await processOutbox(database.db, undefined)).toBe(0);
    const sent: EmailMessage[] = [];
    const send = async (message: EmailMessage) => {
      sent.push(message);
    };
    expect(await processOutbox(database.db, send)).toBe(1);
    expect(await processOutbox(database.db, send)).toBe(0);
    expect(sent).toEqual([{ to: 'a@x.example', subject: 'Hallo', text: 'Text' }]);
    const [row] = await database.db.select().from(outbox);
    expect(row?.status).toBe('sent');
  });

  it('a failing send is retried later with the error kept', async () => {
    await enqueueEmail(database.db, { to: 'b@x.example', subject: 'S', text: 'T' });
    await processOutbox(database.db, async () => {
      throw new Error('SMTP down');
    });
    const [row] = await database.db.select().from(outbox).where(eq(outbox.status, 'pending'));
    expect(row).toMatchObject({ attempts: 1, lastError: 'SMTP down' });
    expect(row?.runAfter.getTime()).toBeGreaterThan(Date.now());
  });
});

describe('mail folder', () => {
  it('writes each e-mail as an .eml file when MAIL_DIR is set', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fn-mail-'));
    const send = createMailer({ mailDir: dir }, 'Familiennetz <no-reply@familiennetz.example>');
    if (!send) throw new Error('no mailer');
    await send({
      to: 'leitung@fz.example',
      subject: 'Einladung zu Familienzentrum Sonnenblume',
      text: 'Grüße',
    });
    const [file] = await readdir(dir);
    const eml = await readFile(join(dir, String(file)), 'utf8');
    expect(eml).toContain('To: leitung@fz.example');
    expect(eml).toMatch(/^Subject: /m);
    expect(createMailer({}, 'x')).toBeUndefined();
  });
});
