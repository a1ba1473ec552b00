import { Box, List, Paper, Text, Title } from '@mantine/core';
import type { Core } from 'cytoscape';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphEdge, GraphNode } from './graph-queries';

interface NetworkChartProps {
  nodes: GraphNode[];
  edges: GraphEdge[];
  isolatedCentreIds: string[];
  kindOf: (node: GraphNode) => string;
}

/**
 * The chart: Cytoscape.js, loaded on first use (network-draw.ts is a dynamic import). A picture for those who
 * see it; the tables below carry the same for keyboard and screen-reader users, so the canvas is one labelled
 * image and a click only shows what the tables already say.
 */
export function NetworkChart({ nodes, edges, isolatedCentreIds, kindOf }: NetworkChartProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [drawing, setDrawing] = useState(true);
  const [selected, setSelected] = useState<string | null>(null);
  const headingId = useId();
  const noDistrict = t('planningGraph.noDistrict');

  useEffect(() => {
    let cy: Core | undefined;
    let cancelled = false;
    setDrawing(true);
    setSelected(null);
    void import('./network-draw').then(async ({ drawNetwork }) => {
      if (cancelled || !container.current) return;
      cy = await drawNetwork(container.current, nodes, edges, {
        noDistrict,
        isolatedCentreIds,
        onSelect: setSelected,
      });
      if (cancelled) cy.destroy();
      else setDrawing(false);
    });
    return () => {
      cancelled = true;
      cy?.destroy();
    };
  }, [nodes, edges, isolatedCentreIds, noDistrict]);

  const chosen = selected ? nodes.find((n) => n.id === selected) : undefined;
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('planningGraph.graph')}
      </Title>
      <Box
        ref={container}
        role="img"
        aria-label={t('planningGraph.graphLabel', { nodes: nodes.length, edges: edges.length })}
        h={{ base: 360, sm: 560 }}
        style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4 }}
        data-drawn={drawing ? undefined : 'true'}
      />
      {drawing && (
        <Text size="sm" mt="xs" role="status">
          {t('planningGraph.drawing')}
        </Text>
      )}
      <Text size="sm" mt="xs" aria-live="polite">
        {chosen
          ? `${t('planningGraph.selected')}: ${chosen.name} – ${kindOf(chosen)}`
          : t('planningGraph.selectHint')}
      </Text>
      <Title order={3} size="h5" mt="sm">
        {t('planningGraph.legend')}
      </Title>
      <List size="sm" spacing={2}>
        {(
          [
            'legendCentre',
            'legendPartner',
            'legendOffice',
            'legendOther',
            'legendIsolated',
            'legendExternal',
            'legendGroups',
          ] as const
        ).map((key) => (
          <List.Item key={key}>{t(`planningGraph.${key}`)}</List.Item>
        ))}
      </List>
    </Paper>
  );
}
