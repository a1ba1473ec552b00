import { describe, expect, it } from 'vitest';
import {
  namedImports,
  namespaceImports,
  type SourceFile,
  serverSources,
  withoutComments,
} from './source-files';

/**
 * Decision 014: a module reads another module's data only through that module's functions. The one
 * exception are read-only joins to the reference tables every module needs (who, which organisation,
 * where). No module imports another module's repo, names another module's tables in SQL, or writes them.
 */
const REFERENCE_TABLES = new Set([
  'users',
  'organizations',
  'memberships',
  'municipalities',
  'districts',
  'postcodes',
  'partner_kinds',
  'organization_kinds',
]);

/** Table name → owning module, and drizzle export name → table name, from each module's schema.ts. */
function tableOwners(files: SourceFile[]) {
  const owner = new Map<string, string>();
  const exportToTable = new Map<string, string>();
  for (const file of files) {
    if (!file.module || !file.path.endsWith('/schema.ts')) continue;
    for (const match of file.text.matchAll(/export const (\w+) = pgTable\(\s*'([a-z_]+)'/g)) {
      owner.set(match[2] ?? '', file.module);
      exportToTable.set(`${file.module}:${match[1]}`, match[2] ?? '');
    }
  }
  return { owner, exportToTable };
}

function borderViolations(files = serverSources()): string[] {
  const { owner, exportToTable } = tableOwners(serverSources());
  const violations: string[] = [];
  for (const file of files) {
    if (!file.module) continue;
    const code = withoutComments(file.text);
    for (const { names, from } of namedImports(code)) {
      const target = /^\.\.\/([a-z-]+)\/([\w-]+)$/.exec(from);
      if (!target || target[1] === file.module) continue;
      const [, other, name] = target;
      if (name === 'repo' || name?.endsWith('-repo'))
        violations.push(`${file.path}: imports ${other}/${name}`);
      if (name !== 'schema') continue;
      for (const imported of names) {
        const table = exportToTable.get(`${other}:${imported.name}`);
        if (table && !imported.typeOnly && !REFERENCE_TABLES.has(table)) {
          violations.push(`${file.path}: uses ${other}'s table ${table}`);
        }
      }
    }
    // `import * as organizationsRepo from '../accounts/repo'` crosses as much as a named import does.
    for (const from of namespaceImports(code)) {
      const target = /^\.\.\/([a-z-]+)\/([\w-]+)$/.exec(from);
      if (!target || target[1] === file.module) continue;
      if (target[2] === 'repo' || target[2]?.endsWith('-repo')) {
        violations.push(`${file.path}: imports ${target[1]}/${target[2]}`);
      }
    }
    for (const match of code.matchAll(/\b(?:from|join|into|update)\s+([a-z_]+)\b/gi)) {
      const table = match[1] ?? '';
      const tableOwner = owner.get(table);
      if (tableOwner && tableOwner !== file.module && !REFERENCE_TABLES.has(table)) {
        violations.push(`${file.path}: names ${tableOwner}'s table ${table} in SQL`);
      }
    }
  }
  return [...new Set(violations)];
}

describe('module borders (decision 014)', () => {
  it('no module reads or writes another module’s tables except the reference tables', () => {
    expect(borderViolations()).toEqual([]);
  });

  it('the check catches a crossing', () => {
    const crossing = {
      path: 'modules/rooms/bookings-repo.ts',
      module: 'rooms',
      text: "import { offerings } from '../offerings/schema';\nimport * as organizationsRepo from '../accounts/repo';\nsql`insert into audit_log (a) values (1)`; sql`select 1 from organizations`",
    };
    expect(borderViolations([crossing])).toEqual([
      "modules/rooms/bookings-repo.ts: uses offerings's table offerings",
      'modules/rooms/bookings-repo.ts: imports accounts/repo',
      "modules/rooms/bookings-repo.ts: names audit's table audit_log in SQL",
    ]);
  });
});
