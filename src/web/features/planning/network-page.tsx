import { Checkbox, List, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../components/query-view';
import type { PlannableMunicipality } from './frame-queries';
import { type GraphNode, type PlanningGraph, usePlanningGraph } from './graph-queries';
import { NetworkChart } from './network-chart';
import type { NetworkSearch } from './network-search';
import { EdgesTable, NodesTable } from './network-tables';
import { PlanningFrame } from './planning-frame';

const route = getRouteApi('/planung/netzwerk');

/** Today in Berlin as YYYY-MM-DD (the latest day the server accepts). */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());

function Filters({
  municipality,
  graph,
}: {
  municipality: PlannableMunicipality;
  graph: PlanningGraph | undefined;
}) {
  const { t, i18n } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const update = (patch: Partial<NetworkSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
  const en = i18n.language === 'en';
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'lg' }} component="form" aria-label={t('planningGraph.filters')}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        <TextInput
          type="date"
          label={t('planningGraph.at')}
          value={search.at ?? graph?.at ?? ''}
          max={today()}
          onChange={(event) => update({ at: event.currentTarget.value || undefined })}
        />
        <Select
          label={t('planningGraph.district')}
          data={[
            { value: '', label: t('planningGraph.anyDistrict') },
            ...municipality.districts.map((d) => ({ value: d.id, label: d.name })),
          ]}
          value={search.district ?? ''}
          allowDeselect={false}
          onChange={(value) => update({ district: value || undefined })}
        />
        <Select
          label={t('planningGraph.kind')}
          data={[
            { value: '', label: t('planningGraph.anyKind') },
            ...(graph?.partnerKinds ?? []).map((k) => ({ value: k.key, label: en ? k.labelEn : k.labelDe })),
          ]}
          value={search.kind ?? ''}
          allowDeselect={false}
          searchable
          onChange={(value) => update({ kind: value || undefined })}
        />
        <Checkbox
          mt={{ md: 'xl' }}
          label={t('planningGraph.showUnlinked')}
          checked={search.unlinked === '1'}
          onChange={(event) => update({ unlinked: event.currentTarget.checked ? '1' : undefined })}
        />
      </SimpleGrid>
    </Paper>
  );
}

function Metrics({ graph, nameOf }: { graph: PlanningGraph; nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { metrics } = graph;
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('planningGraph.metrics')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Stack gap={4}>
          <Text>
            {t('planningGraph.organisations')}: <strong>{graph.nodes.length}</strong>,{' '}
            {t('planningGraph.edges')}: <strong>{graph.edges.length}</strong>
          </Text>
          <Text>
            {t('planningGraph.components')}: <strong>{metrics.components.count}</strong>
            {metrics.components.sizes[0] !== undefined &&
              ` (${t('planningGraph.largestComponent', { count: metrics.components.sizes[0] })})`}
          </Text>
          <Text>
            {t('planningGraph.unlinked')}: <strong>{metrics.components.unlinked}</strong>
          </Text>
        </Stack>
        <div>
          <Title order={3} size="h5">
            {t('planningGraph.isolatedCentres')}: {metrics.isolatedCentreIds.length}
          </Title>
          {metrics.isolatedCentreIds.length === 0 ? (
            <Text size="sm">{t('planningGraph.noneIsolated')}</Text>
          ) : (
            <List size="sm">
              {metrics.isolatedCentreIds.map((id) => (
                <List.Item key={id}>{nameOf(id)}</List.Item>
              ))}
            </List>
          )}
        </div>
        <div>
          <Title order={3} size="h5">
            {t('planningGraph.hubs', { count: metrics.manyCentres })}:{' '}
            {metrics.partnersServingManyCentres.length}
          </Title>
          {metrics.partnersServingManyCentres.length === 0 ? (
            <Text size="sm">{t('planningGraph.noHubs')}</Text>
          ) : (
            <List size="sm">
              {metrics.partnersServingManyCentres.slice(0, 20).map((p) => (
                <List.Item key={p.id}>
                  {nameOf(p.id)}: {p.centres} {t('planningGraph.centres')}
                </List.Item>
              ))}
            </List>
          )}
        </div>
      </SimpleGrid>
    </Paper>
  );
}

function NetworkContent({ municipality }: { municipality: PlannableMunicipality }) {
  const { t, i18n } = useTranslation();
  const search = route.useSearch();
  const query = usePlanningGraph({
    municipalityId: municipality.id,
    at: search.at,
    districtId: search.district,
    kind: search.kind,
  });
  const graph = query.data;
  const en = i18n.language === 'en';
  const helpers = useMemo(() => {
    const kinds = new Map((graph?.partnerKinds ?? []).map((k) => [k.key, en ? k.labelEn : k.labelDe]));
    const names = new Map((graph?.nodes ?? []).map((n) => [n.id, n.name]));
    const kindOf = (n: GraphNode) =>
      n.type === 'partner' && n.kinds.length > 0
        ? n.kinds.map((k) => kinds.get(k) ?? k).join(', ')
        : t(`planningGraph.types.${n.type as 'partner'}`, { defaultValue: n.type });
    const place = (n: GraphNode) =>
      [
        n.districtName ?? t('planningGraph.noDistrict'),
        n.external ? t('planningGraph.external') : '',
        n.outside ? t('planningGraph.outside') : '',
      ]
        .join(' ')
        .trim();
    return { kindOf, place, nameOf: (id: string) => names.get(id) ?? id };
  }, [graph, en, t]);
  // Partners without links fill the chart of a large municipality; they are shown on request.
  const shown = useMemo(
    () =>
      (graph?.nodes ?? []).filter(
        (n) => search.unlinked === '1' || n.degree > 0 || n.type === 'family_centre',
      ),
    [graph, search.unlinked],
  );
  return (
    <Stack gap="lg">
      <Text maw={760}>{t('planningGraph.intro')}</Text>
      <Filters municipality={municipality} graph={graph} />
      <QueryView query={query}>
        {(data) =>
          data.nodes.length === 0 ? (
            <Text>{t('planningGraph.emptyGraph')}</Text>
          ) : (
            <>
              <Metrics graph={data} nameOf={helpers.nameOf} />
              <NetworkChart
                nodes={shown}
                edges={data.edges}
                isolatedCentreIds={data.metrics.isolatedCentreIds}
                kindOf={helpers.kindOf}
              />
              <NodesTable nodes={shown} kindOf={helpers.kindOf} place={helpers.place} />
              <EdgesTable nodes={data.nodes} edges={data.edges} />
            </>
          )
        }
      </QueryView>
    </Stack>
  );
}

/** /planung/netzwerk: the municipality's network graph with filters, a day, metrics and tables (issue 18 §5). */
export function NetworkPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  return (
    <PlanningFrame
      path="/planung/netzwerk"
      title={t('planningGraph.title')}
      municipalityId={search.municipality}
    >
      {(m) => <NetworkContent municipality={m} />}
    </PlanningFrame>
  );
}
