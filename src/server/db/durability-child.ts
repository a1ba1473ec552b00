/**
 * Child process of durability.test.ts: commits one marker row, announces it on stdout, then keeps
 * writing until the parent kills it with SIGKILL (so the kill lands in the middle of more writes).
 *
 * Usage: node --import tsx src/server/db/durability-child.ts <dataDir|postgres://…> <table> <marker>
 */
import { sql } from 'drizzle-orm';
import { openDatabase } from './client';

const [target, table, marker] = process.argv.slice(2);
if (!target || !table || !marker || !/^[a-z_][a-z0-9_]{0,62}$/.test(table)) {
  process.stderr.write('usage: durability-child.ts <dataDir|postgres://…> <table> <marker>\n');
  process.exit(2);
}

const isUrl = /^postgres(ql)?:\/\//.test(target);
const handle = await openDatabase(isUrl ? { url: target, poolMax: 2 } : { dataDir: target });
await handle.migrate();
const { db } = handle;
const probe = sql.identifier(table);

await db.execute(
  sql`create table if not exists ${probe} (id bigserial primary key, marker text not null, filler text)`,
);

await db.transaction(async (tx) => {
  await tx.execute(sql`insert into ${probe} (marker) values (${marker})`);
});
// Only now has the commit returned: from here on the row must survive anything.
process.stdout.write(`COMMITTED ${marker}\n`);

// Keep the database busy (uncommitted and committed writes) until the parent kills us.
for (let i = 0; ; i++) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`insert into ${probe} (marker, filler) values (${`filler-${i}`}, repeat('x', 2000))`);
  });
}
