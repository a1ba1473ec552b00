import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverSources } from './source-files';

/** Issue 16: files say what they hold. Generated files are the exception. */
const MAX_LINES = 400;
const GENERATED = new Set(['web/api/schema.d.ts']);
const SRC = join(import.meta.dirname, '..', '..');
const SERVER = join(SRC, 'server');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__snapshots__' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/** The cycles of relative imports among the server's production files, each as a path of files. */
function importCycles(): string[][] {
  const files = serverSources();
  const known = new Set(files.map((f) => f.path));
  const edges = new Map<string, string[]>();
  for (const file of files) {
    // Type-only imports vanish at run time and cannot form a cycle there.
    const runtimeImports = [...file.text.matchAll(/^(import|export)( type)?[^'"]*from\s+'(\.[^']+)'/gm)]
      .filter((m) => !m[2])
      .map((m) => relative(SERVER, resolve(SERVER, dirname(file.path), m[3] ?? '')).replaceAll('\\', '/'))
      .map((path) => `${path}.ts`)
      .filter((path) => known.has(path));
    edges.set(file.path, runtimeImports);
  }
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('file shape', () => {
  it(`no source file over ${MAX_LINES} lines except generated ones`, () => {
    const long = sourceFiles(SRC)
      .map((file) => ({
        file: relative(SRC, file).replaceAll('\\', '/'),
        lines: readFileSync(file, 'utf8').split('\n').length - 1,
      }))
      .filter(({ file, lines }) => lines > MAX_LINES && !GENERATED.has(file))
      .map(({ file, lines }) => `${file}: ${lines}`);
    expect(long).toEqual([]);
  });

  it('no import cycles in src/server (type-only imports aside)', () => {
    expect(importCycles().map((cycle) => cycle.join(' → '))).toEqual([]);
  });
});
