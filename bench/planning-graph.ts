/**
 * Planning graph (issue 18 §10): the network graph of the NRW set's largest municipality drawn in Chromium.
 *
 * The data come from the real use case (`planningGraph`, in process on PostgreSQL, as the municipality's
 * planner); its time is printed beside (no goal of its own here). The drawing runs in headless Chromium
 * (Playwright) through the web app's own `src/web/features/planning/network-draw.ts`, bundled with esbuild:
 * the clock starts with the answer's JSON text in the page (JSON.parse counted) and stops when Cytoscape has
 * placed every node (preset layout by district) and painted its first frame. Loading and compiling the
 * Cytoscape code is measured apart (the page loads it once, lazily). Two views: what the page draws by default
 * (centres and linked organisations) and everything (also the unlinked partners), the larger one counts.
 *
 * Beside the wall-clock time, the page's main-thread CPU time per draw (DevTools `ThreadTime`) says what the draw
 * costs when the machine's other guests take turns on the cores: on a loaded 2-core machine wall time is several
 * times the CPU time.
 *
 * Goal: drawn in < 1 s (median of `--runs` × 2 draws, each on a fresh container), at 1280 × 800.
 */
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { loadConfig } from '../src/server/config';
import { openDatabase, queryRows } from '../src/server/db/client';
import { planningGraph } from '../src/server/modules/planning/graph';
import { benchActor } from './lib/in-process';
import { databaseUrl, NRW_GENERATOR_ARGS, prepareBenchDatabase, probePostgres } from './lib/postgres';
import { heading, median, ms, percentile, type SummaryRow } from './lib/report';
import { repoRoot } from './lib/server';

export const GRAPH_DRAW_GOAL_MS = 1000;

export interface PlanningGraphResult {
  municipality?: string;
  nodes?: number;
  linkedNodes?: number;
  edges?: number;
  serverMs?: number[];
  scriptMs?: number;
  drawAllMs?: number[];
  drawDefaultMs?: number[];
  drawAllCpuMs?: number[];
  drawDefaultCpuMs?: number[];
  skipped?: string;
}

/** network-draw.ts with Cytoscape as one script that sets `window.NetworkDraw`. */
async function drawBundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(repoRoot, 'src/web/features/planning/network-draw.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'NetworkDraw',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]?.text ?? '';
}

interface DrawTimes {
  scriptMs: number;
  allMs: number[];
  defaultMs: number[];
  /** CPU time of the page's main thread per draw: what the draw costs without the other guests' load. */
  allCpuMs: number[];
  defaultCpuMs: number[];
}

/** In Chromium: load the bundle once, then draw each view `runs` times on a fresh container. */
async function drawInChromium(script: string, json: string, runs: number): Promise<DrawTimes> {
  // The Chromium the end-to-end tests use (playwright.config.ts), software rendering as there.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.setContent('<!doctype html><html><body style="margin:0"></body></html>');
    const scriptMs = await page.evaluate((code) => {
      const started = performance.now();
      // An inline script runs synchronously when appended: timed like the page's lazy chunk.
      const element = document.createElement('script');
      element.textContent = code;
      document.head.append(element);
      return performance.now() - started;
    }, script);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const threadMs = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return 1000 * (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN);
    };
    const drawOnce = (showUnlinked: boolean) =>
      page.evaluate(
        async ({ text, showUnlinked }) => {
          const container = document.createElement('div');
          container.style.cssText = 'width:1280px;height:560px';
          document.body.replaceChildren(container);
          const started = performance.now();
          const graph = JSON.parse(text);
          const nodes = graph.nodes.filter(
            (n: { degree: number; type: string }) =>
              showUnlinked || n.degree > 0 || n.type === 'family_centre',
          );
          // biome-ignore lint/suspicious/noExplicitAny: the bundle's global, typed in network-draw.ts.
          const cy = await (window as any).NetworkDraw.drawNetwork(container, nodes, graph.edges, {
            noDistrict: 'ohne Sozialraum',
            isolatedCentreIds: graph.metrics.isolatedCentreIds,
          });
          const elapsed = performance.now() - started;
          cy.destroy();
          return elapsed;
        },
        { text: json, showUnlinked },
      );
    const draw = async (showUnlinked: boolean) => {
      const before = await threadMs();
      const wall = await drawOnce(showUnlinked);
      return { wall, cpu: (await threadMs()) - before };
    };
    const times: DrawTimes = { scriptMs, allMs: [], defaultMs: [], allCpuMs: [], defaultCpuMs: [] };
    for (let i = 0; i < runs; i++) {
      const all = await draw(true);
      times.allMs.push(all.wall);
      times.allCpuMs.push(all.cpu);
      const shown = await draw(false);
      times.defaultMs.push(shown.wall);
      times.defaultCpuMs.push(shown.cpu);
    }
    return times;
  } finally {
    await browser.close();
  }
}

export async function benchPlanningGraph(options: {
  pgUrl: string;
  database: string;
  runs: number;
}): Promise<{ result: PlanningGraphResult; rows: SummaryRow[] }> {
  heading('Planning graph: the network of the largest municipality of the NRW set drawn in Chromium');
  const probe = await probePostgres(databaseUrl(options.pgUrl, 'postgres'));
  if ('error' in probe) {
    console.log(`SKIPPED: PostgreSQL unreachable (${probe.error})`);
    return { result: { skipped: probe.error }, rows: rowsOf({ skipped: probe.error }) };
  }
  const bench = await prepareBenchDatabase(options.pgUrl, options.database, NRW_GENERATOR_ARGS, false);
  const handle = await openDatabase({ url: bench.url, poolMax: 4 });
  try {
    await handle.migrate();
    const [largest] = await queryRows<{ id: string; name: string; n: number }>(
      handle.db,
      sql`select m.id, m.name, count(*)::int as n from organizations o join municipalities m on m.id = o.municipality_id
           group by m.id, m.name order by n desc limit 1`,
    );
    if (!largest) throw new Error('no organisations in the bench database');
    const ctx = {
      db: handle.db,
      actor: benchActor({ municipalityId: largest.id }),
      locale: 'de' as const,
      config: loadConfig({}),
    };
    const graph = await planningGraph(ctx, { municipalityId: largest.id });
    const serverMs: number[] = [];
    for (let i = 0; i < options.runs; i++) {
      const started = performance.now();
      await planningGraph(ctx, { municipalityId: largest.id });
      serverMs.push(performance.now() - started);
    }
    const times = await drawInChromium(await drawBundle(), JSON.stringify(graph), options.runs);
    const result: PlanningGraphResult = {
      municipality: largest.name,
      nodes: graph.nodes.length,
      linkedNodes: graph.nodes.filter((n) => n.degree > 0 || n.type === 'family_centre').length,
      edges: graph.edges.length,
      serverMs,
      scriptMs: times.scriptMs,
      drawAllMs: times.allMs,
      drawDefaultMs: times.defaultMs,
      drawAllCpuMs: times.allCpuMs,
      drawDefaultCpuMs: times.defaultCpuMs,
    };
    console.log(
      `${largest.name}: ${result.nodes} organisations (${result.linkedNodes} drawn by default), ${result.edges} edges, ` +
        `${graph.metrics.isolatedCentreIds.length} isolated centres, ${graph.metrics.components.count} components`,
    );
    console.log(
      `GET /planning/graph in process: median ${ms(median(serverMs))}, p95 ${ms(percentile(serverMs, 95))}`,
    );
    console.log(`Cytoscape + network-draw script evaluated once: ${ms(times.scriptMs)}`);
    console.log(
      `draw, everything: median ${ms(median(times.allMs))}, max ${ms(Math.max(...times.allMs))}; ` +
        `default view: median ${ms(median(times.defaultMs))}, max ${ms(Math.max(...times.defaultMs))} (goal < ${GRAPH_DRAW_GOAL_MS} ms)`,
    );
    console.log(
      `main-thread CPU per draw (includes the data's transfer into the page): everything median ${ms(median(times.allCpuMs))}, ` +
        `default view median ${ms(median(times.defaultCpuMs))}`,
    );
    return { result, rows: rowsOf(result) };
  } finally {
    await handle.close();
  }
}

function rowsOf(result: PlanningGraphResult): SummaryRow[] {
  const row = (metric: string, samples: number[] | undefined): SummaryRow => ({
    benchmark: 'planning-graph',
    metric,
    value: samples && samples.length > 0 ? ms(median(samples)) : 'skipped',
    goal: `< ${GRAPH_DRAW_GOAL_MS} ms`,
    isMet: samples && samples.length > 0 ? median(samples) < GRAPH_DRAW_GOAL_MS : undefined,
  });
  return [
    row(
      `median draw, all ${result.nodes ?? '–'} organisations, ${result.edges ?? '–'} edges`,
      result.drawAllMs,
    ),
    row(`median draw, default view (${result.linkedNodes ?? '–'} organisations)`, result.drawDefaultMs),
    {
      benchmark: 'planning-graph',
      metric: 'median main-thread CPU per draw, all organisations',
      value: result.drawAllCpuMs?.length ? ms(median(result.drawAllCpuMs)) : 'skipped',
      goal: '(informative)',
      isMet: undefined,
    },
  ];
}
