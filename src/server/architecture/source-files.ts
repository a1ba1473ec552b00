import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SERVER = join(import.meta.dirname, '..');

export interface SourceFile {
  /** Path relative to src/server, with forward slashes. */
  path: string;
  /** The module folder under modules/, or null for shared code. */
  module: string | null;
  text: string;
}

/** Every production source file of the server (no tests, no test helpers). */
export function serverSources(): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'test' && entry.name !== '__snapshots__') walk(full);
      } else if (isProductionSource(entry.name)) {
        const path = relative(SERVER, full).replaceAll('\\', '/');
        const module = path.startsWith('modules/') ? (path.split('/')[1] ?? null) : null;
        files.push({ path, module, text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(SERVER);
  return files;
}

/** The code without comments, so that prose does not count as a use. */
export function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

export interface NamedImport {
  names: { name: string; typeOnly: boolean }[];
  from: string;
}

/** The named imports of a file (`import { a, type B } from '…'`, `import type { C } from '…'`). */
export function namedImports(text: string): NamedImport[] {
  const imports: NamedImport[] = [];
  for (const match of text.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/g)) {
    const allTypes = Boolean(match[1]);
    const names = (match[2] ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const typeOnly = allTypes || part.startsWith('type ');
        const name = part.replace(/^type\s+/, '').split(/\s+as\s+/)[0] ?? part;
        return { name, typeOnly };
      });
    imports.push({ names, from: match[3] ?? '' });
  }
  return imports;
}

/** The modules a file imports whole (`import * as repo from '…'`). */
export function namespaceImports(text: string): string[] {
  return [...text.matchAll(/import\s+(?:type\s+)?\*\s+as\s+\w+\s+from\s+'([^']+)'/g)].map((m) => m[1] ?? '');
}

/** Tests and their helpers (`*.test.ts`, `test-*.ts`) set up any data they like; they are not checked. */
function isProductionSource(name: string): boolean {
  return (
    name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts') && !name.startsWith('test-')
  );
}
