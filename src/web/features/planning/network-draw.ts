import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { layoutNetwork } from './network-layout';

/**
 * Draws the network chart with Cytoscape.js. Only the network page loads this module (a dynamic import), so
 * no other page pays for the library. The benchmark (bench/planning-graph.ts) draws through this same function.
 */

export interface DrawNode {
  id: string;
  name: string;
  type: string;
  districtId: string | null;
  districtName: string | null;
  degree: number;
  external: boolean;
}

export interface DrawEdge {
  source: string;
  target: string;
  weight: number;
}

export interface DrawOptions {
  /** Text of the field of organisations without a district. */
  noDistrict: string;
  isolatedCentreIds: string[];
  onSelect?: (id: string | null) => void;
}

/** Shapes carry the type (colour is never the only carrier: WCAG 1.4.1); the legend names them. */
const TYPE_STYLES: Record<string, { shape: string; colour: string }> = {
  family_centre: { shape: 'round-rectangle', colour: '#1864ab' },
  partner: { shape: 'ellipse', colour: '#2b8a3e' },
  youth_office: { shape: 'diamond', colour: '#d9480f' },
  other: { shape: 'hexagon', colour: '#5f3dc4' },
};

/** Above this many organisations labels appear only on selection, and edges hide while panning. */
const LARGE = 300;

// Classes instead of data mappers and plain label nodes instead of compound parents: on the largest
// municipality (2,400 organisations) this halved the main thread's time for the first frame.
function styles(large: boolean): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'font-size': 9,
        'text-valign': 'bottom',
        'text-margin-y': 2,
        'min-zoomed-font-size': 7,
        color: '#212529',
        ...(large ? {} : { label: 'data(name)', 'text-max-width': '90px', 'text-wrap': 'ellipsis' }),
      },
    },
    ...Object.entries(TYPE_STYLES).map(([type, { shape, colour }]) => ({
      selector: `node.${type}`,
      style: { shape: shape as 'ellipse', 'background-color': colour },
    })),
    {
      selector: 'node.external',
      style: { 'border-width': 2, 'border-style': 'dashed', 'border-color': '#495057' },
    },
    {
      selector: 'node.isolated',
      style: { 'border-width': 5, 'border-style': 'double', 'border-color': '#c92a2a', label: 'data(name)' },
    },
    {
      selector: 'node.group',
      style: {
        'background-opacity': 0,
        width: 1,
        height: 1,
        label: 'data(name)',
        'font-size': 16,
        'font-weight': 'bold',
        'text-wrap': 'none',
        'text-valign': 'center',
        'min-zoomed-font-size': 0,
        events: 'no',
      },
    },
    {
      selector: 'edge',
      style: { width: 'data(width)', 'line-color': '#868e96', opacity: 0.7, 'curve-style': 'haystack' },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000', label: 'data(name)' } },
  ];
}

function elements(nodes: DrawNode[], edges: DrawEdge[], options: DrawOptions): ElementDefinition[] {
  const { positions, groups } = layoutNetwork(nodes);
  const isolated = new Set(options.isolatedCentreIds);
  // Each district's name above its field.
  const labels: ElementDefinition[] = groups.map((g) => ({
    group: 'nodes',
    data: { id: `group:${g.key}`, name: g.label ?? options.noDistrict },
    position: { x: g.centre.x, y: g.centre.y - g.radius - 24 },
    classes: 'group',
    selectable: false,
  }));
  const organisations: ElementDefinition[] = nodes.map((n) => ({
    group: 'nodes',
    data: {
      id: n.id,
      name: n.name,
      size: 10 + 4 * Math.log2(1 + n.degree) + (n.type === 'family_centre' ? 6 : 0),
    },
    position: positions.get(n.id) ?? { x: 0, y: 0 },
    classes: [
      n.type in TYPE_STYLES ? n.type : 'other',
      n.external ? 'external' : '',
      isolated.has(n.id) ? 'isolated' : '',
    ]
      .join(' ')
      .trim(),
  }));
  const links: ElementDefinition[] = edges.map((e) => ({
    group: 'edges',
    data: {
      id: `${e.source}|${e.target}`,
      source: e.source,
      target: e.target,
      width: 1 + 1.5 * Math.log2(e.weight),
    },
  }));
  return [...labels, ...organisations, ...links];
}

/** Draws into `container`; resolves once the layout is done and the first frame is painted. */
export function drawNetwork(
  container: HTMLElement,
  nodes: DrawNode[],
  edges: DrawEdge[],
  options: DrawOptions,
): Promise<Core> {
  const large = nodes.length > LARGE;
  return new Promise((resolve) => {
    const cy = cytoscape({
      container,
      elements: elements(nodes, edges, options),
      style: styles(large),
      layout: { name: 'preset', fit: true, padding: 16 },
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      autoungrabify: true,
      textureOnViewport: large,
      // A HiDPI screen would paint four times the pixels of a large network for little gain.
      pixelRatio: large ? 1 : 'auto',
      hideEdgesOnViewport: large,
    });
    cy.on('select', 'node', (event) => options.onSelect?.(event.target.id()));
    cy.on('unselect', 'node', () => options.onSelect?.(null));
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve(cy);
    };
    cy.one('render', finish);
    // A hidden container renders nothing: do not wait for a frame that never comes.
    requestAnimationFrame(() => requestAnimationFrame(finish));
  });
}
