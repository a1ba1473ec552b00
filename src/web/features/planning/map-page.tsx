import './map.css';
import { Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../components/query-view';
import { usePublicConfig } from '../session/queries';
import { yearChoices } from './districts-figures-form';
import { useBoundaries, useDistrictCoverage, useNeedFigures } from './districts-queries';
import type { PlannableMunicipality } from './frame-queries';
import type { AreaFeature, ChoroplethArea } from './map-choropleth';
import { type ClassRange, classify, type Metric, type MetricGroup, metricOf, metrics } from './map-metrics';
import { PlanningFrame } from './planning-frame';

// Leaflet loads only with this page's map.
const Choropleth = lazy(() => import('./map-choropleth'));
const route = getRouteApi('/planung/karte');

/** /planung/karte: the districts coloured by a need figure, a coverage figure or a ratio, with legend and table. */
export function MapPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  return (
    <PlanningFrame
      path="/planung/karte"
      title={t('planningDistricts.map.title')}
      municipalityId={search.municipality}
    >
      {(municipality) => <MapContent key={municipality.id} municipality={municipality} />}
    </PlanningFrame>
  );
}

interface Row {
  districtId: string;
  name: string;
  value: number | null;
  classIndex: number | null;
}

function MapContent({ municipality }: { municipality: PlannableMunicipality }) {
  const { t, i18n } = useTranslation();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [metricKey, setMetricKey] = useState('offerings0To3Per100');
  const metric = metricOf(metricKey);
  const need = useNeedFigures(municipality.id, year);
  const coverage = useDistrictCoverage(municipality.id, year);
  const boundaries = useBoundaries(municipality.id);
  const format = (value: number | null) =>
    value === null
      ? t('planningDistricts.map.noValue')
      : new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'de-DE', {
          maximumFractionDigits: metric.digits,
        }).format(value);
  const groups: MetricGroup[] = ['need', 'coverage', 'ratios'];
  const options = groups.map((group) => ({
    group: t(`planningDistricts.map.groups.${group}`),
    items: metrics
      .filter((m) => m.group === group)
      .map((m) => ({ value: m.key, label: t(`planningDistricts.map.metrics.${m.key}`) })),
  }));
  return (
    <Stack>
      <Group align="end" wrap="wrap">
        <Select
          label={t('planningDistricts.map.metric')}
          data={options}
          value={metric.key}
          onChange={(value) => value && setMetricKey(value)}
          allowDeselect={false}
          w={{ base: '100%', sm: 420 }}
        />
        <Select
          label={t('planningDistricts.map.year')}
          data={yearChoices(need.data?.years ?? [])}
          value={String(year)}
          onChange={(value) => value && setYear(Number(value))}
          allowDeselect={false}
          w={140}
        />
      </Group>
      <QueryView query={need}>
        {(needData) => (
          <QueryView query={coverage}>
            {(coverageData) => (
              <QueryView query={boundaries}>
                {(boundaryData) => (
                  <MapAndTable
                    metric={metric}
                    year={year}
                    format={format}
                    rows={needData.items.map((n) => ({
                      districtId: n.districtId,
                      name: n.districtName,
                      value: metric.value({
                        need: n,
                        coverage: coverageData.current.districts.find((c) => c.districtId === n.districtId),
                      }),
                      classIndex: null,
                    }))}
                    features={boundaryData.features}
                  />
                )}
              </QueryView>
            )}
          </QueryView>
        )}
      </QueryView>
    </Stack>
  );
}

function MapAndTable(props: {
  metric: Metric;
  year: number;
  format: (value: number | null) => string;
  rows: Row[];
  features: AreaFeature[];
}) {
  const { t } = useTranslation();
  const config = usePublicConfig();
  const tableId = useId();
  const legendId = useId();
  const metricName = t(`planningDistricts.map.metrics.${props.metric.key}`);
  const { classes, classOf } = classify(props.rows.map((r) => r.value));
  const rows = props.rows.map((r) => ({ ...r, classIndex: r.value === null ? null : classOf(r.value) }));
  const areas: ChoroplethArea[] = props.features.map((feature) => {
    const row = rows.find((r) => r.districtId === feature.properties.districtId);
    const index = row?.classIndex ?? null;
    return {
      feature,
      label: props.format(row?.value ?? null),
      colour: index === null ? null : (classes[index]?.colour ?? null),
    };
  });
  const withoutBoundary = rows.filter(
    (r) => !props.features.some((f) => f.properties.districtId === r.districtId),
  );
  return (
    <>
      <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
        <Stack gap="xs">
          <Text size="sm">{t('planningDistricts.map.hint')}</Text>
          {props.features.length === 0 ? (
            <Text>{t('planningDistricts.map.noBoundaries')}</Text>
          ) : (
            config.data && (
              <Suspense fallback={<div className="planning-map" aria-hidden="true" />}>
                <Choropleth tileUrl={config.data.mapTileUrl} areas={areas} />
              </Suspense>
            )
          )}
          <Legend id={legendId} metricName={metricName} classes={classes} format={props.format} />
          {props.features.length > 0 && withoutBoundary.length > 0 && (
            <Text size="sm">
              {t('planningDistricts.map.withoutBoundary', {
                names: withoutBoundary.map((r) => r.name).join(', '),
              })}
            </Text>
          )}
          <Text size="xs">
            <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener noreferrer">
              {t('planningDistricts.map.attribution')}
            </a>
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder p={{ base: 'xs', sm: 'md' }} component="section" aria-labelledby={tableId}>
        <Title order={2} size="h3" id={tableId} mb="sm">
          {t('planningDistricts.map.tableHeading', { metric: metricName, year: props.year })}
        </Title>
        <Table striped fz="sm" horizontalSpacing="xs" aria-labelledby={tableId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('planningDistricts.map.district')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('planningDistricts.map.value')}
              </Table.Th>
              <Table.Th scope="col">{t('planningDistricts.map.class')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.districtId}>
                <Table.Th scope="row" fw="normal">
                  {row.name}
                </Table.Th>
                <Table.Td ta="right">{props.format(row.value)}</Table.Td>
                <Table.Td>
                  <ClassCell
                    range={row.classIndex === null ? undefined : classes[row.classIndex]}
                    total={classes.length}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </>
  );
}

function ClassCell({ range, total }: { range: ClassRange | undefined; total: number }) {
  const { t } = useTranslation();
  if (!range) return <>–</>;
  return (
    <Group gap={6} wrap="nowrap">
      <span className="planning-swatch" style={{ background: range.colour }} aria-hidden="true" />
      {t('planningDistricts.map.classOf', { index: range.index + 1, total })}
    </Group>
  );
}

function Legend(props: {
  id: string;
  metricName: string;
  classes: ClassRange[];
  format: (value: number | null) => string;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" fw={600} id={props.id}>
        {t('planningDistricts.map.legend', { metric: props.metricName })}
      </Text>
      <ul className="planning-legend" aria-labelledby={props.id}>
        {props.classes.map((c) => (
          <li key={c.index}>
            <span className="planning-swatch" style={{ background: c.colour }} aria-hidden="true" />
            {t('planningDistricts.map.classOf', { index: c.index + 1, total: props.classes.length })}:{' '}
            {c.from === c.to ? props.format(c.from) : `${props.format(c.from)} – ${props.format(c.to)}`}
          </li>
        ))}
        <li>
          <span className="planning-swatch" data-empty="" aria-hidden="true" />
          {t('planningDistricts.map.noValue')}
        </li>
      </ul>
    </div>
  );
}
