/**
 * Initial JavaScript of the public offerings finder `/angebote`: what a browser on a cheap phone has to download
 * before the page works. Builds the web app with a Vite manifest (and source maps) into a temporary folder (so
 * it never races an end-to-end run that serves dist/web), then sums the gzipped size of the entry chunk, the
 * chunks it imports statically, the finder's route chunk and its static imports — exactly the files the browser
 * fetches for a first visit of /angebote (dynamic imports such as the phone drawer load only on demand).
 * The per-package breakdown (from the source maps) says what to cut when the goal is missed.
 *
 * Goal: ≤ 150 KB gzipped (KB = 1,000 bytes), entry + /angebote route.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { heading, printTable, type SummaryRow } from './lib/report';
import { repoRoot } from './lib/server';

export const WEB_BUNDLE_GOAL_BYTES = 150_000;

/** The module behind the /angebote route (lazyRouteComponent in src/web/router.tsx). */
const FINDER_MODULE = 'src/web/features/offerings/finder-page.tsx';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface WebBundleResult {
  files: { file: string; rawBytes: number; gzipBytes: number }[];
  totalGzipBytes: number;
  cssGzipBytes: number;
  packages: { name: string; gzipBytes: number }[];
}

function build(outDir: string): void {
  execFileSync(
    join(repoRoot, 'node_modules/.bin/vite'),
    ['build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--sourcemap', '--logLevel', 'warn'],
    { cwd: repoRoot, stdio: 'inherit' },
  );
}

/** The manifest keys a first visit of /angebote loads: entry + finder route, each with its static imports. */
function initialChunks(manifest: Manifest): string[] {
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error('the Vite manifest has no entry');
  if (!manifest[FINDER_MODULE]) throw new Error(`${FINDER_MODULE} is not a chunk of the build`);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit(entry);
  visit(FINDER_MODULE);
  return [...seen];
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The source index of each generated segment's start (source-map v3 VLQ), per generated line. */
function segmentsOf(mappings: string): { line: number; column: number; source: number }[] {
  const result: { line: number; column: number; source: number }[] = [];
  let source = 0;
  mappings.split(';').forEach((lineText, line) => {
    let column = 0;
    for (const segment of lineText.split(',')) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >> 1) : value >> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0] ?? 0;
      if (values.length >= 4) {
        source += values[1] ?? 0;
        result.push({ line, column, source });
      }
    }
  });
  return result;
}

const packageOf = (source: string) =>
  source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ??
  source.replace(/^.*?src\/web\//, 'src/web/').replace(/^(src\/web\/(?:features\/)?[^/]+).*$/, '$1');

/** Minified bytes per package of one chunk, scaled to the chunk's gzipped size (an estimate, good for ranking). */
function packagesOf(jsPath: string, gzipBytes: number, into: Map<string, number>): void {
  const mapPath = `${jsPath}.map`;
  if (!existsSync(mapPath)) return;
  const map = JSON.parse(readFileSync(mapPath, 'utf8')) as { sources: string[]; mappings: string };
  const lines = readFileSync(jsPath, 'utf8').split('\n');
  const segments = segmentsOf(map.mappings);
  const bytes = new Map<string, number>();
  let total = 0;
  segments.forEach((segment, i) => {
    const next = segments[i + 1];
    const end = next && next.line === segment.line ? next.column : (lines[segment.line]?.length ?? 0);
    const name = packageOf(map.sources[segment.source] ?? '?');
    bytes.set(name, (bytes.get(name) ?? 0) + (end - segment.column));
    total += end - segment.column;
  });
  for (const [name, size] of bytes) into.set(name, (into.get(name) ?? 0) + (size / total) * gzipBytes);
}

export function measureWebBundle(outDir: string): WebBundleResult {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const keys = initialChunks(manifest);
  const packages = new Map<string, number>();
  const files = keys.map((key) => {
    const file = manifest[key]?.file ?? key;
    const content = readFileSync(join(outDir, file));
    const gzipBytes = gzipSync(content, { level: 9 }).length;
    packagesOf(join(outDir, file), gzipBytes, packages);
    return { file, rawBytes: content.length, gzipBytes };
  });
  const cssFiles = new Set(keys.flatMap((key) => manifest[key]?.css ?? []));
  const cssGzipBytes = [...cssFiles].reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length,
    0,
  );
  return {
    files: files.sort((a, b) => b.gzipBytes - a.gzipBytes),
    totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    cssGzipBytes,
    packages: [...packages]
      .map(([name, gzip]) => ({ name, gzipBytes: Math.round(gzip) }))
      .sort((a, b) => b.gzipBytes - a.gzipBytes),
  };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

export async function benchWebBundle(): Promise<{ result: WebBundleResult; rows: SummaryRow[] }> {
  heading('Initial JavaScript of /angebote (Vite build, gzip -9)');
  const outDir = mkdtempSync(join(tmpdir(), 'familiennetz-bench-web-'));
  try {
    build(outDir);
    const result = measureWebBundle(outDir);
    printTable(
      ['file', 'raw', 'gzip'],
      result.files.map((f) => [f.file, kb(f.rawBytes), kb(f.gzipBytes)]),
    );
    console.log(
      `\n  JavaScript total ${kb(result.totalGzipBytes)} gzipped (CSS beside it: ${kb(result.cssGzipBytes)})`,
    );
    console.log('\n  by package (estimated from the source maps):');
    printTable(
      ['package', 'gzip'],
      result.packages.slice(0, 15).map((p) => [`  ${p.name}`, kb(p.gzipBytes)]),
    );
    const rows: SummaryRow[] = [
      {
        benchmark: 'web bundle',
        metric: '/angebote initial JS (gzip)',
        value: kb(result.totalGzipBytes),
        goal: `≤ ${kb(WEB_BUNDLE_GOAL_BYTES)}`,
        isMet: result.totalGzipBytes <= WEB_BUNDLE_GOAL_BYTES,
      },
    ];
    return { result, rows };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
