import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphEdge, GraphNode } from './graph-queries';

/** Rows per page: the largest municipality has thousands of organisations. */
const PAGE = 50;

function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <Group gap="xs" mt="xs">
      <Button variant="default" size="xs" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('planningGraph.previous')}
      </Button>
      <Text size="sm" aria-live="polite">
        {t('planningGraph.pageOf', { page, pages })}
      </Text>
      <Button variant="default" size="xs" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('planningGraph.next')}
      </Button>
    </Group>
  );
}

function usePage<T>(rows: T[]) {
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const current = Math.min(page, pages);
  return { page: current, pages, setPage, rows: rows.slice((current - 1) * PAGE, current * PAGE) };
}

interface TablesProps {
  nodes: GraphNode[];
  edges: GraphEdge[];
  kindOf: (node: GraphNode) => string;
  place: (node: GraphNode) => string;
}

/** The organisations: the chart's nodes with their kind, district, links and part of the network. */
export function NodesTable({ nodes, kindOf, place }: Omit<TablesProps, 'edges'>) {
  const { t } = useTranslation();
  const headingId = useId();
  const sorted = useMemo(
    () => [...nodes].sort((a, b) => b.degree - a.degree || a.name.localeCompare(b.name)),
    [nodes],
  );
  const { page, pages, setPage, rows } = usePage(sorted);
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('planningGraph.nodesTable')} ({nodes.length})
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table striped aria-labelledby={headingId} fz="sm" horizontalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('planningGraph.name')}</Table.Th>
              <Table.Th scope="col">{t('planningGraph.type')}</Table.Th>
              <Table.Th scope="col">{t('planningGraph.district')}</Table.Th>
              <Table.Th scope="col">{t('planningGraph.degree')}</Table.Th>
              <Table.Th scope="col">{t('planningGraph.centres')}</Table.Th>
              <Table.Th scope="col">{t('planningGraph.component')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((n) => (
              <Table.Tr key={n.id}>
                <Table.Th scope="row" fw="normal" style={{ overflowWrap: 'anywhere' }}>
                  {n.name}
                </Table.Th>
                <Table.Td>{kindOf(n)}</Table.Td>
                <Table.Td>{place(n)}</Table.Td>
                <Table.Td>{n.degree === 0 ? `0 (${t('planningGraph.isolated')})` : n.degree}</Table.Td>
                <Table.Td>{n.centres}</Table.Td>
                <Table.Td>{n.component}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Pager page={page} pages={pages} onPage={setPage} />
    </Paper>
  );
}

/** The links: each pair with what links them (cooperation, agreements, joint offerings) and the weight. */
export function EdgesTable({ nodes, edges }: Pick<TablesProps, 'nodes' | 'edges'>) {
  const { t } = useTranslation();
  const headingId = useId();
  const names = useMemo(() => new Map(nodes.map((n) => [n.id, n.name])), [nodes]);
  const sorted = useMemo(() => [...edges].sort((a, b) => b.weight - a.weight), [edges]);
  const { page, pages, setPage, rows } = usePage(sorted);
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('planningGraph.edgesTable')} ({edges.length})
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table striped aria-labelledby={headingId} fz="sm" horizontalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('planningGraph.between')}</Table.Th>
              <Table.Th scope="col">{t('planningGraph.cooperations')}</Table.Th>
              <Table.Th scope="col">{t('planningGraph.agreements')}</Table.Th>
              <Table.Th scope="col">{t('planningGraph.jointOfferings')}</Table.Th>
              <Table.Th scope="col">{t('planningGraph.weight')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((e) => (
              <Table.Tr key={`${e.source}|${e.target}`}>
                <Table.Th scope="row" fw="normal" style={{ overflowWrap: 'anywhere' }}>
                  {names.get(e.source)} – {names.get(e.target)}
                </Table.Th>
                <Table.Td>{e.cooperations > 0 ? t('planningGraph.yes') : t('planningGraph.no')}</Table.Td>
                <Table.Td>{e.agreements}</Table.Td>
                <Table.Td>{e.jointOfferings}</Table.Td>
                <Table.Td>{e.weight}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Pager page={page} pages={pages} onPage={setPage} />
    </Paper>
  );
}
